// One letter, one meaning, across the whole campaign: E is the error a level drives down
// (E = ½·e², E = E1 + E2, a bowl E = (w − 3)²), e is an output's distance from its target
// (e = y − t). A matrix P − T, softmax's exps or a neuron's ½(a − t)² each take another letter.
import {describe, expect, it} from 'vitest';
import {concepts} from '../../src/game/practice/concepts.js';
import type {Difficulty} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {printMaths} from '../../src/levels/formula.js';
import {languages} from '../../src/levels/language.js';
import type {Level} from '../../src/levels/loader.js';
import {levelFigureTexts, levelTexts} from '../support/level-texts.js';
import {koreanLevels, shippedLevels} from '../support/levels.js';

/** The letters held for one thing each, and whether a step of that name means it. */
const reserved: readonly {name: RegExp; means: string; fits: (level: Level, name: string, maths: string) => boolean}[] =
	[
		{
			name: /^E\d*$/,
			means: 'the error the level drives down: its output E, or a part E1, E2 added into it',
			fits: level => level.steps.at(-1)?.name === 'E',
		},
		{
			name: /^e\d*$/,
			means: "an output's distance from its target, … − t",
			fits: (_, __, maths) => /− t\d*$/.test(maths),
		},
	];

/** Every step a level names with a reserved letter that does not mean what the letter is held for. */
function misnamedSteps(level: Level, where: string): string[] {
	return level.steps.flatMap(step =>
		reserved
			.filter(r => r.name.test(step.name) && !r.fits(level, step.name, printMaths(step.expr)))
			.map(r => `${where}: ${step.name} = ${printMaths(step.expr)}, but ${step.name} is ${r.means}`),
	);
}

/**
 * A definition written out in a text (`E = …`, or the reader's `E equals …`), with what it is set
 * to, up to the next comma, colon or full stop. ∂E/∂w, E1 and E[j] are not definitions of E.
 */
const definition = /(?<![\p{L}\p{N}∂/[_])([Ee]\d*)(?: = | equals )((?:[^,.:;]|\.(?=\d))+)/gu;

/**
 * What each letter may be set to in a text, up to its first ` = ` or the end of its clause (`and`, a
 * Korean ending): the forms its meaning takes, or a number.
 */
const allowed: Readonly<Record<'E' | 'e', RegExp>> = {
	// ½·e², ½(Y1 − t1)², the reader's "0.5 times …", E1 + E2, a bowl (w − 3)² or (w − c)², or a number.
	E: /^(½|0\.5 |E\d|\(w (−|빼기|minus) |[−\d][\d. −+]*[가-힣]*$)/u,
	// y − t, w·x − t, "y minus t", "y 빼기 t", or a number worked out (e = 0.8 − 1 = −0.2).
	e: /^(.* (−|minus|빼기) t\d*|[−\d][\d. −+]*)[가-힣]*$/u,
};

/** Every text that sets E or e to something the letter is not held for, or indexes E as a matrix. */
function misusedInTexts(texts: readonly [string, string][]): string[] {
	return texts.flatMap(([where, text]) => {
		const found: string[] = [];
		for (const [, name = '', value = ''] of text.matchAll(definition)) {
			const letter = name.startsWith('E') ? 'E' : 'e';
			const first = value.split(/ = | equals | and |(?<=[가-힣])(?<!빼기) /)[0]?.trim() ?? '';
			if (!allowed[letter].test(first)) found.push(`${where}: ${name} = ${value.trim()} (in "${text}")`);
		}
		if (/(?<![\p{L}∂/])E\d*\[|(?<![\p{L}∂/])E \d+×\d+/u.test(text))
			found.push(`${where}: E as a matrix (in "${text}")`);
		return found;
	});
}

const everyText = (level: Level, named: string): [string, string][] =>
	[...levelTexts(level), ...languages.flatMap(lang => levelFigureTexts(level, lang))].map(([w, x]) => [
		`${named} ${w}`,
		x,
	]);

describe('E and e each mean one thing across the campaign', () => {
	it('no shipped level names a step E or e that is not the error, or the distance from the target', () => {
		const pack = [...shippedLevels, ...koreanLevels];
		expect(pack.flatMap(level => misnamedSteps(level, level.id))).toEqual([]);
	});

	it('no shipped text, drawing, reading or worked solution sets E or e to something else, in either language', () => {
		const found = [
			...shippedLevels.flatMap(level => misusedInTexts(everyText(level, level.id))),
			...koreanLevels.flatMap(level =>
				misusedInTexts(levelFigureTexts(level, 'ko').map(([w, x]) => [`${level.id} ${w}`, x])),
			),
		];
		expect(found).toEqual([]);
	});

	it('no practice exercise names a step E or e that means something else', () => {
		const found: string[] = [];
		for (const concept of concepts)
			for (let seed = 0; seed < 30; seed++) {
				const {level} = generateLevel(concept, seed, 0, ((seed % 3) + 1) as Difficulty);
				found.push(...misnamedSteps(level, `${concept} seed ${seed}`), ...misusedInTexts(levelTexts(level)));
			}
		expect(found.slice(0, 10)).toEqual([]);
	}, 60_000);

	it('catches a letter used for something else, and lets its own meaning through', () => {
		expect(
			misusedInTexts([
				['w', 'Here E = P − T.'],
				['w', 'E = [7.39 2.72 1], S = 11.1'],
				['w', 'E[j] = exp(Z[j])'],
				['w', 'mean(E 2×1 ^ 2) → L'],
				['w', 'in e = ½(a − t)², the ½ cancels the 2'],
				['w', 'e equals 0.5 times (a minus t) squared'],
			]),
		).toHaveLength(6);
		expect(
			misusedInTexts([
				['w', 'e = y − t = 0.8 − 1 = −0.2 and E = ½·e² = 0.02'],
				['w', 'E1 = ½·(Y1 − t1)², E = E1 + E2 = 0.2984'],
				['w', 'E equals 0.5 times e squared: e is asked'],
				['w', 'e = y 빼기 t. y는 0.8'],
				['w', 'E = (w − 3)², ∂E/∂w = 2(w − 3)'],
				['w', 'exp(1) = e ≈ 2.718, and exp(−2) = 1/e²'],
			]),
		).toEqual([]);
	});
});
