// Answers that are not a number: a formula in a step's names (derive levels)
// and one word of a few (a gradient check's verdict). Plain data, worked out
// when the level loads; game/check-typed.ts checks what a player types.

import type {Diagnosis, MistakeParams} from './diagnosis.js';
import {typedNumber} from './format.js';
import type {Language, Localized} from './language.js';
import type {Env} from './symbolic.js';

/** A wrong formula a learner often writes, with its value at every point the field checks. */
export type FormulaMistake = Diagnosis & {
	/** The mistake at each of the field's points. */
	readonly values: readonly number[];
	/** The mistake as a learner would type it. */
	readonly example: string;
};

export type FormulaAnswer = {
	/** The step and the input it is differentiated by: ∂of/∂wrt. */
	readonly of: string;
	readonly wrt: string;
	/** The names a formula may use: the step's inputs, then the step itself. */
	readonly names: readonly string[];
	/** The step's inputs, which a counterexample sets (the step's own value follows from them). */
	readonly inputs: readonly string[];
	/** The derivative as the worked solution writes it. */
	readonly answer: string;
	/** Where a typed formula is checked: the level's own point first, then seeded random points of the step's domain. */
	readonly points: readonly Env[];
	/** The engine's ∂of/∂wrt at each point. */
	readonly slopes: readonly number[];
	/** Whether the derivative changes from point to point (a constant can't be right then). */
	readonly varies: boolean;
	readonly mistakes: readonly FormulaMistake[];
};

/** One word of a few; the level's numbers decide which is right. */
export type ChoiceAnswer = {
	readonly options: readonly string[];
	/** The options as each language writes them, in the same order; any language's word is taken. */
	readonly words: Localized<readonly string[]>;
	readonly right: string;
	/** What the wrong word's message quotes. */
	readonly params: MistakeParams['checkVerdict'];
};

/** A choice's option as the language writes it (`fail` → 실패). */
export function choiceWord(choice: ChoiceAnswer, option: string, lang: Language): string {
	return choice.words[lang][choice.options.indexOf(option)] ?? option;
}

/** What a player types to answer a field right, in the form the game shows as its answer (a word in `lang`). */
export function answerText(
	field: {readonly expected: number; readonly formula?: FormulaAnswer; readonly choice?: ChoiceAnswer},
	digits = 6,
	lang: Language = 'en',
): string {
	if (field.formula !== undefined) return field.formula.answer;
	if (field.choice !== undefined) return choiceWord(field.choice, field.choice.right, lang);
	return typedNumber(field.expected, digits);
}
