// The fields of a matrix level: each asked matrix is a grid of cells, each
// cell a field checked by the same rule as any other number, and each shape a
// grid of its sizes. Every number is read off the tensor graph; the mistakes a
// grid can diagnose (a product in the wrong order, a bias gradient not summed
// over the batch, the ÷N forgotten or doubled, the ReLU mask ignored, a shape
// the wrong way round) are computed on the engine too.

import {entryOf, itemAt} from '../engine/checked.js';
import type {Build, Field, Grid, Operand, Term} from './answers.js';
import {crossEntropyLabel, labelIn} from './cross-entropy-label.js';
import type {GridMistake} from './diagnosis.js';
import {formatMaths as f} from './format.js';
import {type Expr, FormulaError, parseFormula, printExpr, printMatrixMaths, type Step} from './formula.js';
import type {Given} from './grad-check-fields.js';
import {GraphError} from './graph.js';
import {evaluateByHand, resultsByHand, shiftedBy} from './hand-rounding.js';
import type {Report, SpecOf} from './level-kinds.js';
import {
	buildMatrixGraph,
	evaluateStep,
	type MatrixGraph,
	type MatrixNode,
	type TensorInput,
	type Variant,
} from './matrix-graph.js';
import {afterGrid, movedGrid, type StepGrid, type Stepped, takeStep} from './matrix-step.js';
import {matrixAskPattern} from './schema.js';
import {asRows, showShape} from './shape.js';
import {
	crossEntropyUpstream,
	jacobianBuild,
	softmaxGradient,
	softmaxJacobian,
	softmaxReading,
} from './softmax-cells.js';
import {tensorFrom} from './tensor-type.js';

export type MatrixBuilt = {
	readonly steps: readonly Step[];
	readonly matrix: MatrixGraph;
	readonly fields: Field[];
	readonly view: readonly string[];
	/** The learning rate of a level that takes a step, written above its fields with the given numbers. */
	readonly given?: readonly Given[];
};

type Rows = readonly (readonly number[])[];

const d = (of: string, wrt: string) => `∂${of}/∂${wrt}`;
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const sameRows = (a: Rows, b: Rows) =>
	a.length === b.length &&
	a.every((row, i) => row.length === b[i]?.length && row.every((x, j) => same(x, b[i]?.[j] ?? Number.NaN)));
const transposed = (m: Rows): number[][] => (m[0] ?? []).map((_, j) => m.map(row => itemAt(row, j)));

/** A matrix product of plain rows, on the engine. */
function product(a: Rows, b: Rows): number[][] {
	return asRows(tensorFrom(a).matmul(tensorFrom(b)).toArray() as number[][]);
}

/** Builds a matrix level: its graph, then a grid for each ask. Undefined after reporting what is wrong. */
export function matrixFields(spec: SpecOf<'matrix'>, report: Report): MatrixBuilt | undefined {
	let steps: Step[];
	let graph: MatrixGraph;
	try {
		steps = parseFormula(spec.formula);
		graph = buildMatrixGraph(steps, spec.inputs, spec.output);
	} catch (error) {
		if (error instanceof FormulaError || error instanceof GraphError) {
			report('.formula', error.message);
			return undefined;
		}
		throw error;
	}
	const variants = new Map<Variant, MatrixGraph>();
	const variant = (v: Variant) => {
		let built = variants.get(v);
		if (built === undefined) {
			built = buildMatrixGraph(steps, spec.inputs, spec.output, v);
			variants.set(v, built);
		}
		return built;
	};
	// A Jacobian the level asks, worked out once on the engine; undefined when the level does not ask it.
	const jacobians = new Map<string, number[][]>();
	const jacobianOf = (p: string, z: string): Rows | undefined => {
		if (!spec.ask.includes(`d${p}/d${z}`)) return undefined;
		const key = `${p}/${z}`;
		let found = jacobians.get(key);
		if (found === undefined) {
			found = softmaxJacobian(steps, spec.inputs, p, z, graph.byName.get(p)?.rows[0]?.length ?? 0);
			jacobians.set(key, found);
		}
		return found;
	};
	const stepped = steppedOf(spec, steps, graph, report);
	const fields: Field[] = [];
	for (const [j, ask] of spec.ask.entries()) {
		const [, shapeOf, after, plain] = matrixAskPattern.exec(ask) ?? [];
		if (after !== undefined) {
			if (!graph.byName.has(after)) report(`.ask[${j}]`, `'${after}' is not a node of the graph`);
			else if (stepped === undefined)
				report(`.ask[${j}]`, `after(${after}) needs the step: 'params' and 'learningRate'`);
			else
				fields.push(
					...stepCells(
						stepped.spec.params.includes(after) ? movedGrid(stepped, graph, after) : afterGrid(stepped, steps, after),
						after,
					),
				);
			continue;
		}
		const target = (shapeOf ?? plain) as string;
		const gradient = /^d(\w+)\/d(\w+)$/.exec(target);
		const [of, wrt] = gradient === null ? [undefined, target] : [itemAt(gradient, 1), itemAt(gradient, 2)];
		for (const name of of === undefined ? [wrt] : [of, wrt]) {
			if (!graph.byName.has(name)) report(`.ask[${j}]`, `'${name}' is not a node of the graph`);
		}
		if (!graph.byName.has(wrt) || (of !== undefined && !graph.byName.has(of))) continue;
		// ∂P/∂Z of a one-row softmax: its Jacobian, asked as a grid of its own.
		if (of !== undefined && of !== graph.output.name && softmaxReading(graph, wrt) === graph.byName.get(of)) {
			const p = entryOf(graph.byName, of);
			if (p.rows.length !== 1)
				report(`.ask[${j}]`, `a Jacobian ∂${of}/∂${wrt} is asked of one row; '${of}' has ${p.rows.length}`);
			else fields.push(...jacobianCells(p, entryOf(graph.byName, wrt), jacobianOf(of, wrt)));
			continue;
		}
		if (of !== undefined && of !== graph.output.name) {
			report(`.ask[${j}]`, `gradients are of the output '${graph.output.name}', not of '${of}'`);
			continue;
		}
		if (of !== undefined && graph.grads.size === 0) {
			report(`.ask[${j}]`, `the output '${of}' is ${showShape(graph.output.shape)}; a gradient needs one number`);
			continue;
		}
		const node = entryOf(graph.byName, wrt);
		if (shapeOf !== undefined) fields.push(...shapeCells(target, node, graph));
		else if (of === undefined) fields.push(...valueCells(graph, node, variant, steps));
		else fields.push(...gradientCells(graph, node, variant, steps, jacobianOf));
	}
	const ids = fields.map(field => field.cell?.grid.id ?? field.id);
	for (const key of Object.keys(spec.fieldHints ?? {})) {
		if (!ids.includes(key))
			report(
				`.fieldHints.${key}`,
				`'${key}' is not a field of this level; its fields are ${[...new Set(ids)].join(', ')}`,
			);
	}
	const view = spec.view ?? graph.nodes.map(n => n.name);
	for (const [j, name] of view.entries()) {
		if (!graph.byName.has(name)) report(`.view[${j}]`, `'${name}' is not a node of the graph`);
	}
	// η shows on every screen size, not only in an introduction a short terminal cuts.
	const given = spec.learningRate === undefined ? undefined : [{label: 'η', value: spec.learningRate}];
	return {steps, matrix: graph, fields, view, given};
}

/**
 * The step a level takes (`params` moved by `learningRate`), or undefined after
 * reporting why it can't: a parameter that is not an input, a loss that is not one number.
 */
function steppedOf(
	spec: SpecOf<'matrix'>,
	steps: readonly Step[],
	graph: MatrixGraph,
	report: Report,
): Stepped | undefined {
	const {params, learningRate} = spec;
	if (params === undefined && learningRate === undefined) return undefined;
	if (params === undefined || learningRate === undefined) {
		report(params === undefined ? '.params' : '.learningRate', "a step needs both 'params' and 'learningRate'");
		return undefined;
	}
	let fine = true;
	for (const [j, name] of params.entries()) {
		const node = graph.byName.get(name);
		if (node === undefined || node.expr !== undefined) {
			report(`.params[${j}]`, `'${name}' is not an input of the graph`);
			fine = false;
		}
	}
	if (graph.grads.size === 0) {
		report('.params', `the output '${graph.output.name}' is ${showShape(graph.output.shape)}; a step needs one number`);
		fine = false;
	}
	if (!fine) return undefined;
	try {
		return takeStep({params, learningRate}, steps, spec.inputs, graph, spec.output);
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		report('.learningRate', `after the step, ${error.message}`);
		return undefined;
	}
}

/** The cells of a grid after the step: W′ (the update) or a value at W′ (the new loss). */
function stepCells(step: StepGrid, name: string): Field[] {
	const grid: Grid = {
		id: `after:${name}`,
		kind: 'matrix',
		label: step.label,
		rows: step.expected.length,
		cols: step.expected[0]?.length ?? 0,
		node: name,
		mistakes: distinct(step.expected, step.mistakes),
		work: step.work,
	};
	// A single number (the new loss) needs no row and column.
	const cellName = (i: number, j: number) =>
		grid.rows === 1 && grid.cols === 1 ? step.cellName : at(step.cellName, i, j, grid.rows);
	return cellsOf(
		grid,
		step.role,
		step.expected,
		(i, j) => cellName(i, j),
		(i, j) => {
			const {text, builds, figures} = step.cell(i, j);
			return {text: step.role === 'update' ? `${cellName(i, j)} = ${text}` : text, terms: [], builds, figures};
		},
	);
}

/** One field per cell of a grid. */
function cellsOf(
	grid: Grid,
	role: Field['role'],
	expected: Rows,
	cellLabel: (i: number, j: number) => string,
	work: (i: number, j: number) => {text: string; terms: Term[]; builds?: Build[]; figures?: number | undefined},
): Field[] {
	return expected.flatMap((row, i) =>
		row.map((value, j): Field => {
			const {text, terms, builds = [], figures} = work(i, j);
			return {
				id: `${grid.id}[${i},${j}]`,
				role,
				label: cellLabel(i, j),
				expected: value,
				node: grid.node,
				mistakes: [],
				work: text,
				builds: [...(terms.length === 0 ? [] : [{kind: 'sum' as const, terms}]), ...builds],
				...(figures === undefined ? {} : {figures}),
				cell: {grid, row: i, col: j},
			};
		}),
	);
}

/**
 * A number the learner reads off the screen; `field` names the cell that asks
 * it, when one does, so an answer accepted there may stand in.
 */
const shown = (value: number, field?: string): Operand => (field === undefined ? {value} : {value, field});

/** Row i, column j, counted from 1 as people count them. */
/** A gradient summed down the batch, written for one entry: `∂L/∂b[j] = Σᵢ ∂L/∂Y[i,j]`. */
const biasRule = (label: string, upstream: string) => `${label}[j] = Σᵢ ${upstream}[i,j]`;

const at = (label: string, i: number, j: number, rows: number) =>
	rows === 1 ? `${label}[${j + 1}]` : `${label}[${i + 1},${j + 1}]`;

/** `shape(Y)`: the rows and columns of Y (or, for `shape(dL/dW)`, of W: a gradient has its variable's shape). */
function shapeCells(target: string, node: MatrixNode, graph: MatrixGraph): Field[] {
	const sizes = node.shape.length === 0 ? [1] : [...node.shape];
	const [of = '', wrt = ''] = target.slice(1).split('/d');
	const label = target.includes('/') ? d(of, wrt) : target;
	const mistakes: GridMistake[] =
		sizes.length === 2 && sizes[0] !== sizes[1]
			? [{values: [[...sizes].reverse()], reason: 'shapeSwapped', params: {}}]
			: [];
	// A gradient given the shape of the step its variable feeds (∂L/∂b as big as Y = X·W + b).
	const consumer = target.includes('/') ? graph.nodes.find(n => n.reads.includes(node.name)) : undefined;
	if (consumer !== undefined && consumer.shape.length === sizes.length)
		mistakes.push({
			values: [[...consumer.shape]],
			reason: 'shapeOfConsumer',
			params: {label, wrt: node.name, consumer: consumer.name},
		});
	const grid: Grid = {
		id: `shape:${target}`,
		kind: 'shape',
		label,
		rows: 1,
		cols: sizes.length,
		node: node.name,
		mistakes: distinct([sizes], mistakes),
		work: `${label}: ${sizes.join(' × ')}`,
	};
	return cellsOf(
		grid,
		'shape',
		[sizes],
		(_, j) => `${label}[${j + 1}]`,
		() => ({text: grid.work, terms: []}),
	);
}

/** A step `A @ B` or `A @ B + c` (or `c + A @ B`), read by its names. */
function matmulIn(expr: Expr | undefined): {left: string; right: string; bias: string | undefined} | undefined {
	if (expr === undefined) return undefined;
	const plain = (e: Expr) =>
		e.kind === 'binary' && e.op === '@' && e.left.kind === 'name' && e.right.kind === 'name'
			? {left: e.left.name, right: e.right.name}
			: undefined;
	const direct = plain(expr);
	if (direct !== undefined) return {...direct, bias: undefined};
	if (expr.kind === 'binary' && expr.op === '+') {
		const left = plain(expr.left);
		if (left !== undefined && expr.right.kind === 'name') return {...left, bias: expr.right.name};
		const right = plain(expr.right);
		if (right !== undefined && expr.left.kind === 'name') return {...right, bias: expr.left.name};
	}
	return undefined;
}

/** The values of a node: its step worked out cell by cell where the step is a layer (X @ W + b). */
function valueCells(
	graph: MatrixGraph,
	node: MatrixNode,
	variant: (v: Variant) => MatrixGraph,
	steps: readonly Step[],
): Field[] {
	// A natural log worked out in base 10 changes every value that reads it.
	const usesLog = steps.some(step => /\blog\(/.test(printExpr(step.expr)));
	const logTen = usesLog ? variant('log-ten').byName.get(node.name)?.rows : undefined;
	const grid: Grid = {
		id: `value:${node.name}`,
		kind: 'matrix',
		label: node.name,
		rows: node.rows.length,
		cols: node.rows[0]?.length ?? 0,
		node: node.name,
		mistakes: distinct(node.rows, [
			...valueMistakes(graph, node),
			...(logTen === undefined ? [] : [{values: logTen, reason: 'logBaseTen' as const, params: {}}]),
		]),
		work: node.expr === undefined ? node.name : `${node.name} = ${printMatrixMaths(node.expr)}`,
	};
	const layer = matmulIn(node.expr);
	const rowsOf = (name: string | undefined) => (name === undefined ? undefined : graph.byName.get(name)?.rows);
	return cellsOf(
		grid,
		'value',
		node.rows,
		(i, j) => at(node.name, i, j, grid.rows),
		(i, j) => {
			const value = itemAt(itemAt(node.rows, i), j);
			const a = rowsOf(layer?.left);
			const b = rowsOf(layer?.right);
			if (layer === undefined || a === undefined || b === undefined)
				return {
					text: `${at(node.name, i, j, grid.rows)} = ${f(value)}`,
					terms: [],
					builds: node.expr === undefined ? [] : [stepBuild(graph, node, node.expr, i, j)],
				};
			const pairs = (a[i] ?? []).map((x, k) => [x, b[k]?.[j] ?? 0] as const);
			const bias = rowsOf(layer.bias);
			const biasValue =
				bias === undefined ? undefined : (bias[bias.length === 1 ? 0 : i]?.[bias[0]?.length === 1 ? 0 : j] ?? 0);
			const sum = [
				...pairs.map(([x, w]) => `${num(x)}·${num(w)}`),
				...(biasValue === undefined ? [] : [num(biasValue)]),
			];
			return {
				text: `${at(node.name, i, j, grid.rows)} = ${sum.join(' + ')} = ${f(value)}`,
				terms: [
					...pairs.map(([x, w]) => ({coefficient: 1, factors: [shown(x), shown(w)]})),
					...(biasValue === undefined ? [] : [{coefficient: 1, factors: [shown(biasValue)]}]),
				],
			};
		},
	);
}

/** A step worked out again from the cells it reads, each as the screen shows it or as the learner answered it. */
function stepBuild(graph: MatrixGraph, node: MatrixNode, expr: Expr, i: number, j: number): Build {
	const reads = node.reads.flatMap(name => {
		const read = graph.byName.get(name);
		return read === undefined ? [] : [read];
	});
	const inputs = reads.flatMap(r =>
		r.rows.flatMap((row, ri) => row.map((x, ci) => shown(x, `value:${r.name}[${ri},${ci}]`))),
	);
	const valuesOf = (xs: readonly number[]) => {
		let k = 0;
		const next = () => xs[k++] ?? Number.NaN;
		return new Map(
			reads.map(r => {
				const rows = r.rows.map(row => row.map(() => next()));
				const value =
					r.shape.length === 0 ? (rows[0]?.[0] ?? Number.NaN) : r.shape.length === 1 ? (rows[0] ?? []) : rows;
				return [r.name, value] as const;
			}),
		);
	};
	// Each intermediate result (a softmax's exps and their sum, a square inside a mean) may be rounded on the way.
	const rounded = resultsByHand(expr, valuesOf(inputs.map(op => op.value)));
	return {
		kind: 'step',
		inputs,
		rounded,
		compute: xs => evaluateByHand(expr, valuesOf(xs), shiftedBy(xs.slice(inputs.length)))?.[i]?.[j],
	};
}

/** The Jacobian ∂P/∂Z of a one-row softmax, cell by cell. */
function jacobianCells(p: MatrixNode, z: MatrixNode, values: Rows | undefined): Field[] {
	const rows = values ?? [];
	const label = d(p.name, z.name);
	const size = rows.length;
	const grid: Grid = {
		id: `jac:${p.name}:${z.name}`,
		kind: 'matrix',
		label,
		rows: size,
		cols: size,
		node: p.name,
		// Each sign slip on its own: the off-diagonal minus left out, or the diagonal as P[i]·(1 + P[i]).
		mistakes: distinct(rows, [
			{
				values: rows.map((row, i) => row.map((x, j) => (i === j ? x : -x))),
				reason: 'jacobianOffDiagonalSign',
				params: {},
			},
			{
				values: rows.map((row, i) =>
					row.map((x, j) => {
						const pi = p.rows[0]?.[i] ?? 0;
						return i === j ? pi * (1 + pi) : x;
					}),
				),
				reason: 'jacobianDiagonalSign',
				params: {},
			},
		]),
		work: `∂${p.name}[i]/∂${z.name}[j] = ${p.name}[i]·(δᵢⱼ − ${p.name}[j])`,
	};
	const pAt = (k: number) => num(p.rows[0]?.[k] ?? 0);
	return cellsOf(
		grid,
		'gradient',
		rows,
		(i, j) => at(label, i, j, size),
		(i, j) => ({
			text: `${at(label, i, j, size)} = ${i === j ? `${pAt(i)}·(1 − ${pAt(i)})` : `−${pAt(i)}·${pAt(j)}`} = ${f(rows[i]?.[j] ?? 0)}`,
			terms: [],
			builds: [jacobianBuild(p, i, j)],
		}),
	);
}

/** A number inside a sum of products, bracketed when negative. */
const num = (x: number) => (x < 0 ? `(${f(x)})` : f(x));

/** Forward slips: a sum with a term left out, an activation not yet applied. */
function valueMistakes(graph: MatrixGraph, node: MatrixNode): GridMistake[] {
	const expr = node.expr;
	const mistakes: GridMistake[] = [];
	const evaluate = (e: Expr): Rows | undefined => {
		if (e.kind === 'name') return graph.byName.get(e.name)?.rows;
		const layer = matmulIn(e);
		if (layer !== undefined && layer.bias === undefined) {
			const a = graph.byName.get(layer.left)?.rows;
			const b = graph.byName.get(layer.right)?.rows;
			return a === undefined || b === undefined ? undefined : product(a, b);
		}
		return undefined;
	};
	if (expr?.kind === 'binary' && expr.op === '+') {
		const left = evaluate(expr.left);
		if (left !== undefined && left.length === node.rows.length)
			mistakes.push({values: left, reason: 'leftOutTerm', params: {term: printMatrixMaths(expr.right)}});
	}
	// A mean typed as the sum of its entries, before the ÷N.
	const meanOf = expr?.kind === 'call' && expr.fn === 'mean' && expr.args.length === 1 ? expr.args[0] : undefined;
	const entries = meanOf === undefined ? undefined : evaluateStep(meanOf, nodeValues(graph));
	if (meanOf !== undefined && entries !== undefined) {
		const n = entries.length * (entries[0]?.length ?? 1);
		mistakes.push({
			values: node.rows.map(row => row.map(x => x * n)),
			reason: 'sumForMean',
			params: {arg: printMatrixMaths(meanOf), n: String(n)},
		});
	}
	// A loss written −(…) (cross-entropy's −log), typed without its minus.
	const negated = expr?.kind === 'negate' ? expr : meanOf?.kind === 'negate' ? meanOf : undefined;
	if (negated !== undefined)
		mistakes.push({
			values: node.rows.map(row => row.map(x => -x)),
			reason: 'lossMinusLeftOut',
			params: {text: printMatrixMaths(negated)},
		});
	// Cross-entropy taken at the class each row's softmax favours rather than at the label's class.
	const favoured = expr === undefined ? undefined : favouredClassLoss(graph, expr);
	if (favoured !== undefined) mistakes.push(favoured);
	if (expr?.kind === 'call' && (expr.fn === 'relu' || expr.fn === 'sigmoid' || expr.fn === 'tanh')) {
		const [arg] = expr.args;
		const before = arg === undefined ? undefined : evaluate(arg);
		if (before !== undefined && arg !== undefined)
			mistakes.push({
				values: before,
				reason: 'beforeActivation',
				params: {arg: printMatrixMaths(arg), applied: printMatrixMaths(expr)},
			});
	}
	return mistakes.filter(m => !sameRows(m.values, node.rows));
}

/**
 * A cross-entropy −Y·ln P worked out with the label moved to the largest P of each row (−ln of the class the
 * model favours); undefined when that is the label everywhere, or the step holds no cross-entropy.
 */
function favouredClassLoss(graph: MatrixGraph, expr: Expr): GridMistake | undefined {
	for (const p of graph.nodes) {
		const label = p.expr?.kind === 'call' && p.expr.fn === 'softmax' ? labelIn(expr, p.name) : undefined;
		const labelRows = label === undefined ? undefined : graph.byName.get(label)?.rows;
		if (label === undefined || labelRows === undefined) continue;
		const favouredRows = p.rows.map(row => {
			const top = row.indexOf(Math.max(...row));
			return row.map((_, j) => (j === top ? 1 : 0));
		});
		if (sameRows(favouredRows, labelRows)) return undefined;
		const values = evaluateStep(expr, new Map([...nodeValues(graph), [label, favouredRows]]));
		return values === undefined ? undefined : {values, reason: 'ceFavouredClass', params: {label}};
	}
	return undefined;
}

/**
 * ∂L/∂Z for Z read by P = softmax(Z) into a cross-entropy, with the label left out: P, divided by N as the
 * gradient is (N read off the cell with the largest gradient). Undefined when Z feeds no such softmax.
 */
function withoutLabel(
	graph: MatrixGraph,
	steps: readonly Step[],
	z: string,
	upstream: Rows,
): {name: string; rows: Rows} | undefined {
	const p = softmaxReading(graph, z);
	const label = p === undefined ? undefined : crossEntropyLabel(steps, p.name);
	const Y = label === undefined ? undefined : graph.byName.get(label)?.rows;
	if (p === undefined || Y === undefined) return undefined;
	let [bi, bj, largest] = [0, 0, 0];
	upstream.forEach((row, i) => {
		row.forEach((x, j) => {
			if (Math.abs(x) > largest) [bi, bj, largest] = [i, j, Math.abs(x)];
		});
	});
	if (largest === 0) return undefined;
	const n = Math.round(((p.rows[bi]?.[bj] ?? 0) - (Y[bi]?.[bj] ?? 0)) / (upstream[bi]?.[bj] ?? 1));
	return {name: n === 1 ? p.name : `${p.name}/${n}`, rows: p.rows.map(row => row.map(x => x / n))};
}

/** Every node's value in its own shape, for evaluating a part of a step. */
function nodeValues(graph: MatrixGraph): Map<string, TensorInput> {
	return new Map(
		graph.nodes.map(n => {
			const value: TensorInput =
				n.shape.length === 0 ? (n.rows[0]?.[0] ?? Number.NaN) : n.shape.length === 1 ? (n.rows[0] ?? []) : n.rows;
			return [n.name, value] as const;
		}),
	);
}

/** ∂output/∂node, cell by cell, with the mistakes a learner makes on it. */
function gradientCells(
	graph: MatrixGraph,
	node: MatrixNode,
	variant: (v: Variant) => MatrixGraph,
	steps: readonly Step[],
	jacobianOf: (p: string, z: string) => Rows | undefined,
): Field[] {
	const out = graph.output.name;
	const expected = graph.grads.get(node.name) ?? [];
	const label = d(out, node.name);
	// The step that reads this node as one side of a product, if there is one.
	const consumer = graph.nodes.find(n => n.reads.includes(node.name));
	const layer = consumer === undefined ? undefined : matmulIn(consumer.expr);
	const upstream = consumer === undefined ? undefined : graph.grads.get(consumer.name);
	// The grid that asks the upstream gradient, when the level asks it: its accepted cells may stand in.
	const upstreamId = consumer === undefined ? '' : `grad:${out}:${consumer.name}`;
	const mistakes: GridMistake[] = [];
	let work = label;
	let cellWork: (i: number, j: number) => {text: string; terms: Term[]; builds?: Build[]} = (i, j) => ({
		text: `${at(label, i, j, expected.length)} = ${f(expected[i]?.[j] ?? 0)}`,
		terms: [],
	});
	if (consumer !== undefined && layer !== undefined && upstream !== undefined) {
		const g = d(out, consumer.name);
		const side = layer.left === node.name ? 'left' : layer.right === node.name ? 'right' : 'bias';
		if (side !== 'bias') {
			const other = side === 'left' ? layer.right : layer.left;
			const otherRows = graph.byName.get(other)?.rows ?? [];
			// ∂L/∂A = G·Bᵀ; ∂L/∂B = Aᵀ·G.
			const [p, q] = side === 'left' ? [upstream, transposed(otherRows)] : [transposed(otherRows), upstream];
			work = side === 'left' ? `${label} = ${g}·${other}ᵀ` : `${label} = ${other}ᵀ·${g}`;
			const pName = side === 'left' ? g : `${other}ᵀ`;
			const qName = side === 'left' ? `${other}ᵀ` : g;
			cellWork = (i, j) => {
				const pairs = (p[i] ?? []).map((x, k) => [x, q[k]?.[j] ?? 0] as const);
				return {
					text: `${at(label, i, j, expected.length)} = Σₖ ${pName}[${i + 1},k]·${qName}[k,${j + 1}] = ${pairs.map(([x, y]) => `${num(x)}·${num(y)}`).join(' + ')} = ${f(expected[i]?.[j] ?? 0)}`,
					terms: pairs.map(([x, y], k) => ({
						coefficient: 1,
						factors:
							side === 'left'
								? [shown(x, `${upstreamId}[${i},${k}]`), shown(y)]
								: [shown(x), shown(y, `${upstreamId}[${k},${j}]`)],
					})),
				};
			};
			// The upstream gradient left out: a matrix of 1s in its place (∂L/∂W = Xᵀ·1).
			const ones = upstream.map(row => row.map(() => 1));
			mistakes.push({
				values: side === 'left' ? product(ones, transposed(otherRows)) : product(transposed(otherRows), ones),
				reason: 'matmulNoUpstream',
				params: {upstream: g, rule: work},
			});
			// Through softmax with cross-entropy, P typed where ∂L/∂Z = (P − Y)/N belongs: Xᵀ·P for Xᵀ·(P − Y).
			const noLabel = withoutLabel(graph, steps, consumer.name, upstream);
			if (noLabel !== undefined)
				mistakes.push({
					values:
						side === 'left'
							? product(noLabel.rows, transposed(otherRows))
							: product(transposed(otherRows), noLabel.rows),
					reason: 'ceLabelNotSubtractedUpstream',
					params: {
						rule: work,
						upstream: g,
						typed: side === 'left' ? `${noLabel.name}·${other}ᵀ` : `${other}ᵀ·${noLabel.name}`,
					},
				});
			// Every product of G or Gᵀ with B or Bᵀ, either way round, that has the right shape but not the right numbers.
			for (const x of [upstream, transposed(upstream)])
				for (const y of [otherRows, transposed(otherRows)])
					for (const [l, r] of [
						[x, y],
						[y, x],
					] as const) {
						if ((l[0]?.length ?? 0) !== r.length) continue;
						const values = product(l, r);
						if (values.length === expected.length && values[0]?.length === expected[0]?.length)
							mistakes.push({values, reason: 'matmulOrder', params: {rule: work, other, upstream: g}});
					}
		} else {
			work = biasRule(label, g);
		}
	}
	if (consumer?.expr?.kind === 'call' && consumer.expr.fn === 'relu' && upstream !== undefined) {
		const g = d(out, consumer.name);
		work = `${label} = ${g} ⊙ (${node.name} > 0)`;
		// The mask read off the gradient's sign, not off the ReLU's input.
		mistakes.push({
			values: upstream.map(row => row.map(x => (x > 0 ? x : 0))),
			reason: 'reluMaskFromGradient',
			params: {upstream: g, input: node.name},
		});
		cellWork = (i, j) => {
			const mask = (node.rows[i]?.[j] ?? 0) > 0 ? 1 : 0;
			return {
				text: `${at(label, i, j, expected.length)} = ${num(upstream[i]?.[j] ?? 0)}·${mask} = ${f(expected[i]?.[j] ?? 0)}`,
				terms: [{coefficient: mask, factors: [shown(upstream[i]?.[j] ?? 0, `${upstreamId}[${i},${j}]`)]}],
			};
		};
	}
	// A value broadcast over the rows of the batch: its gradient sums the upstream rows.
	const operand = layer !== undefined && (layer.left === node.name || layer.right === node.name);
	if (consumer !== undefined && upstream !== undefined && !operand && expected.length === 1 && upstream.length > 1) {
		const g = d(out, consumer.name);
		work = biasRule(label, g);
		// The rows' sum divided by their count, as a mean would.
		mistakes.push({
			values: expected.map(row => row.map(x => x / upstream.length)),
			reason: 'biasAveraged',
			params: {upstream: g, rows: String(upstream.length)},
		});
		// The upstream gradient left out: each row of the batch counted once, as 1s summed.
		mistakes.push({
			values: expected.map(row => row.map(() => upstream.length)),
			reason: 'biasNoUpstream',
			params: {upstream: g, rows: String(upstream.length)},
		});
		upstream.forEach((row, r) => {
			if (row.length === expected[0]?.length)
				mistakes.push({
					values: [row],
					reason: 'biasNotSummed',
					params: {upstream: g, row: String(r + 1), rows: String(upstream.length)},
				});
		});
		cellWork = (_, j) => {
			const column = upstream.map(row => row[j] ?? 0);
			return {
				text: `${at(label, 0, j, 1)} = ${column.map(num).join(' + ')} = ${f(expected[0]?.[j] ?? 0)}`,
				terms: column.map((x, r) => ({coefficient: 1, factors: [shown(x, `${upstreamId}[${r},${j}]`)]})),
			};
		};
	}
	// A mean squared error: ∂L/∂D = 2D/N for L = mean(D ^ 2), and the same through D = P − T for P.
	const loss = graph.output.expr;
	const squared =
		loss?.kind === 'call' &&
		loss.fn === 'mean' &&
		loss.args.length === 1 &&
		loss.args[0]?.kind === 'binary' &&
		loss.args[0].op === '^' &&
		loss.args[0].left.kind === 'name' &&
		loss.args[0].right.kind === 'number' &&
		loss.args[0].right.value === 2
			? loss.args[0].left.name
			: undefined;
	const error = squared === undefined ? undefined : graph.byName.get(squared);
	const difference =
		error?.expr?.kind === 'binary' &&
		error.expr.op === '-' &&
		error.expr.left.kind === 'name' &&
		error.expr.right.kind === 'name'
			? {left: error.expr.left.name, right: error.expr.right.name}
			: undefined;
	if (error !== undefined && (node.name === error.name || node.name === difference?.left)) {
		const count = error.rows.length * (error.rows[0]?.length ?? 1);
		const written = node.name === error.name ? error.name : `(${difference?.left} − ${difference?.right})`;
		work = `${label} = 2·${written}/${count}`;
		cellWork = (i, j) => {
			const e = error.rows[i]?.[j] ?? 0;
			return {
				text: `${at(label, i, j, expected.length)} = 2·${num(e)}/${count} = ${f(expected[i]?.[j] ?? 0)}`,
				terms: [{coefficient: 2 / count, factors: [shown(e, `value:${error.name}[${i},${j}]`)]}],
			};
		};
	}
	// Through a softmax into a cross-entropy: ∂L/∂Z = (P − Y)/N, and the mistakes made on it.
	const softmax = softmaxReading(graph, node.name);
	const ceLabel = softmax === undefined ? undefined : crossEntropyLabel(steps, softmax.name);
	if (softmax !== undefined && ceLabel !== undefined) {
		const s = softmaxGradient(graph, node, softmax, ceLabel, expected, jacobianOf(softmax.name, node.name));
		work = s.work;
		mistakes.push(...s.mistakes);
		cellWork = (i, j) => ({
			text: `${at(label, i, j, expected.length)} = ${s.text(i, j)} = ${f(expected[i]?.[j] ?? 0)}`,
			terms: [],
			builds: s.builds(i, j),
		});
	}
	// Out of a softmax into its cross-entropy: ∂L/∂P = −Y/(N·P).
	const ownLabel = crossEntropyLabel(steps, node.name);
	const labelRows = ownLabel === undefined ? undefined : graph.byName.get(ownLabel)?.rows;
	if (node.expr?.kind === 'call' && node.expr.fn === 'softmax' && labelRows !== undefined) {
		const u = crossEntropyUpstream(node, labelRows, expected);
		work = u.work;
		cellWork = (i, j) => {
			const y = labelRows[i]?.[j] ?? 0;
			const p = node.rows[i]?.[j] ?? 0;
			return {
				text: `${at(label, i, j, expected.length)} = ${y === 0 ? '0' : `−${num(y)}/${num(p)}`} = ${f(expected[i]?.[j] ?? 0)}`,
				terms: [],
				builds: u.builds(i, j),
			};
		};
	}
	const means = steps.filter(step => /\bmean\(/.test(printExpr(step.expr)));
	if (means.length > 0 && node.name !== out) {
		// N read off the two passes at the cell with the largest gradient.
		const summed = variant('mean-as-sum').grads.get(node.name) ?? [];
		let [bi, bj, largest] = [0, 0, 0];
		expected.forEach((row, i) => {
			row.forEach((x, j) => {
				if (Math.abs(x) > largest) [bi, bj, largest] = [i, j, Math.abs(x)];
			});
		});
		const n = largest === 0 ? 'N' : String(Math.round((summed[bi]?.[bj] ?? 0) / (expected[bi]?.[bj] ?? 1)));
		mistakes.push({values: variant('mean-as-sum').grads.get(node.name) ?? [], reason: 'meanForgotN', params: {n}});
		mistakes.push({values: variant('mean-twice').grads.get(node.name) ?? [], reason: 'meanTwiceN', params: {n}});
	}
	if (graph.nodes.some(n => n.expr?.kind === 'call' && n.expr.fn === 'relu'))
		mistakes.push({values: variant('relu-unmasked').grads.get(node.name) ?? [], reason: 'reluMaskIgnored', params: {}});
	mistakes.push({values: expected.map(row => row.map(x => -x)), reason: 'wrongSign', params: {}});
	const grid: Grid = {
		id: `grad:${out}:${node.name}`,
		kind: 'matrix',
		label,
		rows: expected.length,
		cols: expected[0]?.length ?? 0,
		node: node.name,
		mistakes: distinct(expected, mistakes),
		work,
	};
	return cellsOf(grid, 'gradient', expected, (i, j) => at(label, i, j, expected.length), cellWork);
}

/** Mistakes that differ from the answer and from each other; the first, most specific, wins. */
function distinct(expected: Rows, mistakes: readonly GridMistake[]): GridMistake[] {
	return mistakes.filter(
		(m, i) =>
			m.values.length === expected.length &&
			!sameRows(m.values, expected) &&
			m.values.every(row => row.every(Number.isFinite)) &&
			!mistakes.slice(0, i).some(e => sameRows(e.values, m.values)),
	);
}
