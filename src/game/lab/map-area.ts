// The part of the plane a decision map shows, cut into character cells. The
// trainer scores every cell's centre in one batch; the screen draws the classes.

/** A rectangle of the plane in `columns` × `rows` cells, row 0 at the top. */
export type MapArea = {
	readonly x0: number;
	readonly x1: number;
	readonly y0: number;
	readonly y1: number;
	readonly columns: number;
	readonly rows: number;
};

/** Room left around the data, in the data's own units. */
const margin = 0.25;

/** The plane the points span with a margin, always holding the unit square, cut into cells. */
export function mapArea(
	points: readonly {readonly x: number; readonly y: number}[],
	columns: number,
	rows: number,
): MapArea {
	let [x0, x1, y0, y1] = [0, 1, 0, 1];
	for (const p of points) {
		x0 = Math.min(x0, p.x);
		x1 = Math.max(x1, p.x);
		y0 = Math.min(y0, p.y);
		y1 = Math.max(y1, p.y);
	}
	return {x0: x0 - margin, x1: x1 + margin, y0: y0 - margin, y1: y1 + margin, columns, rows};
}

/** The x of column `c`'s centre. */
export const cellX = (area: MapArea, c: number) => area.x0 + ((c + 0.5) / area.columns) * (area.x1 - area.x0);

/** The y of row `r`'s centre (row 0 is the top). */
export const cellY = (area: MapArea, r: number) => area.y1 - ((r + 0.5) / area.rows) * (area.y1 - area.y0);

/** The cell a point falls in, as row · columns + column, kept inside the map. */
export function cellOf(area: MapArea, x: number, y: number): number {
	const c = Math.min(area.columns - 1, Math.max(0, Math.floor(((x - area.x0) / (area.x1 - area.x0)) * area.columns)));
	const r = Math.min(area.rows - 1, Math.max(0, Math.floor(((area.y1 - y) / (area.y1 - area.y0)) * area.rows)));
	return r * area.columns + c;
}

export const sameArea = (a: MapArea, b: MapArea) =>
	a.columns === b.columns && a.rows === b.rows && a.x0 === b.x0 && a.x1 === b.x1 && a.y0 === b.y0 && a.y1 === b.y1;

/**
 * The class each row of `scores` (`outputs` numbers a row) stands for, written
 * into `into`: one output's sign decides between two classes, with several the
 * largest wins; −1 where an output is not a number.
 */
export function classesOf(scores: Float64Array, outputs: number, into: Int8Array): Int8Array {
	for (let row = 0; row < into.length; row++) {
		const base = row * outputs;
		if (outputs === 1) {
			const s = scores[base] ?? Number.NaN;
			into[row] = Number.isFinite(s) ? (s > 0 ? 1 : 0) : -1;
			continue;
		}
		let best = -1;
		let top = Number.NEGATIVE_INFINITY;
		for (let k = 0; k < outputs; k++) {
			const s = scores[base + k] ?? Number.NaN;
			if (!Number.isFinite(s)) {
				best = -1;
				break;
			}
			if (best < 0 || s > top) {
				best = k;
				top = s;
			}
		}
		into[row] = best;
	}
	return into;
}
