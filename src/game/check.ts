// The checking rule, in one place (README, "Playing", says the same):
//
// 1. The true answer rounded to 3 or more significant figures is right (a
//    field may need more: a new weight whose step hides below its third
//    figure, where 3 figures would also be the unchanged weight).
// 2. A value equal to a diagnosed mistake is wrong, and says which mistake,
//    unless it also passes rule 1 (then nobody can tell them apart).
// 3. A value computed from numbers on screen, each correctly rounded to 3
//    significant figures (as hints and circuit labels show them), and rounded
//    again at the end, is right. How far that can drift is worked out from the
//    field's builds: for a product of factors the exact bound
//    Π(|fᵢ| + δᵢ) − Π|fᵢ|, summed over a sum's terms, where δᵢ is half a unit
//    in the third significant figure of fᵢ (0 when fᵢ has at most 3).
// 4. The answer rounded to 1 or 2 significant figures is a near miss: keep
//    more digits.
// 5. Anything else is wrong, with a pointer to what to check.

import type {Field, Mistake, Term} from '../levels/answers.js';

/** The figures an answer needs. */
export const significantFigures = 3;

export type Verdict =
	| {readonly kind: 'right'}
	| {
			readonly kind: 'wrong';
			readonly mistake: Mistake | undefined;
			/** Set when the value is the answer rounded to this many (too few) significant figures. */
			readonly nearMiss: number | undefined;
	  };

// Floating-point results land a hair either side of an exact tie such as
// 0.3775 → 0.377 or 0.378; both neighbours count.
const slack = 1 + 1e-9;
/** Below this, a difference is floating-point noise around zero. */
const noise = 1e-12;

/** The significant figures a field needs: 3, or more where its level says so. */
export function figuresFor(field: Field): number {
	return field.figures ?? significantFigures;
}

/** Half a unit in the last place of `x` written with `digits` significant figures; 0 for 0. */
export function halfUnit(x: number, digits = significantFigures): number {
	if (x === 0 || !Number.isFinite(x)) return 0;
	return 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
}

/** `x` rounded to `digits` significant figures. */
export function roundTo(x: number, digits: number): number {
	return x === 0 ? 0 : Number(x.toPrecision(digits));
}

/** How far a number can move when it is rounded to 3 significant figures: 0 when it has no more. */
export function roundingError(x: number): number {
	return Math.abs(roundTo(x, significantFigures) - x) <= noise * Math.abs(x) ? 0 : halfUnit(x);
}

/** The most a term can move when each factor is rounded (its coefficient is exact). */
function termDrift(term: Term): number {
	let exact = Math.abs(term.coefficient);
	let widest = exact;
	for (const f of term.factors) {
		exact *= Math.abs(f);
		widest *= Math.abs(f) + roundingError(f);
	}
	return widest - exact;
}

// A first-order error model leaves out products of two roundings, at most a
// fraction of a percent of the drift; this margin covers them.
const firstOrderMargin = 1.05;

/** How far from the true answer a value may be under rules 1 and 3. */
export function tolerance(field: Field): number {
	const x = field.expected;
	const figures = figuresFor(field);
	const own = halfUnit(x, figures) * slack;
	let widest = own;
	for (const build of field.builds) {
		const drift = build.terms.reduce((sum, term) => sum + termDrift(term), 0) * (build.exact ? 1 : firstOrderMargin);
		if (drift === 0) continue;
		// One rounded number is already a 3-figure answer; anything else is rounded once more at the end.
		const [only] = build.terms;
		const oneNumber =
			build.exact &&
			build.terms.length === 1 &&
			only !== undefined &&
			Math.abs(only.coefficient) === 1 &&
			only.factors.filter(f => Math.abs(f) !== 1).length <= 1;
		const atEnd = oneNumber ? 0 : halfUnit(Math.abs(x) + drift, figures);
		widest = Math.max(widest, (drift + atEnd) * slack);
	}
	return widest + noise * Math.max(1, Math.abs(x));
}

/** The true answer to 3 significant figures or more (rule 1). */
export function isRounding(field: Field, value: number): boolean {
	return (
		Math.abs(value - field.expected) <=
		halfUnit(field.expected, figuresFor(field)) * slack + noise * Math.max(1, Math.abs(value))
	);
}

/** A value a learner who made this mistake would type: the mistake to 3 significant figures or more. */
function matchesMistake(mistake: Mistake, value: number, figures: number): boolean {
	return (
		Math.abs(value - mistake.value) <= halfUnit(mistake.value, figures) * slack + noise * Math.max(1, Math.abs(value))
	);
}

/**
 * The mistakes the rule can tell from a right answer: a mistake within the
 * tolerance of the answer is one nobody could be told apart from it.
 */
export function distinctMistakes(field: Field): Mistake[] {
	const reach = tolerance(field);
	const figures = figuresFor(field);
	return field.mistakes.filter(m => Math.abs(m.value - field.expected) > reach + halfUnit(m.value, figures) * slack);
}

/** Rule 4: the answer rounded to fewer figures than the field needs; returns those figures. */
function fewerFigures(expected: number, value: number, needed: number): number | undefined {
	for (let digits = needed - 1; digits >= 1; digits--) {
		if (roundTo(value, digits) !== value) return undefined;
		if (Math.abs(value - expected) <= halfUnit(expected, digits) * slack && value !== 0) return digits;
	}
	return undefined;
}

/** Checks a number against a field by the rule above. */
export function checkField(field: Field, value: number): Verdict {
	if (isRounding(field, value)) return {kind: 'right'};
	const mistake = distinctMistakes(field).find(m => matchesMistake(m, value, figuresFor(field)));
	if (mistake !== undefined) return {kind: 'wrong', mistake, nearMiss: undefined};
	if (Math.abs(value - field.expected) <= tolerance(field)) return {kind: 'right'};
	return {kind: 'wrong', mistake: undefined, nearMiss: fewerFigures(field.expected, value, figuresFor(field))};
}
