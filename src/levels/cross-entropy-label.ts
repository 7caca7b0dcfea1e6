// The label of a cross-entropy written in full, −sum(Y * log(P)) over a
// softmax output P: where a formula holds it, and whether it is one-hot.

import type {Expr, Step} from './formula.js';
import type {TensorInput} from './matrix-graph.js';
import {asRows} from './shape.js';

/** `Y * log(P)` or `log(P) * Y` anywhere in an expression: the label's name. */
export function labelIn(expr: Expr, p: string): string | undefined {
	if (expr.kind === 'binary') {
		if (expr.op === '*') {
			const logOf = (e: Expr) =>
				e.kind === 'call' && e.fn === 'log' && e.args[0]?.kind === 'name' && e.args[0].name === p;
			if (expr.left.kind === 'name' && logOf(expr.right)) return expr.left.name;
			if (expr.right.kind === 'name' && logOf(expr.left)) return expr.right.name;
		}
		return labelIn(expr.left, p) ?? labelIn(expr.right, p);
	}
	if (expr.kind === 'negate') return labelIn(expr.arg, p);
	if (expr.kind === 'call') {
		for (const arg of expr.args) {
			const found = labelIn(arg, p);
			if (found !== undefined) return found;
		}
	}
	return undefined;
}

/** The one-hot label Y of a cross-entropy −Y·log(P) over the softmax output P. */
export function crossEntropyLabel(steps: readonly Step[], p: string): string | undefined {
	for (const step of steps) {
		const found = labelIn(step.expr, p);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * A label must be one-hot: each row a single 1 among as many classes as the
 * softmax has, the rest 0. Undefined when it is, else what is wrong.
 */
export function labelProblem(label: TensorInput, classes: number): string | undefined {
	const rows = asRows(label);
	for (const [r, row] of rows.entries()) {
		const ones = row.filter(x => x === 1).length;
		if (row.length !== classes || ones !== 1 || row.some(x => x !== 0 && x !== 1))
			return `row ${r + 1} [${row.join(', ')}] is not a label of ${classes} classes: one-hot rows hold a single 1 among ${classes} entries, the rest 0`;
	}
	return undefined;
}
