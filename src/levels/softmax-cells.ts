// The cells a softmax and cross-entropy level asks beyond a layer's: the
// Jacobian ∂P/∂Z of one row, ∂L/∂P through −Y·log P, and ∂L/∂Z = (P − Y)/N
// with the mistakes a learner makes on it (the label left out, the sign
// flipped, log P where P belongs, the Jacobian's diagonal alone). Every number
// is read off the tensor engine.

import type {Build, Operand, Term} from './answers.js';
import type {GridMistake} from './diagnosis.js';
import {formatMaths as f} from './format.js';
import type {Step} from './formula.js';
import {parseFormula} from './formula.js';
import {buildMatrixGraph, type MatrixGraph, type MatrixNode, type TensorInput} from './matrix-graph.js';

type Rows = readonly (readonly number[])[];

/** The step `P = softmax(Z)` that reads `name`, if there is one. */
export function softmaxReading(graph: MatrixGraph, name: string): MatrixNode | undefined {
	return graph.nodes.find(
		n =>
			n.expr?.kind === 'call' &&
			n.expr.fn === 'softmax' &&
			n.expr.args[0]?.kind === 'name' &&
			n.expr.args[0].name === name,
	);
}

/** ∂P/∂Z of a one-row softmax, row i by a backward pass from P[i] on the engine. */
export function softmaxJacobian(
	steps: readonly Step[],
	inputs: Readonly<Record<string, TensorInput>>,
	p: string,
	z: string,
	classes: number,
): number[][] {
	const [pick] = parseFormula(`jacobianRow = sum(${p} * jacobianPick)`);
	return Array.from({length: classes}, (_, i) => {
		const onehot = [Array.from({length: classes}, (_, j) => (j === i ? 1 : 0))];
		const graph = buildMatrixGraph([...steps, pick as Step], {...inputs, jacobianPick: onehot}, 'jacobianRow');
		return [...(graph.grads.get(z)?.[0] ?? [])];
	});
}

const shown = (value: number, field?: string): Operand => (field === undefined ? {value} : {value, field});
const cell = (rows: Rows, i: number, j: number) => rows[i]?.[j] ?? 0;

/** What softmax with cross-entropy adds to ∂L/∂Z: its work, fair builds and mistakes. */
export type SoftmaxGradient = {
	readonly work: string;
	readonly text: (i: number, j: number) => string;
	readonly builds: (i: number, j: number) => Build[];
	readonly mistakes: readonly GridMistake[];
};

/** ∂L/∂Z for Z read by P = softmax(Z) and L a cross-entropy against the label Y (mean over N rows or not). */
export function softmaxGradient(
	graph: MatrixGraph,
	z: MatrixNode,
	p: MatrixNode,
	label: string,
	expected: Rows,
	/** The Jacobian ∂P/∂Z when the level asks it: its cells then stand in for a learner's own. */
	jacobian: Rows | undefined,
): SoftmaxGradient {
	const P = p.rows;
	const Y = graph.byName.get(label)?.rows ?? [];
	const dP = graph.grads.get(p.name) ?? [];
	// N from the answer: (P − Y) / ∂L/∂Z at the largest cell.
	let [bi, bj, largest] = [0, 0, 0];
	expected.forEach((row, i) => {
		row.forEach((x, j) => {
			if (Math.abs(x) > largest) [bi, bj, largest] = [i, j, Math.abs(x)];
		});
	});
	const n = largest === 0 ? 1 : Math.round((cell(P, bi, bj) - cell(Y, bi, bj)) / cell(expected, bi, bj));
	const each = (f: (i: number, j: number) => number) => P.map((row, i) => row.map((_, j) => f(i, j)));
	const over = n === 1 ? '' : `/${n}`;
	const mistakes: GridMistake[] = [
		{values: each((i, j) => cell(P, i, j) / n), reason: 'ceLabelNotSubtracted', params: {}},
		{values: each((i, j) => cell(P, i, j)), reason: 'ceLabelNotSubtracted', params: {}},
		{values: each((i, j) => (cell(Y, i, j) - cell(P, i, j)) / n), reason: 'ceSignFlipped', params: {}},
		// Only one side of P − Y divided by N: the same as the answer when N is 1.
		...(n === 1
			? []
			: (['p', 'y'] as const).map(
					(divided): GridMistake => ({
						values: each((i, j) =>
							divided === 'p' ? cell(P, i, j) / n - cell(Y, i, j) : cell(P, i, j) - cell(Y, i, j) / n,
						),
						reason: 'ceOnePartDivided',
						params: {grad: `∂L/∂${z.name}`, p: p.name, y: label, n: String(n), divided},
					}),
				)),
		{values: each((i, j) => (Math.log(cell(P, i, j)) - cell(Y, i, j)) / n), reason: 'ceLogP', params: {}},
		{
			values: each((i, j) => cell(dP, i, j) * cell(P, i, j) * (1 - cell(P, i, j))),
			reason: 'softmaxDiagonal',
			params: {},
		},
	];
	const pField = (i: number, j: number) => `value:${p.name}[${i},${j}]`;
	return {
		work: `∂L/∂${z.name} = (${p.name} − ${label})${over}`,
		text: (i, j) => `(${f(cell(P, i, j))} − ${f(cell(Y, i, j))})${over}`,
		builds: (i, j) => {
			const terms: Term[] = [
				{coefficient: 1 / n, factors: [shown(cell(P, i, j), pField(i, j))]},
				{coefficient: -cell(Y, i, j) / n, factors: []},
			];
			const builds: Build[] = [{kind: 'sum', terms}];
			if (jacobian !== undefined)
				builds.push({
					kind: 'sum',
					terms:
						P[i]?.map((_, k) => ({
							coefficient: 1,
							factors: [
								shown(cell(dP, i, k), `grad:${graph.output.name}:${p.name}[${i},${k}]`),
								shown(cell(jacobian, k, j), `jac:${p.name}:${z.name}[${k},${j}]`),
							],
						})) ?? [],
				});
			return builds;
		},
		mistakes,
	};
}

/** ∂L/∂P[i,j] = −Y/(N·P) through the cross-entropy: built from P as the learner holds it. */
export function crossEntropyUpstream(
	p: MatrixNode,
	Y: Rows,
	expected: Rows,
): {
	readonly work: string;
	readonly builds: (i: number, j: number) => Build[];
} {
	const P = p.rows;
	let n = 1;
	expected.forEach((row, i) => {
		row.forEach((x, j) => {
			if (x !== 0 && cell(Y, i, j) !== 0) n = Math.round(-cell(Y, i, j) / (cell(P, i, j) * x));
		});
	});
	return {
		work: `∂L/∂${p.name} = −Y/${n === 1 ? '' : `(${n}·`}${p.name}${n === 1 ? '' : ')'}`,
		builds: (i, j) => {
			const y = cell(Y, i, j);
			return [
				{
					kind: 'step',
					inputs: [shown(cell(P, i, j), `value:${p.name}[${i},${j}]`)],
					compute: ([x]) => (y === 0 ? 0 : -y / (n * (x ?? Number.NaN))),
				},
			];
		},
	};
}

/** Each cell of the Jacobian built from P as the learner holds it: P[i]·(1 − P[i]) on the diagonal, −P[i]·P[j] off it. */
export function jacobianBuild(p: MatrixNode, i: number, j: number): Build {
	const pi = shown(cell(p.rows, 0, i), `value:${p.name}[0,${i}]`);
	const pj = shown(cell(p.rows, 0, j), `value:${p.name}[0,${j}]`);
	return i === j
		? {kind: 'step', inputs: [pi], compute: ([x = 0]) => x * (1 - x)}
		: {kind: 'step', inputs: [pi, pj], compute: ([x = 0, y = 0]) => -x * y};
}
