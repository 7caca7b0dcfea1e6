// The texts of a generated level, put together from the numbers the engine
// worked out, so a hint can never disagree with the answer key.

import type {Level} from '../../levels/loader.js';
import type {Text} from '../../levels/schema.js';
import {givens, type LevelTexts, num, pretty, worked} from './family.js';

export type TextParts = {
	readonly title: Text;
	/** What the exercise is about, before the formula. */
	readonly lead: Text;
	/** The first hint: the rule to use. */
	readonly rule: Text;
	/** The second hint: the numbers to use; the steps' forward values when omitted. */
	readonly numbers?: Text;
	/** Said after the worked answer. */
	readonly takeaway: Text;
};

function graphSpec(level: Level): {formula: string; inputs: Readonly<Record<string, number>>} {
	const spec = level.spec;
	if (spec.kind === 'lab' || spec.kind === 'matrix')
		throw new Error('a generated level always has a formula of numbers');
	return spec;
}

/** The value of every step (not the inputs), as `q = 3, f = −12`. */
export function stepValues(level: Level): string {
	const inputs = graphSpec(level).inputs;
	return (level.graph?.nodes ?? [])
		.filter(n => !(n.name in inputs))
		.map(n => `${n.name} = ${num(n.value.data)}`)
		.join(', ');
}

export function composeTexts(level: Level, parts: TextParts): LevelTexts {
	const {formula, inputs} = graphSpec(level);
	const values = stepValues(level);
	return {
		title: parts.title,
		intro: {
			en: `${parts.lead.en} ${pretty(formula)}, at ${givens(inputs)}.`,
			ko: `${parts.lead.ko} ${pretty(formula)}, 값은 ${givens(inputs)}입니다.`,
		},
		// Each field's own ladder goes on with its setup and worked step: a hint listing every
		// field's setup would work out the others' answers in each ladder.
		hints: [parts.rule, parts.numbers ?? {en: `The forward values: ${values}.`, ko: `순전파 값: ${values}.`}],
		explain: {
			en: `${worked(level, true)}. ${parts.takeaway.en}`,
			ko: `${worked(level, true, 'ko')}. ${parts.takeaway.ko}`,
		},
	};
}
