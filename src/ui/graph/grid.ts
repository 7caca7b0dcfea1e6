// A fixed-size 2-D array with checked access, so drawing code reads cells
// without casts and an off-canvas write fails loudly instead of vanishing.
import {itemAt} from '../../engine/checked.js';

export class Grid<T> {
	readonly width: number;
	readonly height: number;
	readonly #cells: T[];

	constructor(width: number, height: number, fill: T) {
		this.width = width;
		this.height = height;
		this.#cells = Array.from({length: width * height}, () => fill);
	}

	get(x: number, y: number): T {
		return itemAt(this.#cells, this.#index(x, y));
	}

	set(x: number, y: number, value: T): void {
		this.#cells[this.#index(x, y)] = value;
	}

	/** Row `y`, left to right. */
	row(y: number): T[] {
		this.#index(0, y);
		return this.#cells.slice(y * this.width, (y + 1) * this.width);
	}

	#index(x: number, y: number): number {
		if (!(Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < this.width && y < this.height))
			throw new RangeError(`cell (${x}, ${y}) is outside a ${this.width}×${this.height} grid`);
		return y * this.width + x;
	}
}

/** `xs[i]`, which must exist. */
export function at<T>(xs: readonly T[], i: number): T {
	if (i < 0 || i >= xs.length) throw new RangeError(`index ${i} is outside 0..${xs.length - 1}`);
	return itemAt(xs, i);
}

/** `map.get(key)`, which must exist. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K): V {
	const value = map.get(key);
	if (value === undefined) throw new RangeError(`no entry for ${String(key)}`);
	return value;
}
