import {describe, expect, it} from 'vitest';
import {type Language, type Localized, languages} from '../../src/levels/language.js';
import {levelKindRegistry} from '../../src/levels/level-kinds.js';
import type {LevelKind} from '../../src/levels/schema.js';
import {formatDuration, type Messages, messages} from '../../src/ui/strings.js';

describe('the game speaks every language fully', () => {
	it('names every level kind and asks for every kind in each language', () => {
		for (const lang of languages) {
			const t = messages(lang);
			for (const kind of Object.keys(levelKindRegistry) as LevelKind[]) {
				expect(t.kindLabel[kind], `${lang} ${kind}`).not.toBe('');
				expect(t.askFor[kind], `${lang} ${kind}`).not.toBe('');
			}
		}
	});

	it('writes durations in the player’s language', () => {
		expect(formatDuration(75_000, 'en')).toBe('1 min 15 s');
		expect(formatDuration(75_000, 'ko')).toBe('1분 15초');
		expect(formatDuration(4_000, 'ko')).toBe('4초');
	});

	it('refuses to compile a table that leaves a language or a kind out', () => {
		// @ts-expect-error: Korean is missing
		const missingLanguage: Localized<string> = {en: 'only English'};
		const en = messages('en');
		// @ts-expect-error: the lab's label is missing
		const missingKind: Messages['kindLabel'] = {...en.kindLabel, lab: undefined};
		const unknownLanguage = (lang: Language) => lang;
		// @ts-expect-error: not a language the game speaks
		unknownLanguage('fr');
		expect([missingLanguage, missingKind]).toHaveLength(2);
	});
});
