import {itemAt} from '../../engine/checked.js';
import {formatNumber} from '../../levels/format.js';

export type CurvePlotOptions = {
	/** The error as a function of the weight; undefined where it has no value. */
	readonly error: (w: number) => number | undefined;
	readonly range: readonly [number, number];
	/** The current weight, its error and slope. */
	readonly point: {readonly w: number; readonly error: number; readonly slope: number} | undefined;
	/** Earlier weights, drawn as ○ so the steps show. */
	readonly trail: readonly number[];
	readonly width: number;
	readonly height: number;
};

/** Columns the tangent reaches on each side of the point. */
const tangentReach = 2;

/**
 * E(w) drawn with · over a w-axis, the current weight as ● with its tangent
 * (the slope the update uses) as a short stroke through it, and earlier steps as ○.
 * A weight that has left the range shows as ◀ or ▶ at the edge.
 */
export function renderCurve(options: CurvePlotOptions): string[] {
	const width = Math.max(8, Math.floor(options.width));
	const height = Math.max(3, Math.floor(options.height));
	const [a, b] = options.range;
	const wAt = (col: number) => a + ((b - a) * col) / (width - 1);
	const colOf = (w: number) => Math.round(((w - a) / (b - a)) * (width - 1));
	const samples = Array.from({length: width}, (_, c) => options.error(wAt(c)));
	const finite = samples.filter((e): e is number => e !== undefined && Number.isFinite(e));
	const low = Math.min(...finite, 0);
	const high = Math.max(...finite, low + 1e-9);
	const rowOf = (e: number) => Math.round(((e - low) / (high - low)) * (height - 1));
	const grid = Array.from({length: height}, () => Array.from({length: width}, () => ' '));
	const put = (row: number, col: number, ch: string) => {
		if (row >= 0 && row < height && col >= 0 && col < width) itemAt(grid, height - 1 - row)[col] = ch;
	};

	samples.forEach((e, c) => {
		if (e === undefined || !Number.isFinite(e)) return;
		const row = rowOf(e);
		put(row, c, '·');
		// A steep part climbs more than a row per column: the rows between are dotted too, half in
		// this column and half in the next, so the curve reads as one line rather than scattered dots.
		const next = samples[c + 1];
		if (next === undefined || !Number.isFinite(next)) return;
		const to = rowOf(next);
		const step = Math.sign(to - row);
		for (let r = row + step; r !== to; r += step) put(r, Math.abs(r - row) <= Math.abs(to - r) ? c : c + 1, '·');
	});
	const point = options.point;
	if (point !== undefined && Number.isFinite(point.w) && Number.isFinite(point.error)) {
		for (let c = 0; c < width; c++) {
			const e = point.error + point.slope * (wAt(c) - point.w);
			// A short stroke through the point: drawn longer, it hides the curve's own dots and reads as the curve.
			const near = Math.abs(c - colOf(point.w)) <= tangentReach;
			if (near && Number.isFinite(e)) put(rowOf(e), c, point.slope > 0 ? '╱' : point.slope < 0 ? '╲' : '─');
		}
		for (const w of options.trail) {
			const e = options.error(w);
			if (e !== undefined && Number.isFinite(e) && w >= a && w <= b) put(rowOf(e), colOf(w), '○');
		}
		if (point.w < a) put(Math.min(height - 1, Math.max(0, rowOf(point.error))), 0, '◀');
		else if (point.w > b) put(Math.min(height - 1, Math.max(0, rowOf(point.error))), width - 1, '▶');
		else put(rowOf(point.error), colOf(point.w), '●');
	}
	const labelWidth = Math.max(formatNumber(high, 3).length, formatNumber(low, 3).length);
	const lines = grid.map((line, i) => {
		const label = i === 0 ? formatNumber(high, 3) : i === height - 1 ? formatNumber(low, 3) : '';
		return `${label.padStart(labelWidth)} ┤${line.join('')}`.replace(/\s+$/, '');
	});
	const axis = `${' '.repeat(labelWidth)} └${'─'.repeat(width)}`;
	const left = formatNumber(a, 3);
	const right = formatNumber(b, 3);
	const ticks = `${' '.repeat(labelWidth + 2)}${left}${' '.repeat(Math.max(1, width - left.length - right.length))}${right}`;
	return [...lines, axis, ticks];
}
