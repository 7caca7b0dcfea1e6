import {addAt, valueAt} from './checked.js';
import {EngineDomainError, EngineShapeError} from './errors.js';
import {
	addBackward,
	addForward,
	type BroadcastPlan,
	copyBackward,
	crossEntropyBackward,
	divBackward,
	divForward,
	expBackward,
	logBackward,
	matmulBackward,
	matmulForward,
	mulBackward,
	mulForward,
	negBackward,
	powBackward,
	reduceBackward,
	reluBackward,
	sigmoidBackward,
	softmaxBackward,
	subForward,
	tanhBackward,
	transposeBackward,
} from './tensor-kernels.js';
import {
	asRowsColumns,
	broadcast,
	formatShape,
	type NestedArray,
	readNested,
	type Shape,
	sizeOf,
	toNested,
} from './tensor-shape.js';

/** The operation that produced a tensor; `input` marks a leaf. */
export type TensorOp =
	| 'input'
	| 'add'
	| 'sub'
	| 'mul'
	| 'div'
	| 'neg'
	| 'pow'
	| 'exp'
	| 'log'
	| 'tanh'
	| 'sigmoid'
	| 'relu'
	| 'matmul'
	| 'transpose'
	| 'reshape'
	| 'sum'
	| 'mean'
	| 'softmax'
	| 'crossEntropy';

type Operand = Tensor | number;

/** Options of `sum` and `mean` over one axis. */
export type ReduceOptions = {
	/** Keep the summed axis with length 1 (NumPy's keepdims), so the result broadcasts back over it. @default false */
	readonly keepDims?: boolean;
};

/**
 * A scalar, vector or matrix in a computation graph, with its gradient.
 *
 * Values sit row-major in a Float64Array. Each operation computes its result
 * and, right below, the closure that passes the gradient back to its inputs
 * (adding with +=, so an input used twice gets both contributions).
 * Broadcasting follows NumPy: shapes line up from the last axis, and an axis
 * of length 1 (or a missing one) repeats; its backward rule sums the gradient
 * over the repeated axis.
 */
export class Tensor {
	readonly shape: Shape;
	/** The values, row-major. Writable in place (a training step updates parameters this way). */
	readonly data: Float64Array;
	readonly op: TensorOp;
	/** The tensors this one was computed from, in operand order. */
	readonly inputs: readonly Tensor[];
	/** A name for messages and drawings (`X`, `W1`); empty for intermediate results. */
	label: string;
	#grad: Float64Array | null = null;
	/** Where this tensor's buffers come from, when it was computed inside `TensorArena.run`. */
	readonly #arena: TensorArena | undefined = activeArena;
	#backward: (() => void) | null = null;

	private constructor(shape: Shape, data: Float64Array, op: TensorOp, inputs: readonly Tensor[], label: string) {
		this.shape = shape;
		this.data = data;
		this.op = op;
		this.inputs = inputs;
		this.label = label;
	}

	/** A tensor from a number, a list of numbers (a vector) or a list of equal-length rows (a matrix). */
	static from(nested: NestedArray, label = ''): Tensor {
		const {shape, values} = readNested(nested, label === '' ? 'Tensor.from' : label);
		return new Tensor(shape, Float64Array.from(values), 'input', [], label);
	}

	/** A leaf of the given shape with flat row-major values (copied). */
	static fromFlat(shape: Shape, values: ArrayLike<number>, label = ''): Tensor {
		checkShape(shape);
		if (values.length !== sizeOf(shape)) {
			throw new EngineShapeError(
				`${label || 'Tensor.fromFlat'}: shape ${formatShape(shape)} holds ${sizeOf(shape)} values, got ${values.length}`,
			);
		}
		return new Tensor([...shape], Float64Array.from(values), 'input', [], label);
	}

	/** A leaf of zeros. */
	static zeros(shape: Shape, label = ''): Tensor {
		checkShape(shape);
		return new Tensor([...shape], new Float64Array(sizeOf(shape)), 'input', [], label);
	}

	/** Number of values. */
	get size(): number {
		return this.data.length;
	}

	/** ∂root/∂this after root.backward(), row-major; zeros before. Accumulated with +=. */
	get grad(): Float64Array {
		this.#grad ??= this.#arena === undefined ? new Float64Array(this.size) : this.#arena.take(this.size);
		return this.#grad;
	}

	/** The one value of a one-element tensor. */
	item(): number {
		if (this.size !== 1) throw new EngineShapeError(`item: ${this.describe()} has ${this.size} values, not one`);
		return valueAt(this.data, 0);
	}

	/** The values as a plain number, list or list of rows. */
	toArray(): NestedArray {
		return toNested(this.shape, this.data);
	}

	/** The gradient in the same nested form as toArray(). */
	gradArray(): NestedArray {
		return toNested(this.shape, this.grad);
	}

	/** Sets the gradient back to zeros (before the next backward pass through a reused leaf). */
	zeroGrad(): void {
		this.#grad?.fill(0);
	}

	// --- element-wise arithmetic, broadcasting as NumPy does ---
	// Each loop writes straight into the typed arrays: no callback returns a
	// number, so no element is boxed on the heap, and a training step makes no
	// garbage per element. The loops of the backward rules are module functions
	// in tensor-kernels.ts (which says why); the closures here only call them.

	/** this + other. ∂/∂this = 1, ∂/∂other = 1. */
	add(other: Operand): Tensor {
		const {out, b, plan} = this.#binary('add', other);
		addForward(out.data, this.data, b.data, plan);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			addBackward(ga, b.grad, g, plan, 1);
		};
		return out;
	}

	/** this − other. ∂/∂this = 1, ∂/∂other = −1. */
	sub(other: Operand): Tensor {
		const {out, b, plan} = this.#binary('sub', other);
		subForward(out.data, this.data, b.data, plan);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			addBackward(ga, b.grad, g, plan, -1);
		};
		return out;
	}

	/** this · other, element by element. ∂/∂this = other, ∂/∂other = this. */
	mul(other: Operand): Tensor {
		const {out, b, plan} = this.#binary('mul', other);
		mulForward(out.data, this.data, b.data, plan);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			mulBackward(ga, b.grad, g, this.data, b.data, plan);
		};
		return out;
	}

	/** this / other, element by element. ∂/∂this = 1/other, ∂/∂other = −this/other². */
	div(other: Operand): Tensor {
		const o = toTensor(other);
		if (o.data.includes(0)) {
			throw new EngineDomainError(`div: ${o.describe()} holds a 0, and division by zero is undefined`);
		}
		const {out, b, plan} = this.#binary('div', o);
		divForward(out.data, this.data, b.data, plan);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			divBackward(ga, b.grad, g, this.data, b.data, plan);
		};
		return out;
	}

	/** −this. ∂/∂this = −1. */
	neg(): Tensor {
		const {out, x, y} = this.#unary('neg');
		for (let i = 0; i < y.length; i++) y[i] = -valueAt(x, i);
		out.#backward = () => {
			const g = out.grad;
			negBackward(this.grad, g);
		};
		return out;
	}

	/** this^k for a constant k, element by element. ∂/∂this = k·this^(k−1). */
	pow(k: number): Tensor {
		if (!Number.isFinite(k)) throw new EngineDomainError(`pow needs a finite exponent, got ${k}`);
		for (const x of this.data) {
			if (x < 0 && !Number.isInteger(k)) {
				throw new EngineDomainError(
					`pow: ${this.describe()} holds ${x}, negative, and the exponent ${k} is not a whole number`,
				);
			}
			if (x === 0 && k < 1 && k !== 0)
				throw new EngineDomainError(`pow: ${this.describe()} holds 0, and 0^${k} has no finite slope`);
		}
		const {out, x, y} = this.#unary('pow');
		for (let i = 0; i < y.length; i++) y[i] = valueAt(x, i) ** k;
		out.#backward = () => {
			const g = out.grad;
			powBackward(this.grad, g, x, k);
		};
		return out;
	}

	/** e^this. ∂/∂this = e^this. */
	exp(): Tensor {
		const {out, x, y} = this.#unary('exp');
		for (let i = 0; i < y.length; i++) y[i] = Math.exp(valueAt(x, i));
		out.#backward = () => {
			const g = out.grad;
			expBackward(this.grad, g, y);
		};
		return out;
	}

	/** ln(this). ∂/∂this = 1/this. Defined only where every value is positive. */
	log(): Tensor {
		for (const x of this.data) {
			if (!(x > 0))
				throw new EngineDomainError(
					`log of ${this.describe()}, which holds ${x}: log is defined only for positive numbers`,
				);
		}
		const {out, x, y} = this.#unary('log');
		for (let i = 0; i < y.length; i++) y[i] = Math.log(valueAt(x, i));
		out.#backward = () => {
			const g = out.grad;
			logBackward(this.grad, g, x);
		};
		return out;
	}

	/** tanh(this). ∂/∂this = 1 − tanh². */
	tanh(): Tensor {
		const {out, x, y} = this.#unary('tanh');
		for (let i = 0; i < y.length; i++) y[i] = Math.tanh(valueAt(x, i));
		out.#backward = () => {
			const g = out.grad;
			tanhBackward(this.grad, g, y);
		};
		return out;
	}

	/** σ(this) = 1/(1+e^−this). ∂/∂this = σ·(1−σ). */
	sigmoid(): Tensor {
		const {out, x, y} = this.#unary('sigmoid');
		for (let i = 0; i < y.length; i++) y[i] = stableSigmoid(valueAt(x, i));
		out.#backward = () => {
			const g = out.grad;
			sigmoidBackward(this.grad, g, y);
		};
		return out;
	}

	/** max(0, this). ∂/∂this = 1 where this > 0, else 0 (also at 0, as `Value.relu`). */
	relu(): Tensor {
		const {out, x, y} = this.#unary('relu');
		for (let i = 0; i < y.length; i++) {
			const v = valueAt(x, i);
			y[i] = v > 0 ? v : 0;
		}
		out.#backward = () => {
			const g = out.grad;
			reluBackward(this.grad, g, x);
		};
		return out;
	}

	// --- matrices ---

	/**
	 * The matrix product this @ other. ∂L/∂this = G · otherᵀ, ∂L/∂other = thisᵀ · G
	 * for the gradient G of the result. A vector on the left is a row, on the
	 * right a column, and that axis is dropped from the result (as NumPy does).
	 */
	matmul(other: Tensor): Tensor {
		const [left, right] = [this.shape, other.shape];
		if (left.length === 0 || right.length === 0) {
			throw new EngineShapeError(
				`matmul: ${this.describe()} @ ${other.describe()}: a product of matrices needs no scalars (use mul)`,
			);
		}
		// Checked on the shapes as given, so the message names what the caller wrote.
		const [, inner] = asRowsColumns(left);
		const inner2 = right[0] ?? 1;
		if (inner !== inner2) {
			throw new EngineShapeError(
				`matmul: ${this.describe()} @ ${other.describe()}: the left has ${inner} columns but the right has ${inner2} rows`,
			);
		}
		if (left.length === 1) return this.reshape([1, inner]).matmul(other).#dropAxis(0);
		if (right.length === 1) return this.matmul(other.reshape([inner2, 1])).#dropAxis(1);
		const [n, k] = asRowsColumns(left);
		const [, m] = asRowsColumns(right);
		const a = this.data;
		const b = other.data;
		const out = this.#result([n, m], 'matmul', [this, other]);
		matmulForward(out.data, a, b, n, k, m);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			matmulBackward(ga, other.grad, g, a, b, n, k, m);
		};
		return out;
	}

	/** Rows become columns. A vector or scalar comes back unchanged (NumPy's `.T`). Backward: transpose the gradient. */
	transpose(): Tensor {
		if (this.shape.length < 2) return this;
		const [r, c] = asRowsColumns(this.shape);
		const x = this.data;
		const out = this.#result([c, r], 'transpose', [this]);
		const y = out.data;
		for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) y[j * r + i] = valueAt(x, i * c + j);
		out.#backward = () => {
			const g = out.grad;
			transposeBackward(this.grad, g, r, c);
		};
		return out;
	}

	/** The same values, row-major, in another shape of the same size. Backward: the gradient reshaped back. */
	reshape(shape: Shape): Tensor {
		checkShape(shape);
		if (sizeOf(shape) !== this.size) {
			throw new EngineShapeError(
				`reshape: ${this.describe()} has ${this.size} values; ${formatShape(shape)} holds ${sizeOf(shape)}`,
			);
		}
		const out = this.#result([...shape], 'reshape', [this]);
		out.data.set(this.data);
		out.#backward = () => {
			const g = out.grad;
			copyBackward(this.grad, g);
		};
		return out;
	}

	// --- reductions ---

	/**
	 * The sum of every value, or along one axis: for a matrix, axis 0 sums down
	 * the rows (one value per column) and axis 1 across each row (one per row);
	 * −1 is the last axis. Backward: each input value gets the gradient of the
	 * sum it went into (summing forward is broadcasting backward).
	 */
	sum(axis?: number, options: ReduceOptions = {}): Tensor {
		return this.#reduce('sum', axis, options, 1);
	}

	/** The mean of every value, or along one axis (as `sum`). Backward: the gradient divided by the count. */
	mean(axis?: number, options: ReduceOptions = {}): Tensor {
		const count = axis === undefined ? this.size : (this.shape[this.#axis('mean', axis)] ?? 1);
		return this.#reduce('mean', axis, options, 1 / count);
	}

	// --- classification ---

	/**
	 * Softmax of each row (of the whole vector for a vector): e^z / Σ e^z, with
	 * the row's largest value subtracted first so e^z cannot overflow (the result
	 * is the same). Backward, per row: ∂L/∂zⱼ = pⱼ·(gⱼ − Σₖ gₖ·pₖ).
	 */
	softmax(): Tensor {
		if (this.shape.length === 0)
			throw new EngineShapeError('softmax: a scalar has no classes to spread over; give a vector or a matrix');
		const [rows, columns] = asRowsColumns(this.shape);
		const out = this.#result(this.shape, 'softmax', [this]);
		const p = out.data;
		for (let r = 0; r < rows; r++) softmaxRow(this.data, p, r * columns, columns);
		out.#backward = () => {
			const g = out.grad;
			softmaxBackward(this.grad, g, p, rows, columns);
		};
		return out;
	}

	/**
	 * Mean cross-entropy of softmax(this) against class indices: this holds one
	 * row of logits per example, `labels` one class index (0-based) per row.
	 * L = −(1/N) Σ log pᵢ,yᵢ. Backward: ∂L/∂Z = (P − Y)/N with Y one-hot.
	 */
	crossEntropy(labels: readonly number[]): Tensor {
		if (this.shape.length === 0)
			throw new EngineShapeError(
				'crossEntropy: logits must be a vector (one example) or a matrix (one row per example)',
			);
		const [n, classes] = asRowsColumns(this.shape);
		if (labels.length !== n) {
			throw new EngineShapeError(
				`crossEntropy: ${this.describe()} has ${n} row${n === 1 ? '' : 's'} of logits but ${labels.length} label${labels.length === 1 ? '' : 's'} were given`,
			);
		}
		for (const [i, y] of labels.entries()) {
			if (!Number.isInteger(y) || y < 0 || y >= classes) {
				throw new EngineDomainError(
					`crossEntropy: label ${y} of row ${i + 1} is not a class: the classes are 0 to ${classes - 1}`,
				);
			}
		}
		const z = this.data;
		const p = buffer(this.size);
		let loss = 0;
		for (const [r, label] of labels.entries()) {
			const start = r * classes;
			softmaxRow(z, p, start, classes);
			// log p = z − max − log Σ e^(z − max), which stays finite where p underflows to 0.
			let max = -Infinity;
			for (let j = 0; j < classes; j++) max = Math.max(max, valueAt(z, start + j));
			let total = 0;
			for (let j = 0; j < classes; j++) total += Math.exp(valueAt(z, start + j) - max);
			loss -= valueAt(z, start + label) - max - Math.log(total);
		}
		const out = this.#result([], 'crossEntropy', [this]);
		out.data[0] = loss / n;
		out.#backward = () => {
			const g = valueAt(out.grad, 0) / n;
			crossEntropyBackward(this.grad, g, p, labels, classes);
		};
		return out;
	}

	// --- reverse mode ---

	/** On a one-element tensor: sets its gradient to 1, then runs every backward rule, outputs before inputs. */
	backward(): void {
		if (this.size !== 1) {
			throw new EngineShapeError(
				`backward: ${this.describe()} has ${this.size} values; start from one number (sum or mean it first)`,
			);
		}
		const order = this.topologicalOrder();
		this.grad[0] = 1;
		for (const node of order.reverse()) node.#backward?.();
	}

	/** Every tensor this one depends on, itself last; inputs always come before the tensors made from them. */
	topologicalOrder(): Tensor[] {
		const order: Tensor[] = [];
		const seen = new Set<Tensor>();
		// Each node comes off the stack twice: first to put its inputs on, then, once they are placed, to be placed.
		const stack: {node: Tensor; expanded: boolean}[] = [{node: this, expanded: false}];
		for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
			const {node, expanded} = top;
			if (expanded) {
				order.push(node);
				continue;
			}
			if (seen.has(node)) continue;
			seen.add(node);
			stack.push({node, expanded: true});
			for (const input of node.inputs.toReversed()) if (!seen.has(input)) stack.push({node: input, expanded: false});
		}
		return order;
	}

	toString(): string {
		return `Tensor(${this.label ? `${this.label}, ` : ''}${formatShape(this.shape)}, ${JSON.stringify(this.toArray())})`;
	}

	[Symbol.for('nodejs.util.inspect.custom')](): string {
		return this.toString();
	}

	/** How messages name this tensor: `X (2×3)`, or `a 2×3 matrix` when it has no label. */
	describe(): string {
		const shape = formatShape(this.shape);
		if (this.label !== '') return `${this.label} (${shape})`;
		if (this.shape.length === 0) return 'a scalar';
		return this.shape.length === 1 ? `a vector of ${shape}` : `a ${shape} matrix`;
	}

	// --- the machinery the operations share ---

	/** A result of zeros, in a buffer from the running arena if there is one. */
	#result(shape: Shape, op: TensorOp, inputs: readonly Tensor[]): Tensor {
		return new Tensor(shape, buffer(sizeOf(shape)), op, inputs, '');
	}

	/** A result of this shape, and the values in and out, for an element-by-element operation. */
	#unary(op: TensorOp): {out: Tensor; x: Float64Array; y: Float64Array} {
		const out = this.#result(this.shape, op, [this]);
		return {out, x: this.data, y: out.data};
	}

	/** The broadcast result of this and other, and how their elements line up in it. */
	#binary(op: TensorOp, other: Operand): {out: Tensor; b: Tensor; plan: BroadcastPlan} {
		const b = toTensor(other);
		const plan = broadcast(op, this.shape, b.shape, this.describe(), b.describe());
		return {out: this.#result(plan.shape, op, [this, b]), b, plan};
	}

	/** Sum along an axis (or of everything) times `scale`; backward spreads the gradient, times `scale`, over what was summed. */
	#reduce(op: 'sum' | 'mean', axis: number | undefined, {keepDims = false}: ReduceOptions, scale: number): Tensor {
		const [rows, columns] = asRowsColumns(this.shape);
		const x = this.data;
		let shape: number[];
		// Element (i, j) of the input goes into result[i·rowStep + j·columnStep].
		let rowStep = 0;
		let columnStep = 0;
		if (axis === undefined) {
			shape = keepDims ? this.shape.map(() => 1) : [];
		} else {
			const ax = this.#axis(op, axis);
			const reducesRows = this.shape.length === 2 && ax === 0;
			if (reducesRows) columnStep = 1;
			else if (this.shape.length === 2) rowStep = 1;
			shape = this.shape.map((d, i) => (i === ax ? 1 : d));
			if (!keepDims) shape.splice(ax, 1);
		}
		const out = this.#result(shape, op, [this]);
		const y = out.data;
		for (let i = 0; i < rows; i++) {
			for (let j = 0; j < columns; j++) addAt(y, i * rowStep + j * columnStep, valueAt(x, i * columns + j));
		}
		if (scale !== 1) for (let i = 0; i < y.length; i++) y[i] = valueAt(y, i) * scale;
		out.#backward = () => {
			const g = out.grad;
			reduceBackward(this.grad, g, rows, columns, rowStep, columnStep, scale);
		};
		return out;
	}

	/** An axis index checked against this tensor's rank; −1 counts from the end. */
	#axis(op: string, axis: number): number {
		const rank = this.shape.length;
		const ax = axis < 0 ? axis + rank : axis;
		if (!Number.isInteger(axis) || ax < 0 || ax >= rank) {
			const axes =
				rank === 0 ? 'a scalar has no axes' : `its axes are ${Array.from({length: rank}, (_, i) => i).join(' and ')}`;
			throw new EngineShapeError(`${op}: ${this.describe()} has no axis ${axis}; ${axes}`);
		}
		return ax;
	}

	/** Drops a length-1 axis that matmul added for a vector operand. */
	#dropAxis(axis: number): Tensor {
		return this.reshape(this.shape.filter((_, i) => i !== axis));
	}
}

/**
 * Buffers for a computation run again and again with the same shapes, such as
 * a training step. Tensors computed inside `run` take their values, and later
 * their gradients, from here; `reclaim` takes every buffer back for the next
 * pass, so a training loop allocates its buffers once rather than every step.
 * A tensor computed in an earlier pass must not be read after `reclaim`.
 */
export class TensorArena {
	readonly #free = new Map<number, Float64Array[]>();
	readonly #lent: Float64Array[] = [];

	/** Runs `compute` with this arena lending the buffers of every tensor it makes. */
	run<T>(compute: () => T): T {
		const outer = activeArena;
		activeArena = this;
		try {
			return compute();
		} finally {
			activeArena = outer;
		}
	}

	/** A buffer of zeros: one given back by `reclaim`, or a new one. */
	take(size: number): Float64Array {
		const reused = this.#free.get(size)?.pop();
		reused?.fill(0);
		const taken = reused ?? new Float64Array(size);
		this.#lent.push(taken);
		return taken;
	}

	/** Every buffer lent since the last reclaim becomes free again. */
	reclaim(): void {
		for (const lent of this.#lent) {
			const free = this.#free.get(lent.length);
			if (free === undefined) this.#free.set(lent.length, [lent]);
			else free.push(lent);
		}
		this.#lent.length = 0;
	}

	/** How many buffers it has made: it stops growing once every shape of a pass has its buffers. */
	get buffers(): number {
		let count = this.#lent.length;
		for (const free of this.#free.values()) count += free.length;
		return count;
	}
}

let activeArena: TensorArena | undefined;

/** Zeros for a new tensor's values: from the arena running, or new. */
function buffer(size: number): Float64Array {
	return activeArena === undefined ? new Float64Array(size) : activeArena.take(size);
}

/** Wraps a plain number as a scalar leaf. */
export function toTensor(x: Operand): Tensor {
	return x instanceof Tensor ? x : Tensor.from(x);
}

function checkShape(shape: Shape): void {
	if (shape.length > 2 || shape.some(d => !Number.isInteger(d) || d < 1)) {
		throw new EngineShapeError(
			`shape ${JSON.stringify(shape)} is not a scalar, vector or matrix of positive whole sizes`,
		);
	}
}

function stableSigmoid(x: number): number {
	// Written two ways so neither branch overflows e^x.
	return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** Softmax of z[start … start+n) into p[start … start+n), shifted by the row's largest value. */
function softmaxRow(z: Float64Array, p: Float64Array, start: number, n: number): void {
	let max = -Infinity;
	for (let j = 0; j < n; j++) max = Math.max(max, valueAt(z, start + j));
	let total = 0;
	for (let j = 0; j < n; j++) {
		const e = Math.exp(valueAt(z, start + j) - max);
		p[start + j] = e;
		total += e;
	}
	for (let j = 0; j < n; j++) p[start + j] = valueAt(p, start + j) / total;
}
