// Every game screen the READMEs show names a real level: its number, the pack's
// size, its title and its chapter as the game prints them now, so the pictures
// follow the curriculum when levels are added or moved.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Language} from '../src/levels/language.js';
import {shippedLevels} from './support/levels.js';

type Shown = {
	readonly where: string;
	readonly number: number;
	readonly total: number;
	readonly title: string;
	readonly chapter: number;
	readonly chapterTitle?: string;
};

/** The header of a drawn level screen and the screen reader's first line, in each language. */
const patterns: Record<Language, readonly RegExp[]> = {
	en: [
		/^ (?<chapter>\d+)\. (?<chapterTitle>.+?) › (?<title>.+?) {2}level (?<number>\d+)\/(?<total>\d+)$/gm,
		/^Level (?<number>\d+) of (?<total>\d+): (?<title>.+?)\. Chapter (?<chapter>\d+), (?<chapterTitle>.+?)\.$/gm,
	],
	ko: [
		/^ (?<chapter>\d+)\. (?<chapterTitle>.+?) › (?<title>.+?) {2}레벨 (?<number>\d+)\/(?<total>\d+)$/gm,
		/^레벨 (?<number>\d+)\/(?<total>\d+): (?<title>.+?)\. (?<chapter>\d+)장 (?<chapterTitle>.+?)\.$/gm,
	],
};

function screensIn(file: string, lang: Language): Shown[] {
	const text = readFileSync(file, 'utf8');
	return patterns[lang].flatMap(pattern =>
		[...text.matchAll(pattern)].map(m => {
			const g = m.groups ?? {};
			return {
				where: `${file}: ${m[0].trim()}`,
				number: Number(g.number),
				total: Number(g.total),
				title: g.title ?? '',
				chapter: Number(g.chapter),
				chapterTitle: g.chapterTitle,
			};
		}),
	);
}

describe('the READMEs’ screens', () => {
	for (const [file, lang] of [
		['README.md', 'en'],
		['README.ko.md', 'ko'],
	] as const) {
		const shown = screensIn(file, lang);
		it(`${file} shows at least one level screen`, () => expect(shown.length).toBeGreaterThan(0));
		for (const screen of shown)
			it(`${screen.where} is the game's level ${screen.number} of ${shippedLevels.length}`, () => {
				const level = shippedLevels[screen.number - 1];
				expect(screen.total).toBe(shippedLevels.length);
				expect(screen.title).toBe(level?.spec.title[lang]);
				expect(screen.chapter).toBe(level?.chapter.number);
				expect(screen.chapterTitle).toBe(level?.chapter.title[lang]);
			});
	}
});
