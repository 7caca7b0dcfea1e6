// How one formula step is drawn so that the drawing reads as the maths: a
// weighted sum as its products feeding a Σ, a gate with its constant written
// on it (`×2`, `+1`, `²`), or, for anything else, `ƒ` with the expression
// written out in the legend.

import type {Expr} from '../../levels/formula.js';
import {printMaths} from '../../levels/formula.js';

/** A leaf of a step: a named node or a constant. */
export type Leaf = {readonly kind: 'name'; readonly name: string} | {readonly kind: 'number'; readonly value: number};

/** One added term of a weighted sum: a single leaf, or a product of two leaves. */
export type SumTerm = {readonly factors: readonly Leaf[]};

export type StepShape =
	/** Σ of terms; at least one is a product, so ∂sum/∂w = x can be read off the drawing. */
	| {readonly kind: 'sum'; readonly terms: readonly SumTerm[]}
	/** One gate on named inputs, the constants it applies written on it. */
	| {readonly kind: 'gate'; readonly gate: string}
	/** Neither: drawn as `ƒ`, its expression spelled out. */
	| {readonly kind: 'expression'};

const leafOf = (e: Expr): Leaf | undefined =>
	e.kind === 'name' ? {kind: 'name', name: e.name} : e.kind === 'number' ? {kind: 'number', value: e.value} : undefined;

/** The added terms of `a*b + c + …`, or undefined when the expression is not such a sum. */
function sumTerms(e: Expr): SumTerm[] | undefined {
	const leaf = leafOf(e);
	if (leaf !== undefined) return [{factors: [leaf]}];
	if (e.kind !== 'binary') return undefined;
	if (e.op === '*') {
		const left = leafOf(e.left);
		const right = leafOf(e.right);
		return left !== undefined && right !== undefined ? [{factors: [left, right]}] : undefined;
	}
	if (e.op !== '+') return undefined;
	const left = sumTerms(e.left);
	const right = sumTerms(e.right);
	return left !== undefined && right !== undefined ? [...left, ...right] : undefined;
}

const constant = (value: number) => (value < 0 ? `(${value})` : String(value));
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A power gate as maths writes it, `²`, never code's `^2`. */
const raised = (value: number) =>
	Number.isInteger(value) && value >= 0 && value <= 9 ? (superscripts[value] ?? '') : `^${constant(value)}`;

const names = (factors: readonly Leaf[]) => factors.filter(f => f.kind === 'name').length;

/**
 * The shape of a step given its expression and the glyph of its main
 * operation (as levels/graph.ts names it).
 */
export function stepShape(expr: Expr, glyph: string): StepShape {
	if (glyph === 'ƒ') return {kind: 'expression'};
	if (expr.kind !== 'binary') return {kind: 'gate', gate: glyph};
	const terms = sumTerms(expr);
	// A weighted sum: some term multiplies a name by something.
	if (terms !== undefined && terms.length > 1 && terms.some(t => t.factors.length === 2 && names(t.factors) > 0))
		return {kind: 'sum', terms};
	const left = leafOf(expr.left);
	const right = leafOf(expr.right);
	// An operand that is itself a step (`2x` in z = 2x − 1): the gate alone would hide it, so the whole is spelled out.
	if (left === undefined || right === undefined) return {kind: 'expression'};
	if (left.kind === 'name' && right.kind === 'name') return {kind: 'gate', gate: glyph};
	if (left.kind === 'name' && right.kind === 'number')
		return {kind: 'gate', gate: glyph === '^' ? raised(right.value) : `${glyph}${constant(right.value)}`};
	// A constant on the left: only a commutative operation reads the same with it written on the gate.
	if (left.kind === 'number' && right.kind === 'name' && (expr.op === '+' || expr.op === '*'))
		return {kind: 'gate', gate: `${glyph}${constant(left.value)}`};
	return {kind: 'expression'};
}

/** An expression as the legend prints it: `½·(Y1 − t1)²`. */
export function expressionText(expr: Expr): string {
	return printMaths(expr);
}

/** A sum's term as the legend prints it: `w23·H2`. */
export function termText(term: SumTerm): string {
	return term.factors.map(f => (f.kind === 'name' ? f.name : constant(f.value))).join('·');
}
