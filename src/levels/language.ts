// The languages the game speaks, declared once. Every table of words is keyed by
// `Language`, so adding a language here makes the compiler list each table that
// still lacks its words.

export const languages = ['en', 'ko'] as const;

export type Language = (typeof languages)[number];

/** One value per language, every language required. */
export type Localized<T> = {readonly [L in Language]: T};

/** What each language is called in messages about level files. */
export const languageNames: Localized<string> = {en: 'English', ko: 'Korean'};

export function isLanguage(value: string): value is Language {
	return languages.some(language => language === value);
}

/** The locale's language when it is one the game speaks (`ko_KR.UTF-8` → ko). */
export function languageOfLocale(locale: string): Language | undefined {
	const prefix = locale.toLowerCase().slice(0, 2);
	return isLanguage(prefix) ? prefix : undefined;
}
