import {EngineDomainError, EngineShapeError} from './errors.js';
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
		this.#grad ??= new Float64Array(this.data.length);
		return this.#grad;
	}

	/** The one value of a one-element tensor. */
	item(): number {
		if (this.size !== 1) throw new EngineShapeError(`item: ${this.describe()} has ${this.size} values, not one`);
		return this.data[0] as number;
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

	/** this + other. ∂/∂this = 1, ∂/∂other = 1. */
	add(other: Operand): Tensor {
		return this.#elementwise(
			'add',
			other,
			(x, y) => x + y,
			() => 1,
			() => 1,
		);
	}

	/** this − other. ∂/∂this = 1, ∂/∂other = −1. */
	sub(other: Operand): Tensor {
		return this.#elementwise(
			'sub',
			other,
			(x, y) => x - y,
			() => 1,
			() => -1,
		);
	}

	/** this · other, element by element. ∂/∂this = other, ∂/∂other = this. */
	mul(other: Operand): Tensor {
		return this.#elementwise(
			'mul',
			other,
			(x, y) => x * y,
			(_, y) => y,
			x => x,
		);
	}

	/** this / other, element by element. ∂/∂this = 1/other, ∂/∂other = −this/other². */
	div(other: Operand): Tensor {
		const o = toTensor(other);
		if (o.data.includes(0)) {
			throw new EngineDomainError(`div: ${o.describe()} holds a 0, and division by zero is undefined`);
		}
		return this.#elementwise(
			'div',
			o,
			(x, y) => x / y,
			(_, y) => 1 / y,
			(x, y) => -x / (y * y),
		);
	}

	/** −this. ∂/∂this = −1. */
	neg(): Tensor {
		return this.#unary(
			'neg',
			x => -x,
			() => -1,
		);
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
		return this.#unary(
			'pow',
			x => x ** k,
			x => (k === 0 ? 0 : k * x ** (k - 1)),
		);
	}

	/** e^this. ∂/∂this = e^this. */
	exp(): Tensor {
		return this.#unary('exp', Math.exp, (_, e) => e);
	}

	/** ln(this). ∂/∂this = 1/this. Defined only where every value is positive. */
	log(): Tensor {
		for (const x of this.data) {
			if (!(x > 0))
				throw new EngineDomainError(
					`log of ${this.describe()}, which holds ${x}: log is defined only for positive numbers`,
				);
		}
		return this.#unary('log', Math.log, x => 1 / x);
	}

	/** tanh(this). ∂/∂this = 1 − tanh². */
	tanh(): Tensor {
		return this.#unary('tanh', Math.tanh, (_, t) => 1 - t * t);
	}

	/** σ(this) = 1/(1+e^−this). ∂/∂this = σ·(1−σ). */
	sigmoid(): Tensor {
		return this.#unary('sigmoid', stableSigmoid, (_, s) => s * (1 - s));
	}

	/** max(0, this). ∂/∂this = 1 where this > 0, else 0 (also at 0, as `Value.relu`). */
	relu(): Tensor {
		return this.#unary(
			'relu',
			x => (x > 0 ? x : 0),
			x => (x > 0 ? 1 : 0),
		);
	}

	// --- matrices ---

	/**
	 * The matrix product this @ other. ∂L/∂this = G · otherᵀ, ∂L/∂other = thisᵀ · G
	 * for the gradient G of the result. A vector on the left is a row, on the
	 * right a column, and that axis is dropped from the result (as NumPy does).
	 */
	matmul(other: Tensor): Tensor {
		if (this.shape.length === 0 || other.shape.length === 0) {
			throw new EngineShapeError(
				`matmul: ${this.describe()} @ ${other.describe()}: a product of matrices needs no scalars (use mul)`,
			);
		}
		// Checked on the shapes as given, so the message names what the caller wrote.
		const inner = this.shape[this.shape.length - 1] as number;
		const inner2 = other.shape[0] as number;
		if (inner !== inner2) {
			throw new EngineShapeError(
				`matmul: ${this.describe()} @ ${other.describe()}: the left has ${inner} columns but the right has ${inner2} rows`,
			);
		}
		if (this.shape.length === 1) return this.reshape([1, inner]).matmul(other).#dropAxis(0);
		if (other.shape.length === 1) return this.matmul(other.reshape([inner2, 1])).#dropAxis(1);
		const [n, k] = this.shape as [number, number];
		const m = other.shape[1] as number;
		const a = this.data;
		const b = other.data;
		const y = new Float64Array(n * m);
		for (let i = 0; i < n; i++) {
			for (let p = 0; p < k; p++) {
				const aip = a[i * k + p] as number;
				if (aip === 0) continue;
				for (let j = 0; j < m; j++) (y[i * m + j] as number) += aip * (b[p * m + j] as number);
			}
		}
		const out = this.#result([n, m], y, 'matmul', [this, other]);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			const gb = other.grad;
			for (let i = 0; i < n; i++) {
				for (let p = 0; p < k; p++) {
					let s = 0;
					for (let j = 0; j < m; j++) s += (g[i * m + j] as number) * (b[p * m + j] as number);
					(ga[i * k + p] as number) += s;
				}
			}
			for (let i = 0; i < n; i++) {
				for (let p = 0; p < k; p++) {
					const aip = a[i * k + p] as number;
					for (let j = 0; j < m; j++) (gb[p * m + j] as number) += aip * (g[i * m + j] as number);
				}
			}
		};
		return out;
	}

	/** Rows become columns. A vector or scalar comes back unchanged (NumPy's `.T`). Backward: transpose the gradient. */
	transpose(): Tensor {
		if (this.shape.length < 2) return this;
		const [r, c] = this.shape as [number, number];
		const x = this.data;
		const y = new Float64Array(r * c);
		for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) y[j * r + i] = x[i * c + j] as number;
		const out = this.#result([c, r], y, 'transpose', [this]);
		out.#backward = () => {
			const g = out.grad;
			const gx = this.grad;
			for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) (gx[i * c + j] as number) += g[j * r + i] as number;
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
		const out = this.#result([...shape], this.data.slice(), 'reshape', [this]);
		out.#backward = () => {
			const g = out.grad;
			const gx = this.grad;
			for (let i = 0; i < g.length; i++) (gx[i] as number) += g[i] as number;
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
		const p = new Float64Array(this.size);
		for (let r = 0; r < rows; r++) softmaxRow(this.data, p, r * columns, columns);
		const out = this.#result(this.shape, p, 'softmax', [this]);
		out.#backward = () => {
			const g = out.grad;
			const gz = this.grad;
			for (let r = 0; r < rows; r++) {
				const at = r * columns;
				let dot = 0;
				for (let j = 0; j < columns; j++) dot += (g[at + j] as number) * (p[at + j] as number);
				for (let j = 0; j < columns; j++)
					(gz[at + j] as number) += (p[at + j] as number) * ((g[at + j] as number) - dot);
			}
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
		const p = new Float64Array(this.size);
		let loss = 0;
		for (let r = 0; r < n; r++) {
			const at = r * classes;
			softmaxRow(this.data, p, at, classes);
			// log p = z − max − log Σ e^(z − max), which stays finite where p underflows to 0.
			let max = -Infinity;
			for (let j = 0; j < classes; j++) max = Math.max(max, this.data[at + j] as number);
			let total = 0;
			for (let j = 0; j < classes; j++) total += Math.exp((this.data[at + j] as number) - max);
			loss -= (this.data[at + (labels[r] as number)] as number) - max - Math.log(total);
		}
		const out = this.#result([], Float64Array.of(loss / n), 'crossEntropy', [this]);
		out.#backward = () => {
			const g = (out.grad[0] as number) / n;
			const gz = this.grad;
			for (let r = 0; r < n; r++) {
				const at = r * classes;
				for (let j = 0; j < classes; j++) {
					(gz[at + j] as number) += g * ((p[at + j] as number) - (j === labels[r] ? 1 : 0));
				}
			}
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
		for (let i = order.length - 1; i >= 0; i--) (order[i] as Tensor).#backward?.();
	}

	/** Every tensor this one depends on, itself last; inputs always come before the tensors made from them. */
	topologicalOrder(): Tensor[] {
		const order: Tensor[] = [];
		const seen = new Set<Tensor>();
		const stack: [Tensor, boolean][] = [[this, false]];
		while (stack.length > 0) {
			const [node, expanded] = stack.pop() as [Tensor, boolean];
			if (expanded) {
				order.push(node);
				continue;
			}
			if (seen.has(node)) continue;
			seen.add(node);
			stack.push([node, true]);
			for (let i = node.inputs.length - 1; i >= 0; i--) {
				const input = node.inputs[i] as Tensor;
				if (!seen.has(input)) stack.push([input, false]);
			}
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

	#result(shape: Shape, data: Float64Array, op: TensorOp, inputs: readonly Tensor[]): Tensor {
		return new Tensor(shape, data, op, inputs, '');
	}

	/** f element by element; local(x, out) is ∂out/∂x at that element. */
	#unary(op: TensorOp, f: (x: number) => number, local: (x: number, out: number) => number): Tensor {
		const x = this.data;
		const y = new Float64Array(x.length);
		for (let i = 0; i < x.length; i++) y[i] = f(x[i] as number);
		const out = this.#result(this.shape, y, op, [this]);
		out.#backward = () => {
			const g = out.grad;
			const gx = this.grad;
			for (let i = 0; i < x.length; i++) (gx[i] as number) += (g[i] as number) * local(x[i] as number, y[i] as number);
		};
		return out;
	}

	/** f(x, y) element by element with broadcasting; localA/localB are ∂out/∂x and ∂out/∂y at each element. */
	#elementwise(
		op: TensorOp,
		other: Operand,
		f: (x: number, y: number) => number,
		localA: (x: number, y: number) => number,
		localB: (x: number, y: number) => number,
	): Tensor {
		const o = toTensor(other);
		const plan = broadcast(op, this.shape, o.shape, this.describe(), o.describe());
		const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
		const a = this.data;
		const b = o.data;
		const y = new Float64Array(rows * columns);
		for (let i = 0; i < rows; i++) {
			for (let j = 0; j < columns; j++)
				y[i * columns + j] = f(a[i * aRow + j * aColumn] as number, b[i * bRow + j * bColumn] as number);
		}
		const out = this.#result(plan.shape, y, op, [this, o]);
		out.#backward = () => {
			const g = out.grad;
			const ga = this.grad;
			const gb = o.grad;
			for (let i = 0; i < rows; i++) {
				for (let j = 0; j < columns; j++) {
					const ia = i * aRow + j * aColumn;
					const ib = i * bRow + j * bColumn;
					const x = a[ia] as number;
					const z = b[ib] as number;
					const up = g[i * columns + j] as number;
					(ga[ia] as number) += up * localA(x, z);
					(gb[ib] as number) += up * localB(x, z);
				}
			}
		};
		return out;
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
		const y = new Float64Array(sizeOf(shape));
		for (let i = 0; i < rows; i++) {
			for (let j = 0; j < columns; j++) (y[i * rowStep + j * columnStep] as number) += x[i * columns + j] as number;
		}
		if (scale !== 1) for (let i = 0; i < y.length; i++) (y[i] as number) *= scale;
		const out = this.#result(shape, y, op, [this]);
		out.#backward = () => {
			const g = out.grad;
			const gx = this.grad;
			for (let i = 0; i < rows; i++) {
				for (let j = 0; j < columns; j++)
					(gx[i * columns + j] as number) += scale * (g[i * rowStep + j * columnStep] as number);
			}
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

/** Softmax of z[at … at+n) into p[at … at+n), shifted by the row's largest value. */
function softmaxRow(z: Float64Array, p: Float64Array, at: number, n: number): void {
	let max = -Infinity;
	for (let j = 0; j < n; j++) max = Math.max(max, z[at + j] as number);
	let total = 0;
	for (let j = 0; j < n; j++) {
		const e = Math.exp((z[at + j] as number) - max);
		p[at + j] = e;
		total += e;
	}
	for (let j = 0; j < n; j++) (p[at + j] as number) /= total;
}
