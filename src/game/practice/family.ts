// What a generator family hands the generator: a level without its texts,
// the diagnoses it must be able to give, and the texts once the engine has
// worked out every number.

import type {MistakeReason} from '../../levels/diagnosis.js';
import {formatNumber} from '../../levels/format.js';
import {parseFormula, printMaths} from '../../levels/formula.js';
import type {Level} from '../../levels/loader.js';
import type {LevelSpec, Text} from '../../levels/schema.js';
import type {Random} from './random.js';

/** Difficulty within a concept: 1 small integers, 2 one decimal, 3 two decimals or longer graphs. */
export type Difficulty = 1 | 2 | 3;
export const difficulties: readonly Difficulty[] = [1, 2, 3];

/** A step counted from 1, kept within the three there are. */
export function toDifficulty(step: number): Difficulty {
	return step <= 1 ? 1 : step === 2 ? 2 : 3;
}

type Texts = 'id' | 'title' | 'intro' | 'hints' | 'explain';
type WithoutTexts<T> = T extends unknown ? Omit<T, Texts> : never;
/** A graph level's spec before it has an id and texts. */
export type LevelShape = WithoutTexts<Exclude<LevelSpec, {kind: 'lab' | 'descent'}>>;

export type LevelTexts = {
	readonly title: Text;
	readonly intro: Text;
	readonly hints: readonly Text[];
	readonly explain: Text;
	/** A ladder per field, where the level-wide hints would speak of another field. */
	readonly fieldHints?: Readonly<Record<string, readonly Text[]>>;
};

export type Draft = {
	readonly shape: LevelShape;
	/**
	 * Field id → the diagnoses that field must carry. The answer builders drop
	 * a diagnosis whose value equals the answer (an upstream gradient of 1
	 * makes "local only" right), so a missing one means the numbers hide the
	 * mistake this exercise is about: the draft is redrawn.
	 */
	readonly expects: Readonly<Record<string, readonly MistakeReason[]>>;
	/** For a matrix exercise: grid id → the diagnoses that whole grid must be able to give. */
	readonly gridExpects?: Readonly<Record<string, readonly MistakeReason[]>>;
	/** Largest magnitude any node may take. */
	readonly limit: number;
	/** An answer of exactly 0 is the lesson (the input a max gate passed over), not a number too small to type. */
	readonly zeroIsAnswer?: boolean;
	readonly texts: (level: Level) => LevelTexts;
};

/** A level drawn at a difficulty; `frequent` lists the player's mistakes, most frequent first. */
export type Family = (random: Random, difficulty: Difficulty, frequent: readonly string[]) => Draft;

/** A number for an exercise: whole at difficulty 1, one decimal at 2, two at 3; never 0 or in `avoid`. */
export function draw(random: Random, difficulty: Difficulty, min: number, max: number, avoid: number[] = []): number {
	const scale = difficulty === 1 ? 1 : difficulty === 2 ? 10 : 100;
	for (;;) {
		const value = random.int(Math.round(min * scale), Math.round(max * scale)) / scale;
		if (value !== 0 && !avoid.includes(value)) return value;
	}
}

/**
 * A bias that keeps `sum + bias` within ±`range`, so the activation after it
 * has a slope worth computing by hand; a plain draw if no such bias is found.
 */
export function biasFor(random: Random, difficulty: Difficulty, sum: number, range: number): number {
	let bias = draw(random, difficulty, -2, 2);
	for (let tries = 0; tries < 20 && Math.abs(sum + bias) > range; tries++) bias = draw(random, difficulty, -2, 2);
	return bias;
}

/** A number in prose: the game's formatting with a real minus sign. */
export const num = (x: number) => formatNumber(x).replace(/^-/, '−');

/** The inputs as `x = −2, y = 5`. */
export function givens(inputs: Readonly<Record<string, number>>): string {
	return Object.entries(inputs)
		.map(([name, value]) => `${name} = ${num(value)}`)
		.join(', ');
}

/** A formula as people write it: `q = x + y, f = q·z`. */
export function pretty(formula: string): string {
	return parseFormula(formula)
		.map(step => `${step.name} = ${printMaths(step.expr)}`)
		.join(', ');
}

/** A field's worked step without its result, for the last hint. */
export const withoutResult = (work: string) => work.replace(/ = [^=]+$/, '');

/** The same text in both languages (maths reads the same). */
export const both = (text: string): Text => ({en: text, ko: text});

/** Each asked field's worked step, for hints and explanations; Korean joins the steps with 이고. */
export function worked(level: Level, withResults: boolean, lang: 'en' | 'ko' = 'en'): string {
	return level.fields.map(f => (withResults ? f.work : withoutResult(f.work))).join(lang === 'ko' ? '이고, ' : '; ');
}
