// A forward level's fields: the value of each named step, worked out from the
// names it reads.

import type {Field} from '../answers.js';
import type {Mistake} from '../diagnosis.js';
import {printMaths, type Step} from '../formula.js';
import {type LevelGraph, type NamedNode, type NodeOp, stepAt} from '../graph.js';
import {isHalfSquare, twoProducts} from '../mistakes.js';
import {unaryFunctionOperators} from '../operators.js';
import {f, requireNode} from './maths.js';
import {halfLeftOut, withSign} from './slips.js';

/** Forward values of the named nodes. */
export function valueFields(graph: LevelGraph, steps: readonly Step[], names: readonly string[]): Field[] {
	return names.map(name => {
		const node = requireNode(graph, name);
		const step = steps.find(s => s.name === name);
		const work =
			step === undefined
				? `${name} = ${f(node.value.data)}`
				: `${name} = ${node.text} = ${substitute(graph, step)} = ${f(node.value.data)}`;
		return {
			id: `value:${name}`,
			role: 'value',
			label: name,
			expected: node.value.data,
			node: name,
			mistakes: withSign(node.value.data, step === undefined ? [] : forwardMistakes(graph, node, step)),
			work,
			// The step worked out again from the names it reads, each as shown or as answered.
			builds: [
				{
					kind: 'step',
					inputs: node.deps.map(dep => ({
						value: graph.byName.get(dep.name)?.value.data ?? 0,
						field: `value:${dep.name}`,
					})),
					compute: xs => stepAt(node, new Map(node.deps.map((dep, i) => [dep.name, xs[i] ?? 0])))?.value,
				},
			],
		};
	});
}

/** Steps that apply a one-input function: its input is a value one step short. */
const appliedFunctions: ReadonlySet<NodeOp> = new Set(unaryFunctionOperators);

/** A sum with one term left out, weights paired with the wrong inputs, an activation not yet applied, a ½ left out. */
function forwardMistakes(graph: LevelGraph, node: NamedNode, step: Step): Mistake[] {
	const mistakes: Mistake[] = [];
	const [left, right] = node.value.inputs;
	const expr = step.expr;
	if (expr.kind === 'binary' && (expr.op === '+' || expr.op === '-') && left !== undefined && right !== undefined) {
		mistakes.push({value: left.data, reason: 'leftOutTerm', params: {term: printMaths(expr.right)}});
		mistakes.push({
			value: expr.op === '+' ? right.data : -right.data,
			reason: 'leftOutTerm',
			params: {term: printMaths(expr.left)},
		});
	}
	if (expr.kind === 'call' && appliedFunctions.has(node.op) && left !== undefined) {
		mistakes.push({
			value: left.data,
			reason: 'beforeActivation',
			params: {arg: expr.args.map(arg => printMaths(arg)).join(', '), applied: printMaths(expr)},
		});
	}
	const products = twoProducts(graph, node);
	if (products !== undefined) {
		const [[a1, b1], [a2, b2]] = products;
		const v = (n: NamedNode) => n.value.data;
		const swapped = node.value.data - (v(a1) * v(b1) + v(a2) * v(b2)) + (v(a1) * v(b2) + v(a2) * v(b1));
		mistakes.push({
			value: swapped,
			reason: 'swappedPairs',
			params: {pairs: `${a1.name}·${b1.name} + ${a2.name}·${b2.name}`},
		});
	}
	if ((node.op === 'sigmoid' || node.op === 'tanh') && left !== undefined) {
		const y = node.value.data;
		const slope = node.op === 'sigmoid' ? y * (1 - y) : 1 - y * y;
		mistakes.push({
			value: slope,
			reason: 'slopeForValue',
			params: {node: node.name, typed: f(slope), fn: node.op === 'sigmoid' ? 'σ' : 'tanh', input: f(left.data)},
		});
	}
	if (isHalfSquare(graph, node)) mistakes.push(halfLeftOut(node, node.value.data, 'value'));
	return mistakes.filter(m => Math.abs(m.value - node.value.data) > 1e-12);
}

/** The step's expression with each name replaced by its value, negatives in brackets. */
function substitute(graph: LevelGraph, step: Step): string {
	return printMaths(step.expr, 0, name => graph.byName.get(name)?.value.data ?? 0);
}
