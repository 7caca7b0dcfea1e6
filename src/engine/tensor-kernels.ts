// The element loops of the tensor operations' backward rules, and of the
// broadcasting element-wise operations both ways.
//
// Why they live here, as plain module functions, and not inside the closure
// each operation makes for its backward rule: a function made afresh every
// training step holds its optimised machine code only as long as one of its
// closures lives, and V8 lets go of it at the next full collection. The step
// after that ran these loops in the interpreter, which keeps every number it
// computes as an object on the heap: megabytes of garbage a step until the
// code was optimised again. A module function lives as long as the program,
// and so does its optimised code. The closures only call in here.
import {addAt, valueAt} from './checked.js';
import type {Broadcast} from './tensor-shape.js';

/** How two broadcast operands line up (tensor-shape's `broadcast`), without the result's shape. */
export type BroadcastPlan = Omit<Broadcast, 'shape'>;

/** y = a + b, broadcast. */
export function addForward(y: Float64Array, a: Float64Array, b: Float64Array, plan: BroadcastPlan): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < columns; c++)
			y[r * columns + c] = valueAt(a, r * aRow + c * aColumn) + valueAt(b, r * bRow + c * bColumn);
}

/** y = a − b, broadcast. */
export function subForward(y: Float64Array, a: Float64Array, b: Float64Array, plan: BroadcastPlan): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < columns; c++)
			y[r * columns + c] = valueAt(a, r * aRow + c * aColumn) - valueAt(b, r * bRow + c * bColumn);
}

/** y = a · b element by element, broadcast. */
export function mulForward(y: Float64Array, a: Float64Array, b: Float64Array, plan: BroadcastPlan): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < columns; c++)
			y[r * columns + c] = valueAt(a, r * aRow + c * aColumn) * valueAt(b, r * bRow + c * bColumn);
}

/** y = a / b element by element, broadcast. */
export function divForward(y: Float64Array, a: Float64Array, b: Float64Array, plan: BroadcastPlan): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < columns; c++)
			y[r * columns + c] = valueAt(a, r * aRow + c * aColumn) / valueAt(b, r * bRow + c * bColumn);
}

/** Backward of a ± b: each operand gets the gradient, the right one times `sign` (1 for +, −1 for −). */
export function addBackward(
	ga: Float64Array,
	gb: Float64Array,
	g: Float64Array,
	plan: BroadcastPlan,
	sign: 1 | -1,
): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			const k = r * columns + c;
			addAt(ga, r * aRow + c * aColumn, valueAt(g, k));
			addAt(gb, r * bRow + c * bColumn, sign === 1 ? valueAt(g, k) : -valueAt(g, k));
		}
	}
}

/** Backward of a · b: ∂/∂a = b, ∂/∂b = a, each times the gradient. */
export function mulBackward(
	ga: Float64Array,
	gb: Float64Array,
	g: Float64Array,
	a: Float64Array,
	b: Float64Array,
	plan: BroadcastPlan,
): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			const k = r * columns + c;
			const i = r * aRow + c * aColumn;
			const j = r * bRow + c * bColumn;
			addAt(ga, i, valueAt(g, k) * valueAt(b, j));
			addAt(gb, j, valueAt(g, k) * valueAt(a, i));
		}
	}
}

/** Backward of a / b: ∂/∂a = 1/b, ∂/∂b = −a/b², each times the gradient. */
export function divBackward(
	ga: Float64Array,
	gb: Float64Array,
	g: Float64Array,
	a: Float64Array,
	b: Float64Array,
	plan: BroadcastPlan,
): void {
	const {rows, columns, aRow, aColumn, bRow, bColumn} = plan;
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			const k = r * columns + c;
			const i = r * aRow + c * aColumn;
			const z = valueAt(b, r * bRow + c * bColumn);
			addAt(ga, i, valueAt(g, k) * (1 / z));
			addAt(gb, r * bRow + c * bColumn, valueAt(g, k) * (-valueAt(a, i) / (z * z)));
		}
	}
}

/** gx += −g. */
export function negBackward(gx: Float64Array, g: Float64Array): void {
	for (let i = 0; i < g.length; i++) addAt(gx, i, -valueAt(g, i));
}

/** gx += g · k·x^(k−1). */
export function powBackward(gx: Float64Array, g: Float64Array, x: Float64Array, k: number): void {
	for (let i = 0; i < g.length; i++) addAt(gx, i, valueAt(g, i) * (k === 0 ? 0 : k * valueAt(x, i) ** (k - 1)));
}

/** gx += g · y, for y = e^x. */
export function expBackward(gx: Float64Array, g: Float64Array, y: Float64Array): void {
	for (let i = 0; i < g.length; i++) addAt(gx, i, valueAt(g, i) * valueAt(y, i));
}

/** gx += g · 1/x. */
export function logBackward(gx: Float64Array, g: Float64Array, x: Float64Array): void {
	for (let i = 0; i < g.length; i++) addAt(gx, i, valueAt(g, i) * (1 / valueAt(x, i)));
}

/** gx += g · (1 − y²), for y = tanh x. */
export function tanhBackward(gx: Float64Array, g: Float64Array, y: Float64Array): void {
	for (let i = 0; i < g.length; i++) {
		const t = valueAt(y, i);
		addAt(gx, i, valueAt(g, i) * (1 - t * t));
	}
}

/** gx += g · y(1 − y), for y = σ(x). */
export function sigmoidBackward(gx: Float64Array, g: Float64Array, y: Float64Array): void {
	for (let i = 0; i < g.length; i++) {
		const s = valueAt(y, i);
		addAt(gx, i, valueAt(g, i) * (s * (1 - s)));
	}
}

/** gx += g where x > 0. */
export function reluBackward(gx: Float64Array, g: Float64Array, x: Float64Array): void {
	for (let i = 0; i < g.length; i++) if (valueAt(x, i) > 0) addAt(gx, i, valueAt(g, i));
}

/** gx += g, value by value (a reshape passes its gradient straight back). */
export function copyBackward(gx: Float64Array, g: Float64Array): void {
	for (let i = 0; i < g.length; i++) addAt(gx, i, valueAt(g, i));
}

/** y += a @ b for a n×k and b k×m, skipping zeros of a (ReLU makes many). */
export function matmulForward(
	y: Float64Array,
	a: Float64Array,
	b: Float64Array,
	n: number,
	k: number,
	m: number,
): void {
	for (let i = 0; i < n; i++) {
		for (let p = 0; p < k; p++) {
			const aip = valueAt(a, i * k + p);
			if (aip === 0) continue;
			for (let j = 0; j < m; j++) addAt(y, i * m + j, aip * valueAt(b, p * m + j));
		}
	}
}

/** Backward of a @ b with result gradient g: ga += g · bᵀ, then gb += aᵀ · g. */
export function matmulBackward(
	ga: Float64Array,
	gb: Float64Array,
	g: Float64Array,
	a: Float64Array,
	b: Float64Array,
	n: number,
	k: number,
	m: number,
): void {
	for (let i = 0; i < n; i++) {
		for (let p = 0; p < k; p++) {
			let s = 0;
			for (let j = 0; j < m; j++) s += valueAt(g, i * m + j) * valueAt(b, p * m + j);
			addAt(ga, i * k + p, s);
		}
	}
	for (let i = 0; i < n; i++) {
		for (let p = 0; p < k; p++) {
			const aip = valueAt(a, i * k + p);
			for (let j = 0; j < m; j++) addAt(gb, p * m + j, aip * valueAt(g, i * m + j));
		}
	}
}

/** Backward of an r×c transpose: gx[i][j] += g[j][i]. */
export function transposeBackward(gx: Float64Array, g: Float64Array, r: number, c: number): void {
	for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) addAt(gx, i * c + j, valueAt(g, j * r + i));
}

/**
 * Backward of a sum or mean over a rows×columns input: element (i, j) went
 * into result i·rowStep + j·columnStep, and gets its gradient times `scale`.
 */
export function reduceBackward(
	gx: Float64Array,
	g: Float64Array,
	rows: number,
	columns: number,
	rowStep: number,
	columnStep: number,
	scale: number,
): void {
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < columns; j++) addAt(gx, i * columns + j, scale * valueAt(g, i * rowStep + j * columnStep));
	}
}

/** Backward of a softmax of each row, p the result: ∂L/∂zⱼ = pⱼ·(gⱼ − Σₖ gₖ·pₖ). */
export function softmaxBackward(
	gz: Float64Array,
	g: Float64Array,
	p: Float64Array,
	rows: number,
	columns: number,
): void {
	for (let r = 0; r < rows; r++) {
		const start = r * columns;
		let dot = 0;
		for (let j = 0; j < columns; j++) dot += valueAt(g, start + j) * valueAt(p, start + j);
		for (let j = 0; j < columns; j++) addAt(gz, start + j, valueAt(p, start + j) * (valueAt(g, start + j) - dot));
	}
}

/**
 * Backward of a mean cross-entropy, `scaled` being the result's gradient over
 * the row count: gz += scaled · (P − Y), Y one-hot at each row's label.
 */
export function crossEntropyBackward(
	gz: Float64Array,
	scaled: number,
	p: Float64Array,
	labels: readonly number[],
	classes: number,
): void {
	for (let r = 0; r < labels.length; r++) {
		const label = labels[r];
		const start = r * classes;
		for (let j = 0; j < classes; j++) addAt(gz, start + j, scaled * (valueAt(p, start + j) - (j === label ? 1 : 0)));
	}
}
