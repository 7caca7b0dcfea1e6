// A loss curve in text. Written here rather than taken from asciichart because
// the lab needs a log axis, downsampling to the width, a marker for the latest
// point and a guarantee that NaN or Infinity are never drawn; asciichart does
// none of these.

import {itemAt} from '../../engine/checked.js';
import {formatNumber, powerOfTen} from '../../levels/format.js';
import {displayWidth, truncateToWidth} from '../text-width.js';

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

/** Columns every y-axis label takes, whatever its digits; a line is this, " ┤" and the plot. */
export const axisLabelWidth = 8;

/**
 * The smallest span the y-axis shows, as a share of the values' size (on a log
 * axis, in decades): a stall near 0.25 drawn across the whole height would look
 * like a steep fall, and its labels would all read 0.25.
 */
const minSpanShare = 0.1;
const minLogSpan = 0.1;

/** A value as a y-axis label of at most `width` characters: 3 figures, or fewer as a power of ten (`1×10⁻³`). */
export function axisLabel(value: number, width = axisLabelWidth): string {
	const plain = formatNumber(value, 3);
	if (displayWidth(plain) <= width) return plain;
	for (let decimals = 2; decimals >= 0; decimals--) {
		const short = powerOfTen(value, decimals);
		if (displayWidth(short) <= width) return short;
	}
	return truncateToWidth(powerOfTen(value, 0), width, '');
}

/** The y range to draw: the values' own, widened around its middle to the minimum span. */
export function axisRange(low: number, high: number, logScale: boolean): {low: number; high: number} {
	const minSpan = logScale ? minLogSpan : minSpanShare * Math.max(Math.abs(low), Math.abs(high));
	if (high - low >= minSpan && high - low >= 1e-12) return {low, high};
	const span = minSpan > 0 ? minSpan : 2;
	const middle = (low + high) / 2;
	return {low: middle - span / 2, high: middle + span / 2};
}

/** One value per column, sampled evenly and always keeping the first and the last, so a long run fits the width. */
export function downsample(values: readonly number[], width: number): number[] {
	return downsampleColumns(values, width).map(column => column.value);
}

/** A column of a downsampled series: the value sampled there, and the lowest and highest of the steps it stands for. */
export type Column = {readonly value: number; readonly low: number; readonly high: number};

/**
 * The columns of a long run: each the value `downsample` samples, with the extremes of the steps
 * nearer to it than to a neighbouring column's, so a one-step spike still shows once the run is
 * wider than the chart.
 */
export function downsampleColumns(values: readonly number[], width: number): Column[] {
	const at = (i: number) => itemAt(values, i);
	if (values.length <= width) return values.map(v => ({value: v, low: v, high: v}));
	if (width <= 1) {
		const last = at(values.length - 1);
		return [{value: last, low: Math.min(...values), high: Math.max(...values)}];
	}
	const index = (c: number) => Math.round((c * (values.length - 1)) / (width - 1));
	return Array.from({length: width}, (_, c) => {
		const from = c === 0 ? 0 : Math.floor((index(c - 1) + index(c)) / 2) + 1;
		const to = c === width - 1 ? values.length - 1 : Math.floor((index(c) + index(c + 1)) / 2);
		const bucket = values.slice(from, to + 1);
		return {value: at(index(c)), low: Math.min(...bucket), high: Math.max(...bucket)};
	});
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
	const scale = (v: number) => (logScale ? Math.log10(v) : v);
	const columns = downsampleColumns(usable, Math.max(1, options.width)).map(c => ({
		value: scale(c.value),
		low: scale(c.low),
		high: scale(c.high),
	}));
	const plotted = columns.map(c => c.value);
	const labelWidth = axisLabelWidth;
	const labelOf = (y: number) => axisLabel(logScale ? 10 ** y : y, labelWidth);

	// A flat or nearly flat series sits in a range of at least the minimum span.
	const {low, high} =
		columns.length === 0
			? {low: 0, high: 1}
			: axisRange(Math.min(...columns.map(c => c.low)), Math.max(...columns.map(c => c.high)), logScale);
	const rowOf = (y: number) => Math.round(((y - low) / (high - low)) * (height - 1));
	const labels = [labelOf(high), labelOf((high + low) / 2), labelOf(low)];
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

	// Steps a column stands for that reach beyond the rows the curve spans around it: a stroke out to
	// the spike. Steps within that span are drawn already by the lines to the neighbours; a stroke for
	// them would stand beside the corners as a stray bar.
	const stroke = (from: number, to: number, x: number) => {
		for (let k = from; k <= to; k++) {
			const line = grid[height - 1 - k];
			if (line !== undefined && line[x] === ' ') line[x] = '│';
		}
	};
	columns.forEach((column, x) => {
		const near = [plotted[x - 1], plotted[x], plotted[x + 1]].flatMap(y => (y === undefined ? [] : [rowOf(y)]));
		const spanLow = Math.min(...near);
		const spanHigh = Math.max(...near);
		if (rowOf(column.high) > spanHigh) stroke(spanHigh + 1, rowOf(column.high), x);
		if (rowOf(column.low) < spanLow) stroke(rowOf(column.low), spanLow - 1, x);
	});

	return grid.map((line, i) => {
		const label =
			i === 0 ? labels[0] : i === height - 1 ? labels[2] : i === Math.floor((height - 1) / 2) ? labels[1] : '';
		return `${(label ?? '').padStart(labelWidth)} ┤${line.join('')}`.replace(/\s+$/, '');
	});
}
