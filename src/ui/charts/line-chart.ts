// A loss curve in text. Written here rather than taken from asciichart because
// the lab needs a log axis, downsampling to the width, a marker for the latest
// point and a guarantee that NaN or Infinity are never drawn; asciichart does
// none of these.

import {formatNumber} from '../../levels/format.js';

export type LineChartOptions = {
	/** Columns for the plot itself, not counting the axis labels. */
	readonly width: number;
	/** Rows for the plot. */
	readonly height: number;
	/** Plot log10 of the values (non-positive values are left out). */
	readonly logScale?: boolean;
	/** Draw the last point as ● so the eye finds "now". @default true */
	readonly markLast?: boolean;
};

/** One value per column, sampled evenly and always keeping the first and the last, so a long run fits the width. */
export function downsample(values: readonly number[], width: number): number[] {
	if (values.length <= width) return [...values];
	if (width <= 1) return [values[values.length - 1] as number];
	return Array.from({length: width}, (_, c) => values[Math.round((c * (values.length - 1)) / (width - 1))] as number);
}

/**
 * The series as lines of text: a y-axis with labels at the top, middle and
 * bottom, and the curve drawn with ─ │ ╭ ╮ ╰ ╯ between neighbouring points.
 * Non-finite values (and non-positive ones on a log axis) are skipped.
 */
export function renderLineChart(values: readonly number[], options: LineChartOptions): string[] {
	const height = Math.max(2, Math.floor(options.height));
	const logScale = options.logScale === true;
	const usable = values.filter(v => Number.isFinite(v) && (!logScale || v > 0));
	const plotted = downsample(usable, Math.max(1, options.width)).map(v => (logScale ? Math.log10(v) : v));
	const labelOf = (y: number) => formatNumber(logScale ? 10 ** y : y, 3);

	let low = Math.min(...plotted);
	let high = Math.max(...plotted);
	if (plotted.length === 0) {
		low = 0;
		high = 1;
	}
	if (high - low < 1e-12 * Math.max(1, Math.abs(high))) {
		// A flat series still needs a range to sit in the middle of.
		const pad = Math.abs(high) > 0 ? Math.abs(high) * 0.1 : 1;
		low -= pad;
		high += pad;
	}
	const rowOf = (y: number) => Math.round(((y - low) / (high - low)) * (height - 1));
	const labels = [labelOf(high), labelOf((high + low) / 2), labelOf(low)];
	const labelWidth = Math.max(...labels.map(l => l.length));
	const grid: string[][] = Array.from({length: height}, () =>
		Array.from({length: Math.max(1, options.width)}, () => ' '),
	);
	const put = (row: number, col: number, ch: string) => {
		const line = grid[height - 1 - row];
		if (line !== undefined && col >= 0 && col < line.length) line[col] = ch;
	};

	plotted.forEach((y, x) => {
		const r = rowOf(y);
		const next = plotted[x + 1];
		if (next === undefined) {
			put(r, x, options.markLast === false ? '─' : '●');
			return;
		}
		const r2 = rowOf(next);
		if (r2 === r) {
			put(r, x, '─');
		} else if (r2 > r) {
			put(r, x, '╯');
			for (let k = r + 1; k < r2; k++) put(k, x, '│');
			put(r2, x, '╭');
		} else {
			put(r, x, '╮');
			for (let k = r2 + 1; k < r; k++) put(k, x, '│');
			put(r2, x, '╰');
		}
	});

	return grid.map((line, i) => {
		const label =
			i === 0 ? labels[0] : i === height - 1 ? labels[2] : i === Math.floor((height - 1) / 2) ? labels[1] : '';
		return `${(label ?? '').padStart(labelWidth)} ┤${line.join('')}`.replace(/\s+$/, '');
	});
}
