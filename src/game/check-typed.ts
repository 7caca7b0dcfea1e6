// Checks a draft against any field: a number by the rule of check.ts, a
// formula by evaluating it where the engine knows the slope, a word against
// the few a field offers. One entry for the play slice, whatever the field.

import type {Field} from '../levels/answers.js';
import {agrees, describePoint} from '../levels/derive-fields.js';
import type {Mistake} from '../levels/diagnosis.js';
import {formatNumber} from '../levels/format.js';
import type {Expr} from '../levels/formula.js';
import {languages} from '../levels/language.js';
import {evaluateAt, namesRead} from '../levels/symbolic.js';
import type {ChoiceAnswer, FormulaAnswer} from '../levels/typed-answers.js';
import {normaliseAnswer, parseAnswer, readExpression} from './answer.js';
import {checkField, mistakesMatching, type Verdict} from './check.js';
import {hangulToKeys} from './hangul-keys.js';

/** A draft that can't be checked: it costs nothing, and says why. */
export type Unreadable =
	| {readonly kind: 'empty'}
	| {readonly kind: 'not-a-number'}
	/** A formula field got something that is no formula in its names (`name` when one is unknown). */
	| {readonly kind: 'not-a-formula'; readonly name?: string}
	| {readonly kind: 'not-a-choice'};

export type DraftCheck = {readonly kind: 'unreadable'; readonly why: Unreadable} | Verdict;

/** Checks what is typed into a field. */
export function checkDraft(field: Field, draft: string): DraftCheck {
	if (draft.trim() === '') return {kind: 'unreadable', why: {kind: 'empty'}};
	if (field.formula !== undefined) return checkFormula(field.formula, draft);
	if (field.choice !== undefined) {
		const word = chosenOption(field.choice, draft);
		if (word === undefined) return {kind: 'unreadable', why: {kind: 'not-a-choice'}};
		if (word === field.choice.right) return {kind: 'right'};
		return {
			kind: 'wrong',
			mistake: {value: Number.NaN, reason: 'checkVerdict', params: field.choice.params},
			nearMiss: undefined,
		};
	}
	const parsed = parseAnswer(draft);
	if (!parsed.ok) return {kind: 'unreadable', why: {kind: parsed.reason === 'empty' ? 'empty' : 'not-a-number'}};
	return checkField(field, parsed);
}

/** Every diagnosed mistake a number typed into a field matches (see mistakesMatching); none for a formula or a word. */
export function mistakesInDraft(field: Field, draft: string): Mistake[] {
	if (field.formula !== undefined || field.choice !== undefined) return [];
	const parsed = parseAnswer(draft);
	return parsed.ok ? mistakesMatching(field, parsed) : [];
}

/**
 * The option a typed word names, in any case and any language (`Pass`, `통과`), or
 * typed with a Korean layout still on (`ㅔㅁㄴㄴ` is p-a-s-s); undefined for any other text.
 */
export function chosenOption(choice: ChoiceAnswer, draft: string): string | undefined {
	const typed = draft.trim().toLowerCase();
	const folded = normaliseAnswer(typed);
	const keys = hangulToKeys(typed);
	return choice.options.find(
		(option, i) =>
			option === typed ||
			option === folded ||
			option === keys ||
			languages.some(lang => choice.words[lang][i] === typed),
	);
}

const wrongBecause = (mistake: Mistake | undefined): Verdict => ({kind: 'wrong', mistake, nearMiss: undefined});

/**
 * A formula is right when it equals the engine's slope at the level's point
 * and at every random point; a diagnosed mistake when it equals that
 * mistake everywhere; otherwise the first point where it is off is the
 * counterexample, when it was right at the level's own point.
 */
export function checkFormula(formula: FormulaAnswer, draft: string): DraftCheck {
	const expr: Expr | undefined = readExpression(draft);
	if (expr === undefined) return {kind: 'unreadable', why: {kind: 'not-a-formula'}};
	const unknown = [...namesRead(expr)].find(name => !formula.names.includes(name));
	if (unknown !== undefined) return {kind: 'unreadable', why: {kind: 'not-a-formula', name: unknown}};
	const values = formula.points.map(point => evaluateAt(expr, point));
	const sameAs = (targets: readonly number[]) => values.every((v, i) => agrees(v, targets[i] ?? Number.NaN));
	if (sameAs(formula.slopes)) return {kind: 'right'};
	const base = {of: formula.of, wrt: formula.wrt};
	const at = (i: number) => values[i] ?? Number.NaN;
	const mistake = formula.mistakes.find(m => sameAs(m.values));
	if (mistake !== undefined) {
		const {values: _, example: __, ...said} = mistake;
		return wrongBecause({...said, value: at(0)});
	}
	if (namesRead(expr).size === 0 && formula.varies)
		return wrongBecause({
			value: at(0),
			reason: 'formulaConstant',
			params: {...base, names: formula.names.join(', ')},
		});
	if (agrees(at(0), formula.slopes[0] ?? Number.NaN)) {
		const off = values.findIndex((v, i) => !agrees(v, formula.slopes[i] ?? Number.NaN));
		return wrongBecause({
			value: at(0),
			reason: 'formulaOnlyHere',
			params: {
				...base,
				point: describePoint(formula, off),
				yours: Number.isFinite(at(off)) ? formatNumber(at(off), 3) : '—',
				right: formatNumber(formula.slopes[off] ?? 0, 3),
			},
		});
	}
	return wrongBecause(undefined);
}
