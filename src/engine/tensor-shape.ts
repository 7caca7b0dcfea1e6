import {itemAt} from './checked.js';
import {EngineShapeError} from './errors.js';

/** A tensor's shape: [] for a scalar, [n] for a vector, [rows, columns] for a matrix. */
export type Shape = readonly number[];

/** A plain nested array as `toArray()` returns it and `Tensor.from` reads it. */
export type NestedArray = number | readonly number[] | readonly (readonly number[])[];

/** A shape as the game prints it: `2×3` for a matrix, `3` for a vector, `scalar` for a scalar. */
export function formatShape(shape: Shape): string {
	return shape.length === 0 ? 'scalar' : shape.join('×');
}

export function sizeOf(shape: Shape): number {
	let n = 1;
	for (const d of shape) n *= d;
	return n;
}

/** Every shape seen as rows × columns: a scalar is 1×1, a vector of n is one row of n. */
export function asRowsColumns(shape: Shape): [number, number] {
	if (shape.length === 0) return [1, 1];
	if (shape.length === 1) return [1, itemAt(shape, 0)];
	return [itemAt(shape, 0), itemAt(shape, 1)];
}

/** Reads a number, a list of numbers or a list of equal-length rows into a shape and flat row-major values. */
export function readNested(nested: unknown, what: string): {shape: number[]; values: number[]} {
	if (typeof nested === 'number') return {shape: [], values: [checkNumber(nested, what)]};
	if (!Array.isArray(nested))
		throw new EngineShapeError(`${what}: expected a number or an array, got ${typeof nested}`);
	if (nested.length === 0) throw new EngineShapeError(`${what}: an empty array has no values`);
	if (nested.every(x => typeof x === 'number')) {
		return {shape: [nested.length], values: nested.map(x => checkNumber(x, what))};
	}
	const rows: unknown[][] = [];
	for (const row of nested) {
		if (!Array.isArray(row)) {
			throw new EngineShapeError(`${what}: mixes numbers and rows; a matrix is a list of rows of numbers`);
		}
		rows.push(row);
	}
	const columns = rows[0]?.length ?? 0;
	const values: number[] = [];
	for (const [r, row] of rows.entries()) {
		if (row.length !== columns) {
			throw new EngineShapeError(`${what}: row ${r + 1} has ${row.length} values but row 1 has ${columns}`);
		}
		if (columns === 0) throw new EngineShapeError(`${what}: a row with no values`);
		for (const x of row) {
			if (typeof x !== 'number') {
				throw new EngineShapeError(
					`${what}: row ${r + 1} holds ${Array.isArray(x) ? 'an array' : typeof x}; tensors go up to matrices`,
				);
			}
			values.push(checkNumber(x, what));
		}
	}
	return {shape: [rows.length, columns], values};
}

function checkNumber(x: unknown, what: string): number {
	if (typeof x !== 'number' || Number.isNaN(x)) throw new EngineShapeError(`${what}: ${String(x)} is not a number`);
	return x;
}

/** Flat row-major values back into the nested form of `shape`. */
export function toNested(shape: Shape, values: ArrayLike<number>): NestedArray {
	if (shape.length === 0) return itemAt(values, 0);
	if (shape.length === 1) return Array.from(values);
	const [rows, columns] = asRowsColumns(shape);
	const out: number[][] = [];
	for (let r = 0; r < rows; r++) out.push(Array.from({length: columns}, (_, c) => itemAt(values, r * columns + c)));
	return out;
}

/**
 * How two shapes line up under NumPy's broadcasting, as rows × columns with a
 * step per operand: element (i, j) of the result reads a[i·aRow + j·aColumn]
 * and b[i·bRow + j·bColumn]. A step of 0 repeats that operand along the axis.
 */
export type Broadcast = {
	readonly shape: Shape;
	readonly rows: number;
	readonly columns: number;
	readonly aRow: number;
	readonly aColumn: number;
	readonly bRow: number;
	readonly bColumn: number;
};

/** `aName`/`bName` describe the operands in the error message (`X (2×3)`). */
export function broadcast(op: string, a: Shape, b: Shape, aName: string, bName: string): Broadcast {
	const [ar, ac] = asRowsColumns(a);
	const [br, bc] = asRowsColumns(b);
	const columns = matchAxis(ac, bc);
	const rows = matchAxis(ar, br);
	if (columns === null || rows === null) {
		const why = columns === null ? `their last axes are ${ac} and ${bc}` : `their rows are ${ar} and ${br}`;
		throw new EngineShapeError(`${op}: ${aName} and ${bName} do not broadcast: ${why}, and neither is 1`);
	}
	const rank = Math.max(a.length, b.length);
	const shape = rank === 2 ? [rows, columns] : rank === 1 ? [columns] : [];
	return {
		shape,
		rows,
		columns,
		aRow: ar === 1 ? 0 : ac,
		aColumn: ac === 1 ? 0 : 1,
		bRow: br === 1 ? 0 : bc,
		bColumn: bc === 1 ? 0 : 1,
	};
}

function matchAxis(x: number, y: number): number | null {
	if (x === y || y === 1) return x;
	if (x === 1) return y;
	return null;
}
