// One step of gradient descent on a matrix level: each parameter moved to
// W − η·∂L/∂W, and any node's value at the moved parameters (the new loss).
// The same rule as the scalar update level (answers.ts, updateFields), cell
// by cell, with its mistakes: the sign flipped, η forgotten, the step alone.
// Every number is read off the tensor engine.

import type {Build, Operand} from './answers.js';
import type {GridMistake} from './diagnosis.js';
import {figuresToShowStep} from './fields/update.js';
import {formatMaths as f, formatOperand, matrixMaths} from './format.js';
import {type Expr, printMatrixMaths, type Step} from './formula.js';
import {GraphError} from './graph.js';
import {evaluateByHand, shiftedBy, type Take} from './hand-rounding.js';
import {buildMatrixGraph, type MatrixGraph, type MatrixNode, type TensorInput} from './matrix-graph.js';
import {asRows} from './shape.js';

type Rows = readonly (readonly number[])[];

/** A level's step: the parameters it moves and its learning rate. */
export type StepSpec = {readonly params: readonly string[]; readonly learningRate: number};

/** The parameters after the step, and the graph run again at them. */
export type Stepped = {
	readonly spec: StepSpec;
	/** Each parameter's new value, W − η·∂L/∂W. */
	readonly moved: ReadonlyMap<string, Rows>;
	/** The formula at the moved parameters (its gradients are not used). */
	readonly graph: MatrixGraph;
};

const cell = (rows: Rows, i: number, j: number) => rows[i]?.[j] ?? 0;
const each = (rows: Rows, value: (x: number, i: number, j: number) => number) =>
	rows.map((row, i) => row.map((x, j) => value(x, i, j)));

/** A parameter's name with a prime: its value after the step. */
export const primed = (name: string) => `${name}′`;

/** Moves every parameter against its gradient and runs the formula again there. */
export function takeStep(
	spec: StepSpec,
	steps: readonly Step[],
	inputs: Readonly<Record<string, TensorInput>>,
	graph: MatrixGraph,
	outputName: string | undefined,
): Stepped {
	const moved = new Map<string, Rows>();
	for (const name of spec.params) {
		const rows = graph.byName.get(name)?.rows ?? [];
		const grad = graph.grads.get(name) ?? [];
		moved.set(
			name,
			each(rows, (x, i, j) => x - spec.learningRate * cell(grad, i, j)),
		);
	}
	const at: Record<string, TensorInput> = {...inputs};
	for (const [name, rows] of moved) at[name] = reshape(rows, nodeOf(graph, name));
	return {spec, moved, graph: buildMatrixGraph(steps, at, outputName)};
}

/** A node the level's graph has: every name here was checked against it when the level loaded. */
function nodeOf(graph: MatrixGraph, name: string): MatrixNode {
	const node = graph.byName.get(name);
	if (node === undefined) throw new GraphError(`'${name}' is not a node of the graph`);
	return node;
}

/** Rows back in a node's own shape: a number, a vector or a matrix. */
function reshape(rows: Rows, node: Pick<MatrixNode, 'shape'>): TensorInput {
	if (node.shape.length === 0) return cell(rows, 0, 0);
	if (node.shape.length === 1) return rows[0] ?? [];
	return rows;
}

/** What a grid of the step needs besides its cells: its label, rule, mistakes and each cell's working. */
export type StepGrid = {
	/** A moved parameter, or a value worked out at the moved parameters. */
	readonly role: 'update' | 'value';
	readonly label: string;
	/** What one cell is called, before its row and column: `W′`, `L(W′, b′)`. */
	readonly cellName: string;
	readonly work: string;
	readonly expected: Rows;
	readonly mistakes: readonly GridMistake[];
	readonly cell: (i: number, j: number) => {text: string; builds: Build[]; figures?: number};
};

/** W′ = W − η·∂L/∂W, cell by cell, built from W as drawn and the learner's own ∂L/∂W. */
export function movedGrid(stepped: Stepped, before: MatrixGraph, param: string): StepGrid {
	const loss = before.output.name;
	const rows = before.byName.get(param)?.rows ?? [];
	const grad = before.grads.get(param) ?? [];
	const expected = stepped.moved.get(param) ?? [];
	const eta = stepped.spec.learningRate;
	const rule = `${primed(param)} = ${param} − η·∂${loss}/∂${param}`;
	const gradField = (i: number, j: number) => `grad:${loss}:${param}[${i},${j}]`;
	const named = {param, of: loss};
	const mistakes: GridMistake[] = [
		{values: each(rows, (x, i, j) => x + eta * cell(grad, i, j)), reason: 'plusSign', params: named},
		{values: each(rows, (x, i, j) => x - cell(grad, i, j)), reason: 'forgotRate', params: {eta: f(eta)}},
		{values: each(rows, (_, i, j) => -eta * cell(grad, i, j)), reason: 'stepOnly', params: named},
		{values: each(rows, (_, i, j) => eta * cell(grad, i, j)), reason: 'stepOnly', params: named},
	];
	return {
		role: 'update',
		label: rule,
		cellName: primed(param),
		work: rule,
		expected,
		mistakes,
		cell: (i, j) => {
			const w = cell(rows, i, j);
			const g = cell(grad, i, j);
			const after = cell(expected, i, j);
			const figures = figuresToShowStep(w, after);
			return {
				text: `${f(w)} − ${f(eta)}·${formatOperand(g)} = ${f(after)}`,
				builds: [
					{
						kind: 'sum',
						terms: [
							{coefficient: 1, factors: [{value: w}]},
							{coefficient: -eta, factors: [{value: g, field: gradField(i, j)}]},
						],
					},
				],
				...(figures === 3 ? {} : {figures}),
			};
		},
	};
}

/**
 * A node's value after the step, `L(W′, b′)`: worked out again from the
 * learner's own W′ and b′, or from any step on the way rounded as the
 * learner would round it (Z′ to 3 figures, then P′, then the loss).
 */
export function afterGrid(stepped: Stepped, steps: readonly Step[], node: string): StepGrid {
	const graph = stepped.graph;
	const target = nodeOf(graph, node);
	const label = `${node}(${stepped.spec.params.map(primed).join(', ')})`;
	// The steps on the way from the parameters to the node, each a place a learner may round.
	const upTo = steps.slice(0, steps.findIndex(s => s.name === node) + 1);
	const on = upTo.filter(s => s.name !== node).map(s => nodeOf(graph, s.name));
	const fromNodes = (starts: readonly MatrixNode[], ids: (n: MatrixNode, i: number, j: number) => Operand) => {
		const inputs = starts.flatMap(n => n.rows.flatMap((row, i) => row.map((_, j) => ids(n, i, j))));
		const valuesOf = (xs: readonly number[]) => {
			let k = 0;
			const values = new Map<string, TensorInput>();
			for (const n of graph.nodes) {
				if (n.expr === undefined) values.set(n.name, reshape(n.rows, n));
			}
			for (const n of starts) {
				const rows = n.rows.map(row => row.map(() => xs[k++] ?? Number.NaN));
				values.set(n.name, reshape(rows, n));
			}
			return values;
		};
		// Every result written down on the way (inside each step, and each step's own) may be rounded.
		let rounded = 0;
		forward(upTo, valuesOf(inputs.map(op => op.value)), graph, node, v => {
			rounded++;
			return v;
		});
		return (i: number, j: number): Build => ({
			kind: 'step',
			inputs,
			rounded,
			compute: xs => forward(upTo, valuesOf(xs), graph, node, shiftedBy(xs.slice(inputs.length)))?.[i]?.[j],
		});
	};
	const params = stepped.spec.params.map(name => nodeOf(graph, name));
	const fromParams = fromNodes(params, (n, i, j) => ({value: cell(n.rows, i, j), field: `after:${n.name}[${i},${j}]`}));
	const fromSteps = on.map(step => fromNodes([step], (n, i, j) => ({value: cell(n.rows, i, j)})));
	// Every name the step moved, primed: the parameters and the steps on the way.
	const moved = new Set([...stepped.spec.params, ...on.map(n => n.name)]);
	const maths = (n: MatrixNode) =>
		n.expr === undefined ? n.name : printMatrixMaths(renamed(n.expr, name => (moved.has(name) ? primed(name) : name)));
	const way = on.map(n => `${primed(n.name)} = ${maths(n)} = ${matrixMaths(n.rows)}; `).join('');
	return {
		role: 'value',
		label,
		cellName: label,
		work: `${way}${label} = ${maths(target)}`,
		expected: target.rows,
		mistakes: [],
		cell: (i, j) => ({
			text: `${way}${label} = ${f(cell(target.rows, i, j))}`,
			builds: [fromParams(i, j), ...fromSteps.map(build => build(i, j))],
		}),
	};
}

/** An expression with its names written another way (W as W′). */
function renamed(expr: Expr, rename: (name: string) => string): Expr {
	switch (expr.kind) {
		case 'number':
			return expr;
		case 'name':
			return {...expr, name: rename(expr.name)};
		case 'negate':
			return {...expr, arg: renamed(expr.arg, rename)};
		case 'binary':
			return {...expr, left: renamed(expr.left, rename), right: renamed(expr.right, rename)};
		case 'call':
			return {...expr, args: expr.args.map(arg => renamed(arg, rename))};
	}
}

/**
 * Runs the steps forward by hand from the values given (a given step is not
 * worked out again), each result written down passed through `take`; the node's rows.
 */
function forward(
	steps: readonly Step[],
	values: Map<string, TensorInput>,
	graph: MatrixGraph,
	node: string,
	take: Take,
): Rows | undefined {
	for (const step of steps) {
		if (values.has(step.name)) continue;
		const worked = evaluateByHand(step.expr, values, take);
		const rows = step.name === node ? worked : worked?.map(row => row.map(take));
		const shaped = graph.byName.get(step.name);
		if (rows === undefined || shaped === undefined) return undefined;
		values.set(step.name, reshape(rows, shaped));
	}
	const out = values.get(node);
	if (out === undefined) return undefined;
	return asRows(out);
}
