// A step of a matrix level worked by hand: the learner writes down each
// intermediate result (each exp of a softmax, their sum, a square inside a
// mean) and may round it to 3 figures before going on. The reach of a cell
// built this way lets each intermediate result move by up to half a unit of
// its 3rd figure: one fraction in [−1, 1] per result, in the order worked.

import type {Expr} from './formula.js';
import {evaluateStep, type TensorInput} from './matrix-graph.js';
import {halfUnit} from './reach.js';

type Rows = number[][];

/** How a learner takes one intermediate result: as it is, or rounded. */
export type Take = (value: number) => number;

const nameExpr = (name: string): Expr => ({kind: 'name', name, column: 0});

/** A 1×1 result as a number, so it broadcasts like the scalar it is. */
const asInput = (m: Rows): TensorInput => (m.length === 1 && m[0]?.length === 1 ? (m[0][0] ?? 0) : m);

/**
 * Evaluates an expression operation by operation, passing every intermediate
 * result (not the expression's own value) through `take`. A softmax is worked
 * as the learner works it: the exps, their row sums, then the division.
 */
export function evaluateByHand(expr: Expr, values: ReadonlyMap<string, TensorInput>, take: Take): Rows | undefined {
	const takeAll = (m: Rows): Rows => m.map(row => row.map(take));
	const inner = (e: Expr): Rows | undefined => {
		if (e.kind === 'number' || e.kind === 'name') return walk(e);
		const got = walk(e);
		return got === undefined ? undefined : takeAll(got);
	};
	const walk = (e: Expr): Rows | undefined => {
		if (e.kind === 'number') return [[e.value]];
		if (e.kind === 'name') {
			const v = values.get(e.name);
			return v === undefined ? undefined : evaluateStep(e, new Map([[e.name, v]]));
		}
		if (e.kind === 'call' && e.fn === 'softmax' && e.args.length === 1 && e.args[0] !== undefined) {
			const z = inner(e.args[0]);
			if (z === undefined) return undefined;
			const exps = takeAll(z.map(row => row.map(Math.exp)));
			const sums = exps.map(row => take(row.reduce((a, b) => a + b, 0)));
			return exps.map((row, i) => row.map(x => x / (sums[i] ?? Number.NaN)));
		}
		// The operation itself, on its operands as the learner holds them; constants (an exponent, an axis) stay.
		const bound = new Map<string, TensorInput>();
		const bind = (arg: Expr): Expr | undefined => {
			if (arg.kind === 'number') return arg;
			const v = inner(arg);
			if (v === undefined) return undefined;
			const name = `byHand${bound.size}`;
			bound.set(name, asInput(v));
			return nameExpr(name);
		};
		if (e.kind === 'negate') {
			const arg = bind(e.arg);
			return arg === undefined ? undefined : evaluateStep({...e, arg}, bound);
		}
		if (e.kind === 'binary') {
			const left = bind(e.left);
			const right = bind(e.right);
			return left === undefined || right === undefined ? undefined : evaluateStep({...e, left, right}, bound);
		}
		const args: Expr[] = [];
		for (const a of e.args) {
			const arg = bind(a);
			if (arg === undefined) return undefined;
			args.push(arg);
		}
		return evaluateStep({...e, args}, bound);
	};
	return walk(expr);
}

/** How many intermediate results working `expr` by hand writes down. */
export function resultsByHand(expr: Expr, values: ReadonlyMap<string, TensorInput>): number {
	let n = 0;
	evaluateByHand(expr, values, v => {
		n++;
		return v;
	});
	return n;
}

/** A `Take` that moves the k-th result by fractions[k] of half a unit of its 3rd figure. */
export function shiftedBy(fractions: readonly number[]): Take {
	let k = 0;
	return v => v + (fractions[k++] ?? 0) * halfUnit(v, 3);
}
