// Everything the game prints about a level reads as maths (½·e², σ(−1), x − 2),
// never as the formula language it was written in (0.5 * e ^ 2, sigmoid(-1), x + -2).
import {describe, expect, it} from 'vitest';
import {concepts} from '../../src/game/practice/concepts.js';
import type {Difficulty} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {levelTexts} from '../support/level-texts.js';
import {shippedLevels} from '../support/levels.js';

/** Code syntax a learner should never read: `*`, `^`, `sigmoid(`, adding a negative, a hyphen for a minus sign. */
const codeSyntax: readonly [string, RegExp][] = [
	['*', /\*/],
	['^', /\^/],
	['sigmoid(', /sigmoid\(/],
	['+ -', /\+ [-−]/],
	['a hyphen as a minus sign', /(^|[\s(=·])-\d/],
];

/** Code quoted on purpose, as what to type or what a program says, stands in backticks: `a^2`. */
const quoted = /`[^`]*`/g;

function codeIn(texts: readonly [string, string][]): string[] {
	return texts.flatMap(([where, text]) =>
		codeSyntax
			.filter(([, pattern]) => pattern.test(text.replaceAll(quoted, '')))
			.map(([name]) => `${where} has ${name}: ${text}`),
	);
}

describe('texts read as maths, not code', () => {
	it('in every shipped level: intro, hints, explanation, fields, worked solutions, feedback, the formula', () => {
		expect(
			codeIn(
				shippedLevels.flatMap(level => levelTexts(level).map(([w, x]) => [`${level.id} ${w}`, x] as [string, string])),
			),
		).toEqual([]);
	});

	it('in 100 seeds of every practice concept, at every difficulty', () => {
		const found: string[] = [];
		for (const concept of concepts)
			for (let seed = 0; seed < 100; seed++) {
				const difficulty = ((seed % 3) + 1) as Difficulty;
				const {level} = generateLevel(concept, seed, 0, difficulty);
				found.push(...codeIn(levelTexts(level)).map(x => `${concept} seed ${seed}: ${x}`));
			}
		expect(found.slice(0, 10)).toEqual([]);
		// 1,600 levels' texts, every hint rung in both languages: seconds on a loaded machine.
	}, 60_000);

	it('the scan sees code syntax when it is there', () => {
		expect(
			codeIn([
				['w', 'E = 0.5 * e ^ 2'],
				['w', 'σ(h) = sigmoid(-1)'],
				['w', 'p = x + -2'],
			]).length,
		).toBe(6);
		expect(
			codeIn([
				['w', 'type a² as `a^2`'],
				['w', 'E = ½·e² = ½·(−0.2)² = 0.02'],
				['w', 'p = x − 2'],
				['w', 'H = σ(−1)'],
			]),
		).toEqual([]);
	});
});
