// The README's pictures of the game, each with the recipe that draws it: a
// comment `<!-- screen: LEVEL-ID 80x24 KEY… -->` right before the code block.
// Keys are `enter`, `tab`, `up`, `down`, `esc`, `space`, a key repeated as
// `s*12`, or text to type in double quotes.
import {readFileSync} from 'node:fs';
import type {Language} from '../../src/levels/language.js';
import {keys, startGame} from './game.js';

export type ReadmeFrame = {
	readonly file: string;
	/** The line of the code block's first line of picture, for messages. */
	readonly line: number;
	readonly levelId: string;
	readonly columns: number;
	readonly rows: number;
	readonly keys: readonly string[];
	/** The picture as written in the README. */
	readonly shown: string;
};

const named: Readonly<Record<string, string>> = {
	enter: keys.enter,
	tab: keys.tab,
	up: keys.up,
	down: keys.down,
	esc: keys.escape,
	space: ' ',
};

/** A recipe's keys as the terminal sends them. */
export function recipeKeys(recipe: string): string[] {
	return [...recipe.matchAll(/"([^"]*)"|(\S+)/g)].flatMap(([, typed, word]) => {
		if (typed !== undefined) return [...typed];
		const [key = '', times = '1'] = (word ?? '').split('*');
		const sent = named[key] ?? key;
		return Array.from({length: Number(times)}, () => sent);
	});
}

/** Every picture in a README that comes with a recipe. */
export function readmeFrames(file: string): ReadmeFrame[] {
	const text = readFileSync(file, 'utf8');
	const pattern = /<!-- screen: (\S+) (\d+)x(\d+)(.*?) -->\n```\n([\s\S]*?)\n```/g;
	return [...text.matchAll(pattern)].map(m => ({
		file,
		line: text.slice(0, m.index).split('\n').length + 2,
		levelId: m[1] ?? '',
		columns: Number(m[2]),
		rows: Number(m[3]),
		keys: recipeKeys(m[4] ?? ''),
		shown: m[5] ?? '',
	}));
}

/** A frame as a README prints it: no spaces at line ends, no blank lines at the end. */
export const asPrinted = (frame: string) =>
	frame
		.split('\n')
		.map(line => line.trimEnd())
		.join('\n')
		.replace(/\n+$/, '');

/** The frame the game draws for a recipe, in the README's language. */
export async function drawFrame(frame: ReadmeFrame, lang: Language): Promise<string> {
	const game = await startGame({startLevel: frame.levelId, lang, columns: frame.columns, rows: frame.rows});
	await game.press(...frame.keys);
	return asPrinted(game.frame());
}
