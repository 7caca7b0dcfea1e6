// The READMEs' pictures of the game are the game's own frames: each comes with
// the recipe that draws it (level, terminal size, keys), and the picture must
// be what ink-testing-library renders for it today, trailing spaces aside.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {asPrinted, drawFrame, readmeFrames, recipeKeys} from './support/readme-frames.js';

const readmes = [
	['README.md', 'en'],
	['README.ko.md', 'ko'],
] as const;

/** Code blocks that open with a level screen's header: ` 2. Add node › Pass it through  level 5/52`. */
function levelPictures(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/```\n( \d+\. [^\n]*›[^\n]*)\n/g)].map(m => m[1] ?? '');
}

describe('the READMEs’ pictures are frames the game draws', () => {
	for (const [file, lang] of readmes) {
		const frames = readmeFrames(file);

		it(`${file}: every level screen pictured comes with its recipe`, () => {
			expect(frames.length).toBeGreaterThanOrEqual(3);
			expect(frames.map(f => f.shown.split('\n')[0])).toEqual(levelPictures(file));
		});

		for (const frame of frames)
			it(`${file}:${frame.line} is ${frame.levelId} at ${frame.columns}×${frame.rows} as the game draws it`, async () => {
				expect(frame.shown).toBe(asPrinted(frame.shown));
				expect(await drawFrame(frame, lang)).toBe(frame.shown);
			});
	}

	it('a recipe reads named keys, repeats and typed text', () => {
		expect(recipeKeys('"-4" enter s*3 tab')).toEqual(['-', '4', '\r', 's', 's', 's', '\t']);
	});
});
