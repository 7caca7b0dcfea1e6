// The checking rule, in one place (README, "How an answer is checked", says the same).
//
// A field's reach (levels/reach.ts) is its answer and every value a learner can
// build from numbers the screen shows, by the rules its level teaches. A typed
// number is judged at the figures typed (trailing zeros count); arithmetic is
// judged at full precision.
//
// A number typed with n significant figures:
// 1. n ≥ the figures the field needs (3, or more for a step hidden below a
//    weight's third figure) and the answer rounds to it: right.
// 2. A diagnosed mistake rounds to it at those n figures: wrong, with that mistake.
// 3. n ≥ the figures needed and some value in the reach rounds to it: right
//    (a built value, rounded once more at the end).
// 4. n < the figures needed: a mistake typed whole (`1` for the add rule) is
//    that mistake; else the answer's rounding to the figures needed with its
//    trailing zeros left off (`2.2` for 2.1967 → 2.20) is right; else if the
//    answer rounds to it, a near miss (keep more figures); else a mistake that
//    rounds to it, or plain wrong.
// 5. Anything else: wrong.
// Arithmetic (`0.741*0.186*0.593`): right when its value is in the reach or
// within half a unit of the answer's last needed figure, unless it lands on a
// diagnosed mistake (to the figures needed); else wrong.
//
// A level is built so that no mistake can be a rounding of a value in the
// reach unless it is also a rounding of the answer (ambiguousMistakes finds the
// exceptions: shipped levels have none, practice redraws them).

import type {Field} from '../levels/answers.js';
import type {Mistake} from '../levels/diagnosis.js';
import {
	contains,
	figuresNeeded,
	halfUnit,
	type Interval,
	noise,
	overlaps,
	point,
	preimage,
	reaches,
	roundTo,
	slack,
} from '../levels/reach.js';
import {parseAnswer} from './answer.js';

export {halfUnit, roundTo} from '../levels/reach.js';

/** The figures an answer needs unless its field asks for more. */
export const significantFigures = 3;

/** A checked value: a number typed with its figures, or arithmetic (figures undefined). */
export type Typed = {readonly value: number; readonly figures: number | undefined};

export type Verdict =
	| {readonly kind: 'right'}
	| {
			readonly kind: 'wrong';
			readonly mistake: Mistake | undefined;
			/** Set when the value is the answer rounded to this many (too few) significant figures. */
			readonly nearMiss: number | undefined;
	  };

/** The significant figures a field needs: 3, or more where its level says so. */
export const figuresFor = (field: Field): number => figuresNeeded(field);

/** The field's reach; a field built outside a level gets the reach its own builds give. */
export function reachOf(field: Field): Interval {
	return field.reach ?? reaches([field]).get(field.id) ?? point(field.expected);
}

const right: Verdict = {kind: 'right'};
const wrong = (mistake: Mistake | undefined, nearMiss?: number): Verdict => ({kind: 'wrong', mistake, nearMiss});

/** A number as a learner types it: its shortest decimal form, so its figures are the ones it shows. */
export function typedAs(text: string | number): Typed {
	const parsed = parseAnswer(String(text));
	if (!parsed.ok) throw new Error(`'${text}' is not a number`);
	return parsed;
}

/** Checks a typed answer against a field by the rule above. A bare number is read as typed. */
export function checkField(field: Field, answer: Typed | number | string): Verdict {
	const {value, figures} = typeof answer === 'object' ? answer : typedAs(answer);
	const x = field.expected;
	const needed = figuresFor(field);
	if (Math.abs(value - x) <= noise * Math.max(1, Math.abs(x))) return right;
	const reach = reachOf(field);
	if (figures === undefined) {
		if (contains(widened(reach), value)) return right;
		const [mistake] = mistakesInArithmetic(field, value);
		if (mistake !== undefined) return wrong(mistake);
		return Math.abs(value - x) <= halfUnit(x, needed) * slack ? right : wrong(undefined);
	}
	const typed = preimage(value, figures);
	const [mistake] = mistakesTyped(field, value, figures);
	if (figures < needed) {
		// A whole mistake typed as it is (`1` for the add rule) is that mistake, not a short answer.
		const [exact] = mistakesTypedWhole(field, value);
		if (exact !== undefined) return wrong(exact);
		// `-0.00023` is −0.000230 with its trailing zero left off: the answer's rounding, as written.
		if (Math.abs(value - roundTo(x, needed)) <= noise * Math.max(1, Math.abs(x))) return right;
		return contains(typed, x) ? wrong(undefined, figures) : wrong(mistake);
	}
	if (contains(typed, x)) return right;
	if (mistake !== undefined) return wrong(mistake);
	return overlaps(typed, reach) ? right : wrong(undefined);
}

/** Mistakes that arithmetic worked out in full comes to, within half a unit of the figures the field needs. */
const mistakesInArithmetic = (field: Field, value: number) =>
	field.mistakes.filter(m => Math.abs(value - m.value) <= halfUnit(m.value, figuresFor(field)) * slack);

/** Mistakes a number typed to some figures is a rounding of. */
const mistakesTyped = (field: Field, value: number, figures: number) =>
	field.mistakes.filter(m => contains(preimage(value, figures), m.value));

/** Mistakes typed whole, as they are (`1` for the add rule). */
const mistakesTypedWhole = (field: Field, value: number) =>
	field.mistakes.filter(m => Math.abs(value - m.value) <= noise * Math.max(1, Math.abs(m.value)));

/**
 * Every diagnosed mistake a wrong answer matches, in the field's order: the
 * first is the one checkField tells; the others give the same number another
 * way (σ for σ′ and the ½ left out both double a chain's product).
 */
export function mistakesMatching(field: Field, answer: Typed): Mistake[] {
	const {value, figures} = answer;
	if (figures === undefined) return mistakesInArithmetic(field, value);
	if (figures < figuresFor(field)) {
		const whole = mistakesTypedWhole(field, value);
		if (whole.length > 0) return whole;
	}
	return mistakesTyped(field, value, figures);
}

/** A reach with room for floating-point noise at its ends. */
const widened = (r: Interval): Interval => ({
	lo: r.lo - noise * Math.max(1, Math.abs(r.lo)),
	hi: r.hi + noise * Math.max(1, Math.abs(r.hi)),
});

/** The most figures a learner plausibly types; beyond, a rounding is the value itself. */
const mostFigures = 12;

/**
 * The mistakes that a fair build could also give: typed to some number of
 * figures, the mistake's rounding is a rounding of a value in the reach but not
 * of the answer, so one of "must accept" and "must reject" would break. A
 * shipped level has none; practice redraws a level that has one.
 */
export function ambiguousMistakes(field: Field): Mistake[] {
	const reach = reachOf(field);
	const needed = figuresFor(field);
	return [...field.mistakes, ...cellMistakes(field)].filter(m => {
		if (contains(widened(reach), m.value)) return true;
		for (let n = needed; n <= mostFigures; n++) {
			const typed = preimage(roundTo(m.value, n), n);
			if (!contains(typed, field.expected) && overlaps(typed, reach)) return true;
		}
		return false;
	});
}

/**
 * A grid's diagnosed mistakes as they land in one cell, where they differ from
 * the answer at the figures it needs (a mask's zero cell is the answer either way).
 */
function cellMistakes(field: Field): Mistake[] {
	const cell = field.cell;
	if (cell === undefined) return [];
	const needed = figuresFor(field);
	return cell.grid.mistakes.flatMap(({values, ...said}) => {
		const value = values[cell.row]?.[cell.col];
		if (value === undefined || contains(preimage(roundTo(value, needed), needed), field.expected)) return [];
		return [{...said, value}];
	});
}
