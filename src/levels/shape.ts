// Shapes as NumPy writes them: [] a number, [n] a vector, [rows, cols] a
// matrix. The matrix levels check every step's shapes before anything runs,
// so a level file with a mismatch gets a message naming the step and both
// shapes rather than an error from deep inside the engine.

export type Shape = readonly number[];

/** `2×3`, `3` for a vector, `1` for a single number. */
export function showShape(shape: Shape): string {
	return shape.length === 0 ? '1' : shape.join('×');
}

/**
 * NumPy broadcasting: shapes are lined up from the right, and each pair of
 * sizes must be equal or one of them 1. Undefined when they don't fit.
 */
export function broadcastShapes(x: Shape, y: Shape): Shape | undefined {
	const length = Math.max(x.length, y.length);
	const out: number[] = [];
	for (let i = 0; i < length; i++) {
		const p = x[x.length - length + i] ?? 1;
		const q = y[y.length - length + i] ?? 1;
		if (p !== q && p !== 1 && q !== 1) return undefined;
		out.push(Math.max(p, q));
	}
	return out;
}

/** How many numbers a value of this shape holds. */
export function sizeOf(shape: Shape): number {
	return shape.reduce((n, d) => n * d, 1);
}

/** The shape a plain nested array has: a number, a list of numbers, or a list of equal rows. Undefined when ragged. */
export function shapeOfArray(value: unknown): Shape | undefined {
	if (typeof value === 'number') return [];
	if (!Array.isArray(value) || value.length === 0) return undefined;
	if (value.every(v => typeof v === 'number')) return [value.length];
	const rows = value.map(row => (Array.isArray(row) && row.every(v => typeof v === 'number') ? row.length : -1));
	const [cols] = rows;
	if (cols === undefined || cols <= 0 || rows.some(n => n !== cols)) return undefined;
	return [value.length, cols];
}

/** A value as rows of numbers, for drawing and grids: a number is 1×1, a vector one row. */
export function asRows(value: number | readonly number[] | readonly (readonly number[])[]): number[][] {
	if (typeof value === 'number') return [[value]];
	if (isNumberList(value)) return [[...value]];
	return value.map(row => [...row]);
}

/** Whether a vector-or-matrix value is a vector: a list of numbers rather than of rows. */
export function isNumberList(value: readonly number[] | readonly (readonly number[])[]): value is readonly number[] {
	return value.every(v => typeof v === 'number');
}
