// A matrix level's formula run on the tensor engine: every named step's shape
// is checked first (a mismatch names the step and both shapes), then the
// steps run forward, and one backward pass from the loss gives each named
// node's gradient. Every number a matrix level asks is read off this graph.

import {entryOf} from '../engine/checked.js';
import {labelIn, labelProblem} from './cross-entropy-label.js';
import {type Expr, FormulaError, namesIn, printExpr, type Step} from './formula.js';
import {GraphError} from './graph.js';
import {assertNever, constantLast, infixOperator, type OperatorName, operators, tensorRule} from './operators.js';
import {asRows, type Shape, shapeOfArray, showShape, sizeOf} from './shape.js';
import {constantTensor, type Tensor, tensorFrom} from './tensor-type.js';

/** What a level's `inputs` may hold: a number, a vector or a matrix. */
export type TensorInput = number | readonly number[] | readonly (readonly number[])[];

export type MatrixNode = {
	readonly name: string;
	/** `input`, the step's main operation, or `expression` for anything more (X @ W + b). */
	readonly op: 'input' | OperatorName | 'expression';
	/** The step's expression as written (for inputs, the name). */
	readonly text: string;
	readonly expr: Expr | undefined;
	readonly shape: Shape;
	/** The value as rows: a number is 1×1, a vector one row. */
	readonly rows: readonly (readonly number[])[];
	/** The named nodes the step reads, in order of first use. */
	readonly reads: readonly string[];
};

export type MatrixGraph = {
	/** Inputs first, then steps in formula order. */
	readonly nodes: readonly MatrixNode[];
	readonly byName: ReadonlyMap<string, MatrixNode>;
	/** The node differentiated: the level's output, else the last step. */
	readonly output: MatrixNode;
	/** ∂output/∂node as rows for every named node, when the output is one number; else empty. */
	readonly grads: ReadonlyMap<string, readonly (readonly number[])[]>;
};

/**
 * How the backward pass may be bent to reproduce a learner's mistake: ReLU
 * passing every gradient (the mask ignored), a mean that forgets its ÷N or
 * divides twice. The forward values stay as they are.
 */
export type Variant = 'exact' | 'relu-unmasked' | 'mean-as-sum' | 'mean-twice' | 'log-ten';

/** Each step's shape, or a GraphError naming the step and the shapes that don't fit. */
export function stepShapes(steps: readonly Step[], inputs: Readonly<Record<string, TensorInput>>): Map<string, Shape> {
	const shapes = new Map<string, Shape>();
	for (const [name, value] of Object.entries(inputs)) {
		const shape = shapeOfArray(value);
		if (shape === undefined) throw new GraphError(`input '${name}' is not a number, a list or a matrix of equal rows`);
		shapes.set(name, shape);
	}
	for (const step of steps) {
		if (shapes.has(step.name)) {
			const what = step.name in inputs ? 'an input' : 'an earlier step';
			throw new GraphError(`step '${step.name}' has the same name as ${what}`, step.column);
		}
		for (const ref of namesIn(step.expr)) {
			if (ref.kind === 'name' && !shapes.has(ref.name))
				throw new GraphError(`unknown name '${ref.name}' in step '${step.name}'`, ref.column);
		}
		checkLabels(step, steps, shapes, inputs);
		shapes.set(step.name, shapeOf(step.expr, shapes, step));
	}
	return shapes;
}

/**
 * A cross-entropy's label, −sum(Y * log(P)) over P = softmax(Z): it must be
 * one-hot over P's classes, so a label outside the classes is refused here,
 * before the shapes of the step are compared.
 */
function checkLabels(
	step: Step,
	steps: readonly Step[],
	shapes: ReadonlyMap<string, Shape>,
	inputs: Readonly<Record<string, TensorInput>>,
): void {
	for (const earlier of steps) {
		if (earlier === step) return;
		if (!(earlier.expr.kind === 'call' && earlier.expr.fn === 'softmax')) continue;
		const label = labelIn(step.expr, earlier.name);
		const value = label === undefined ? undefined : inputs[label];
		if (label === undefined || value === undefined) continue;
		const classes = shapes.get(earlier.name)?.at(-1) ?? 1;
		const problem = labelProblem(value, classes);
		if (problem !== undefined)
			throw new GraphError(`step ${step.name} = ${printExpr(step.expr)}: the label ${label} ${problem}`, step.column);
	}
}

/** A step's expression at other values of the names it reads (a learner's rounded numbers); undefined where it has none. */
export function evaluateStep(expr: Expr, values: ReadonlyMap<string, TensorInput>): number[][] | undefined {
	const tensors = new Map([...values].map(([name, value]) => [name, tensorFrom(value)] as const));
	try {
		return asRows(run(expr, tensors, 'exact').toArray() as TensorInput);
	} catch {
		return undefined;
	}
}

/** The constant a formula writes as an operation's last argument (an axis, an exponent). */
function constantOf(expr: Expr | undefined, what: string, column: number): number | undefined {
	if (expr === undefined) return undefined;
	if (expr.kind === 'number') return expr.value;
	if (expr.kind === 'negate' && expr.arg.kind === 'number') return -expr.arg.value;
	throw new FormulaError(`${what} must be a number written in the formula`, column);
}

/** The operation an expression applies, its operands and its constant. */
function parts(expr: Expr): {op: OperatorName; operands: Expr[]; constant: number | undefined} | undefined {
	switch (expr.kind) {
		case 'number':
		case 'name':
			return undefined;
		case 'negate':
			return {op: 'neg', operands: [expr.arg], constant: undefined};
		case 'binary': {
			const op = infixOperator(expr.op);
			if (op === 'pow')
				return {
					op,
					operands: [expr.left],
					constant: constantOf(expr.right, 'the exponent after ^', expr.column),
				};
			return {op, operands: [expr.left, expr.right], constant: undefined};
		}
		case 'call': {
			const takesConstant = constantLast(expr.fn) !== undefined;
			if (!takesConstant) return {op: expr.fn, operands: [...expr.args], constant: undefined};
			const [value, axis] = expr.args;
			return {
				op: expr.fn,
				operands: value === undefined ? [] : [value],
				constant: constantOf(axis, `the axis of ${expr.fn}`, expr.column),
			};
		}
		default:
			return assertNever(expr);
	}
}

function shapeOf(expr: Expr, shapes: ReadonlyMap<string, Shape>, step: Step): Shape {
	if (expr.kind === 'number') return [];
	if (expr.kind === 'name') return shapes.get(expr.name) ?? [];
	const p = parts(expr) as NonNullable<ReturnType<typeof parts>>;
	const rule = tensorRule(p.op);
	if (rule === undefined) {
		const {syntax} = operators[p.op];
		const written = syntax.kind === 'function' ? syntax.name : syntax.symbol;
		throw new FormulaError(`'${written}' works on numbers only, not in a matrix level`, expr.column);
	}
	const operandShapes = p.operands.map(operand => shapeOf(operand, shapes, step));
	const shape = rule.shape(operandShapes, p.constant);
	if ('error' in shape) {
		const each = p.operands.map((operand, i) => `${printExpr(operand)} is ${showShape(operandShapes[i] ?? [])}`);
		throw new GraphError(
			`step ${step.name} = ${printExpr(step.expr)}: ${each.join(', ')} (${shape.error})`,
			expr.column,
		);
	}
	return shape;
}

/** Runs the formula on the tensor engine, then backward from the output when it is one number. */
export function buildMatrixGraph(
	steps: readonly Step[],
	inputs: Readonly<Record<string, TensorInput>>,
	outputName?: string,
	variant: Variant = 'exact',
): MatrixGraph {
	const shapes = stepShapes(steps, inputs);
	const tensors = new Map<string, Tensor>();
	const nodes: MatrixNode[] = [];
	for (const [name, value] of Object.entries(inputs)) {
		tensors.set(name, tensorFrom(value));
		nodes.push({name, op: 'input', text: name, expr: undefined, shape: shapes.get(name) ?? [], rows: [], reads: []});
	}
	for (const step of steps) {
		let tensor = run(step.expr, tensors, variant);
		// A step that only renames another node still needs a node of its own.
		if (step.expr.kind === 'name') tensor = tensor.add(constantTensor(0));
		tensors.set(step.name, tensor);
		const p = parts(step.expr);
		const simple = p?.operands.every(o => o.kind === 'name' || o.kind === 'number') ?? false;
		nodes.push({
			name: step.name,
			op: p !== undefined && simple ? p.op : 'expression',
			text: printExpr(step.expr),
			expr: step.expr,
			shape: shapes.get(step.name) ?? [],
			rows: [],
			reads: [...new Set(namesIn(step.expr).flatMap(n => (n.kind === 'name' ? [n.name] : [])))],
		});
	}
	const valued = nodes.map(node => {
		const rows = asRows(tensors.get(node.name)?.toArray() as TensorInput);
		if (rows.some(row => row.some(x => !Number.isFinite(x))))
			throw new GraphError(`step '${node.name}' is not finite at the given inputs`);
		return {...node, rows};
	});
	const byName = new Map(valued.map(n => [n.name, n]));
	const output = outputName === undefined ? valued[valued.length - 1] : byName.get(outputName);
	if (output === undefined) throw new GraphError(`the output '${outputName ?? ''}' is not a node of the graph`);
	const grads = new Map<string, number[][]>();
	if (sizeOf(output.shape) === 1) {
		entryOf(tensors, output.name).backward();
		for (const node of valued) grads.set(node.name, asRows(tensors.get(node.name)?.gradArray() as TensorInput));
	}
	return {nodes: valued, byName, output, grads};
}

function run(expr: Expr, tensors: ReadonlyMap<string, Tensor>, variant: Variant): Tensor {
	if (expr.kind === 'number') return constantTensor(expr.value);
	if (expr.kind === 'name') return entryOf(tensors, expr.name);
	const p = parts(expr) as NonNullable<ReturnType<typeof parts>>;
	const args = p.operands.map(operand => run(operand, tensors, variant));
	const rule = tensorRule(p.op);
	if (rule === undefined) throw new FormulaError('not a matrix operation', expr.column);
	const [x] = args;
	if (variant === 'relu-unmasked' && p.op === 'relu' && x !== undefined) {
		// The same values, but the gradient flows through as if the slope were 1 everywhere.
		const fixed = tensorFrom(difference(x.relu().toArray() as TensorInput, x.toArray() as TensorInput));
		return x.add(fixed);
	}
	if (variant === 'mean-as-sum' && p.op === 'mean' && x !== undefined) return x.sum(p.constant);
	if (variant === 'mean-twice' && p.op === 'mean' && x !== undefined) {
		const out = x.mean(p.constant);
		return out.mul(constantTensor(sizeOf(out.shape) / sizeOf(x.shape)));
	}
	// A natural log worked out in base 10, as a calculator's log key does.
	if (variant === 'log-ten' && p.op === 'log') return rule.apply(args, p.constant).mul(constantTensor(1 / Math.LN10));
	return rule.apply(args, p.constant);
}

function difference(a: TensorInput, b: TensorInput): TensorInput {
	if (typeof a === 'number') return a - (b as number);
	return (a as readonly TensorInput[]).map((row, i) =>
		difference(row, (b as readonly TensorInput[])[i] as TensorInput),
	) as TensorInput;
}
