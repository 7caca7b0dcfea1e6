import type {Field, Mistake} from '../levels/answers.js';

/** Agreement to about three significant figures. */
export const relativeTolerance = 1e-3;
/** Near zero a relative test is meaningless; this much absolute slack applies instead. */
export const absoluteTolerance = 1e-6;
/** A wrong answer within this relative distance counts as a near miss. */
export const nearMissTolerance = 0.05;

export type Verdict =
	| {readonly kind: 'right'}
	| {readonly kind: 'wrong'; readonly mistake: Mistake | undefined; readonly nearMiss: number | undefined};

export function agrees(value: number, expected: number): boolean {
	return Math.abs(value - expected) <= Math.max(absoluteTolerance, relativeTolerance * Math.abs(expected));
}

/** Checks a number against a field's engine value and, when it is wrong, says what it most likely is. */
export function checkField(field: Field, value: number): Verdict {
	if (agrees(value, field.expected)) return {kind: 'right'};
	const mistake = field.mistakes.find(m => agrees(value, m.value));
	const distance = Math.abs(value - field.expected) / Math.max(Math.abs(field.expected), absoluteTolerance);
	return {
		kind: 'wrong',
		mistake,
		nearMiss: mistake === undefined && distance <= nearMissTolerance ? distance : undefined,
	};
}
