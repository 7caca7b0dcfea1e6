import {isLanguage, type Language, languageOfLocale} from '../levels/language.js';

/** --lang wins; otherwise LC_ALL, LC_MESSAGES or LANG picks a language the game speaks; English when none does. */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
	if (flag !== undefined && isLanguage(flag)) return flag;
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return languageOfLocale(locale) ?? 'en';
}
