// Which slip a wrong product is told as: the one the learner made on a factor
// and then multiplied. On a chain whose σ link is 0.25 and whose error link
// is −0.5, σ typed for σ′ and the ½ of ½(a − t)² left out both double the
// product; a learner who typed σ for ∂a/∂z a moment ago multiplied their own
// factor, and is told that, not the other slip that gives the same number.

import type {Field} from '../levels/answers.js';
import type {Mistake} from '../levels/diagnosis.js';
import {mistakesInDraft} from './check-typed.js';
import type {AnswerKind} from './practice/history.js';

/**
 * The slip a product typed wrong was worked from: a diagnosed mistake the
 * learner made on one of its factors (by the answers logged this play),
 * carried through the product. Undefined when the typed value is none of those.
 */
export function ownSlip(
	fields: readonly Field[],
	field: Field,
	draft: string,
	answerLog: Readonly<Record<string, readonly AnswerKind[]>>,
): Mistake | undefined {
	if (field.role !== 'product') return undefined;
	const carried = fields
		.filter(f => f.role === 'local' && f.expected !== 0)
		.flatMap(f =>
			f.mistakes
				.filter(m => (answerLog[f.id] ?? []).includes(m.reason))
				.map(m => ({...m, value: (field.expected * m.value) / f.expected})),
		);
	return mistakesInDraft({...field, mistakes: carried}, draft)[0];
}
