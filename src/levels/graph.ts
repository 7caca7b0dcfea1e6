import {entryOf, itemAt} from '../engine/checked.js';
import {EngineDomainError, Value} from '../engine/index.js';
import {type Expr, FormulaError, namesIn, printMaths, type Step} from './formula.js';
import {assertNever, infixOperator, type OperatorName, operatorOfEngineOp, operators, scalarRule} from './operators.js';

/**
 * What a named node is: an input, a step with its main operation, a step that
 * only renames another node, or an `expression` whose main operation alone
 * would misdescribe it (½(a − t)² is not a product of a and t). Domain names
 * only; the circuit picks the glyphs.
 */
export type NodeOp = 'input' | OperatorName | 'rename' | 'expression';

/** One named node: an input or a step of the formula. */
export type NamedNode = {
	readonly name: string;
	readonly value: Value;
	readonly op: NodeOp;
	/** The step's expression as printed maths, `½·(a − t)²` (for inputs, the name). */
	readonly text: string;
	/**
	 * The named nodes this step reads, each with the step's local derivative
	 * ∂step/∂dep (summed when the step reads a name twice), in order of first use.
	 */
	readonly deps: readonly {readonly name: string; readonly local: number}[];
};

export type LevelGraph = {
	/** Inputs first, then steps in formula order. */
	readonly nodes: readonly NamedNode[];
	readonly byName: ReadonlyMap<string, NamedNode>;
	/** The node the level differentiates: its last step unless a level names another. */
	readonly output: NamedNode;
};

/** A problem building the graph; `column` is set when it points into the formula. */
export class GraphError extends Error {
	override name = 'GraphError';
	readonly column: number | undefined;

	constructor(message: string, column?: number) {
		super(column === undefined ? message : `${message} at column ${column}`);
		this.column = column;
	}
}

const stepOp = (value: Value): NodeOp => (value.op === 'input' ? 'input' : operatorOfEngineOp(value.op));

const isLeaf = (e: Expr) => e.kind === 'name' || e.kind === 'number';

// A term of a weighted sum: a leaf, a product of two leaves, or a sum of such terms.
const isSumTerm = (e: Expr): boolean =>
	isLeaf(e) ||
	(e.kind === 'binary' && e.op === '*' && isLeaf(e.left) && isLeaf(e.right)) ||
	(e.kind === 'binary' && (e.op === '+' || e.op === '-') && isSumTerm(e.left) && isSumTerm(e.right));

/**
 * Whether a step's main operation tells the truth about it when drawn as one
 * gate fed by the names it reads: an op on plain names and numbers, a weighted
 * sum (the neuron's Σ), or an activation of anything.
 */
function readsAsOneGate(expr: Expr): boolean {
	switch (expr.kind) {
		case 'name':
		case 'number':
		case 'call':
			return true;
		case 'negate':
			return isLeaf(expr.arg);
		case 'binary':
			if (isLeaf(expr.left) && isLeaf(expr.right)) return true;
			return (expr.op === '+' || expr.op === '-') && isSumTerm(expr);
		default:
			return assertNever(expr);
	}
}

/**
 * Runs the formula forward on the engine. Every value, gradient and local
 * derivative a level asks about is read off the graph this returns.
 */
export function buildGraph(
	steps: readonly Step[],
	inputs: Readonly<Record<string, number>>,
	outputName?: string,
): LevelGraph {
	const nodes: NamedNode[] = [];
	const byName = new Map<string, NamedNode>();
	const nameOf = new Map<Value, string>();

	for (const [name, data] of Object.entries(inputs)) {
		const value = new Value(data, name);
		const node: NamedNode = {name, value, op: 'input', text: name, deps: []};
		nodes.push(node);
		byName.set(name, node);
		nameOf.set(value, name);
	}

	for (const step of steps) {
		if (byName.has(step.name)) {
			const what = byName.get(step.name)?.op === 'input' ? 'an input' : 'an earlier step';
			throw new GraphError(`step '${step.name}' has the same name as ${what}`, step.column);
		}
		for (const ref of namesIn(step.expr)) {
			if (ref.kind === 'name' && !byName.has(ref.name)) {
				throw new GraphError(`unknown name '${ref.name}' in step '${step.name}'`, ref.column);
			}
		}
		let value: Value;
		try {
			value = evaluate(step.expr, byName);
			// A step that only renames another node still needs a node of its own.
			if (nameOf.has(value)) value = value.add(0);
		} catch (error) {
			if (error instanceof EngineDomainError) {
				throw new GraphError(
					`step '${step.name}' has no finite value at the given inputs: ${error.message}`,
					step.column,
				);
			}
			throw error;
		}
		if (!Number.isFinite(value.data)) {
			throw new GraphError(`step '${step.name}' is not finite at the given inputs (${value.data})`, step.column);
		}
		value.label = step.name;
		const node: NamedNode = {
			name: step.name,
			value,
			op: step.expr.kind === 'name' ? 'rename' : readsAsOneGate(step.expr) ? stepOp(value) : 'expression',
			text: printMaths(step.expr),
			deps: stepLocals(value, nameOf),
		};
		nodes.push(node);
		byName.set(step.name, node);
		nameOf.set(value, step.name);
		stepExprs.set(node, step.expr);
	}

	const last = nodes[nodes.length - 1];
	const output = outputName === undefined ? last : byName.get(outputName);
	if (output === undefined) throw new GraphError(`the output '${outputName ?? ''}' is not a node of the graph`);
	return {nodes, byName, output};
}

/** Each step's expression, for working a step out again at other values (see stepAt). */
const stepExprs = new WeakMap<NamedNode, Expr>();

/**
 * Step `node` worked out again on the engine with the names it reads set to
 * `values` (a learner's rounded numbers): its value and each local derivative.
 * Undefined for an input, or where the step has no finite value there.
 */
export function stepAt(node: NamedNode, values: ReadonlyMap<string, number>): StepResult | undefined {
	const expr = stepExprs.get(node);
	if (expr === undefined) return undefined;
	// A reach works a step out at the corners of its inputs' boxes once for its value and once
	// per local derivative: the same few points, so the last ones are kept per node.
	const inputs = node.deps.map(dep => values.get(dep.name) ?? 0);
	const seen = stepsWorked.get(node) ?? [];
	const hit = seen.find(entry => entry.inputs.every((x, i) => Object.is(x, inputs[i])));
	if (hit !== undefined) return hit.result;
	const result = workStep(node, expr, values);
	if (seen.length === stepsKept) seen.shift();
	seen.push({inputs, result});
	stepsWorked.set(node, seen);
	return result;
}

type StepResult = {readonly value: number; readonly locals: ReadonlyMap<string, number>};

const stepsKept = 16;
const stepsWorked = new WeakMap<NamedNode, {inputs: readonly number[]; result: StepResult | undefined}[]>();

function workStep(node: NamedNode, expr: Expr, values: ReadonlyMap<string, number>): StepResult | undefined {
	const byName = new Map<string, NamedNode>();
	const nameOf = new Map<Value, string>();
	for (const dep of node.deps) {
		const value = new Value(values.get(dep.name) ?? 0, dep.name);
		byName.set(dep.name, {name: dep.name, value, op: 'input', text: dep.name, deps: []});
		nameOf.set(value, dep.name);
	}
	try {
		let root = evaluate(expr, byName);
		// A step that only renames a name still has the slope 1.
		if (nameOf.has(root)) root = root.add(0);
		if (!Number.isFinite(root.data)) return undefined;
		const locals = new Map(stepLocals(root, nameOf).map(({name, local}) => [name, local]));
		return {value: root.data, locals};
	} catch (error) {
		if (error instanceof EngineDomainError) return undefined;
		throw error;
	}
}

function evaluate(expr: Expr, byName: ReadonlyMap<string, NamedNode>): Value {
	switch (expr.kind) {
		case 'number':
			return new Value(expr.value);
		case 'name':
			return entryOf(byName, expr.name).value;
		case 'negate':
			return onNumbers('neg', expr.column).apply([evaluate(expr.arg, byName)]);
		case 'call':
			return onNumbers(expr.fn, expr.column).apply(expr.args.map(arg => evaluate(arg, byName)));
		case 'binary': {
			const op = infixOperator(expr.op);
			if (op === 'pow' && namesIn(expr.right).length > 0)
				throw new FormulaError('the exponent after ^ must be a number', expr.column);
			return onNumbers(op, expr.column).apply([evaluate(expr.left, byName), evaluate(expr.right, byName)]);
		}
		default:
			return assertNever(expr);
	}
}

/** The operation on numbers; an operation only matrices have is an error in a level of numbers. */
function onNumbers(op: OperatorName, column: number) {
	const rule = scalarRule(op);
	if (rule === undefined) {
		const {syntax} = operators[op];
		const written = syntax.kind === 'function' ? syntax.name : syntax.symbol;
		throw new FormulaError(`'${written}' works on matrices; only a matrix level can use it`, column);
	}
	return rule;
}

/**
 * ∂step/∂name for each named node a step reads, holding the other named nodes
 * fixed: the product of the engine's local derivatives down the step's own
 * expression, summed where a name appears twice.
 */
function stepLocals(root: Value, nameOf: ReadonlyMap<Value, string>): {name: string; local: number}[] {
	const locals = new Map<string, number>();
	// A step's expression is a tree whose leaves are named nodes or constants.
	const walk = (node: Value, weight: number) => {
		node.inputs.forEach((input, i) => {
			const w = weight * itemAt(node.localGrads, i);
			const name = nameOf.get(input);
			if (name !== undefined) locals.set(name, (locals.get(name) ?? 0) + w);
			else if (input.op !== 'input') walk(input, w);
		});
	};
	walk(root, 1);
	return [...locals].map(([name, local]) => ({name, local}));
}

/** ∂root/∂node for every named node, by one backward pass from `root`. */
export function gradientsFrom(graph: LevelGraph, root: NamedNode): Map<string, number> {
	const order = root.value.topologicalOrder();
	for (const v of order) v.grad = 0;
	root.value.backward();
	const reached = new Set(order);
	const grads = new Map<string, number>();
	for (const node of graph.nodes) grads.set(node.name, reached.has(node.value) ? node.value.grad : 0);
	return grads;
}

/**
 * How many paths of named nodes lead from each node down to `to`, counted
 * without listing them: steps only read earlier nodes, so one pass in graph
 * order adds up the counts (forty steps can have a hundred million paths).
 * A node missing from the map, or at 0, never reaches `to`. Stops at `from`.
 */
function pathCounts(graph: LevelGraph, to: string, from?: string): Map<string, number> {
	const counts = new Map<string, number>([[to, 1]]);
	for (const node of graph.nodes) {
		if (node.name === to) continue;
		let total = 0;
		for (const dep of node.deps) total += counts.get(dep.name) ?? 0;
		counts.set(node.name, total);
		if (node.name === from) break;
	}
	return counts;
}

/** How many paths of named nodes lead from `from` down to `to`; linear in the graph's size. */
export function countPaths(graph: LevelGraph, from: string, to: string): number {
	return pathCounts(graph, to, from).get(from) ?? 0;
}

/** Paths namedPaths lists at most; more is never a level, and listing them could take forever. */
export const maxListedPaths = 64;

/**
 * Every path of named nodes from `from` down to `to`, each with the product of
 * its step-local derivatives. The count is checked before anything is listed,
 * and the walk only enters nodes that reach `to`, so its work is bounded by
 * the paths it returns, never by the branches below `from` that lead elsewhere.
 */
export function namedPaths(graph: LevelGraph, from: string, to: string): {nodes: string[]; product: number}[] {
	const counts = pathCounts(graph, to, from);
	const count = counts.get(from) ?? 0;
	if (count > maxListedPaths) {
		throw new GraphError(`'${to}' reaches '${from}' by ${count} paths; a level can show at most ${maxListedPaths}`);
	}
	const paths: {nodes: string[]; product: number}[] = [];
	const walk = (name: string, trail: string[], product: number) => {
		if (name === to) {
			paths.push({nodes: trail, product});
			return;
		}
		for (const dep of graph.byName.get(name)?.deps ?? []) {
			if ((counts.get(dep.name) ?? 0) > 0) walk(dep.name, [...trail, dep.name], product * dep.local);
		}
	};
	if (count > 0) walk(from, [from], 1);
	return paths;
}
