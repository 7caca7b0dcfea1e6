import {describe, expect, it} from 'vitest';
import {renderCurve} from '../../src/ui/charts/curve-plot.js';
import {
	axisLabel,
	axisLabelWidth,
	downsample,
	downsampleColumns,
	renderLineChart,
} from '../../src/ui/charts/line-chart.js';
import {displayWidth} from '../../src/ui/text-width.js';

/** The row (0 = top) of the curve's mark in each plot column. */
function rowsOfCurve(lines: string[]): number[] {
	const start = (lines[0] ?? '').indexOf('┤') + 1;
	const width = Math.max(...lines.map(l => l.length)) - start;
	const rows: number[] = [];
	for (let c = 0; c < width; c++) {
		const row = lines.findIndex(l => /[─╮╯╭╰●]/.test(l[start + c] ?? ' '));
		if (row >= 0) rows.push(row);
	}
	return rows;
}

describe('line chart', () => {
	it('a falling series draws a falling curve', () => {
		const values = Array.from({length: 50}, (_, i) => 10 * 0.9 ** i);
		const rows = rowsOfCurve(renderLineChart(values, {width: 40, height: 10}));
		expect(rows[0]).toBe(0);
		expect(rows.at(-1)).toBe(9);
		for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThanOrEqual(rows[i - 1] as number);
	});

	it('a rising series draws a rising curve', () => {
		const rows = rowsOfCurve(renderLineChart([1, 2, 3, 4, 5], {width: 10, height: 5}));
		expect(rows[0]).toBeGreaterThan(rows.at(-1) as number);
		expect(rows.at(-1)).toBe(0);
	});

	it('labels the top and bottom with the range', () => {
		const lines = renderLineChart([4, 2, 1], {width: 10, height: 5});
		expect(lines[0]).toMatch(/^\s*4 ┤/);
		expect(lines[4]).toMatch(/^\s*1 ┤/);
	});

	it('a constant series sits in the middle', () => {
		const lines = renderLineChart([3, 3, 3, 3], {width: 10, height: 5});
		expect(lines[2]).toContain('───●');
	});

	it('a single point is drawn', () => {
		expect(renderLineChart([0.5], {width: 10, height: 3}).join('\n')).toContain('●');
	});

	it('never draws NaN or Infinity, and never prints them', () => {
		const text = renderLineChart([1, Number.NaN, Number.POSITIVE_INFINITY, 0.5], {width: 10, height: 4}).join('\n');
		expect(text).not.toMatch(/NaN|Infinity/);
		expect(text).toContain('●');
	});

	it('handles huge ranges on a log axis', () => {
		const values = Array.from({length: 30}, (_, i) => 10 ** (8 - i / 2));
		const lines = renderLineChart(values, {width: 30, height: 8, logScale: true});
		expect(lines[0]).toMatch(/^\s*1×10⁸ ┤/);
		const rows = rowsOfCurve(lines);
		// Evenly spaced decades make a straight diagonal: the drop per column stays about the same.
		expect(rows.at(-1)).toBe(7);
	});

	it('fits narrow widths by downsampling, keeping both ends', () => {
		expect(downsample([5, 4, 3, 2, 1], 3)).toEqual([5, 3, 1]);
		const lines = renderLineChart(
			Array.from({length: 1000}, (_, i) => 1000 - i),
			{width: 12, height: 4},
		);
		for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(12 + axisLabelWidth + 2);
	});
});

describe('a long run drawn narrower than its steps', () => {
	// A falling loss with one step that jumps to 2.90, as the spiral lab's run at step 38.
	const run = Array.from({length: 400}, (_, i) => (i === 38 ? 2.9 : 1.1 * 0.995 ** i));

	it('keeps the extremes of the steps each column stands for', () => {
		const columns = downsampleColumns(run, 60);
		expect(columns).toHaveLength(60);
		expect(Math.max(...columns.map(c => c.high))).toBe(2.9);
		expect(columns.map(c => c.value)).toEqual(downsample(run, 60));
		expect(columns[0]).toMatchObject({value: 1.1});
		expect(columns.at(-1)?.value).toBe(run.at(-1));
	});

	it('draws the spike up to the top of the chart, labelled with its height', () => {
		const lines = renderLineChart(run, {width: 60, height: 10});
		expect(lines[0]).toMatch(/^\s*2\.9 ┤/);
		// The top row holds the spike's stroke, not only its label.
		expect(lines[0]?.slice(axisLabelWidth + 2).trim()).not.toBe('');
		// Every column still has its mark, as before.
		expect(rowsOfCurve(lines)).toHaveLength(60);
	});
});

describe('a smooth run drawn narrower than its steps', () => {
	it('is drawn as its sampled columns alone: no stray bar beside a corner for steps the lines already span', () => {
		// The notes' network at η = 0.5: a loss falling smoothly from 0.298 over 368 steps.
		const run = Array.from({length: 368}, (_, i) => 0.001 + 0.297 * 0.97 ** i);
		const sampled = downsample(run, 40);
		expect(renderLineChart(run, {width: 40, height: 14})).toEqual(renderLineChart(sampled, {width: 40, height: 14}));
		expect(renderLineChart(run, {width: 40, height: 14}).join('\n')).not.toMatch(/[╮╯╭╰│]│/);
	});
});

describe('line chart axis', () => {
	it('labels keep the chart its width whatever their digits: 0.000999 fits as it is, a smaller one as maths (1×10⁻¹²), never 1e-12', () => {
		expect(renderLineChart([0.2984, 0.1, 0.02, 0.000999], {width: 12, height: 5})).toEqual([
			'   0.298 ┤╮',
			'         ┤│',
			'   0.150 ┤│',
			'         ┤╰╮',
			'0.000999 ┤ ╰─●',
		]);
		expect(axisLabel(1e-12)).toBe('1×10⁻¹²');
		for (const value of [0.000999, -0.000999, 123456, -1234567, 1e-12, -0.0123]) {
			expect(axisLabel(value).length).toBeLessThanOrEqual(axisLabelWidth);
		}
	});

	it('a plateau near 0.25 is drawn flat on a scale that says so, not as a fall from top to bottom', () => {
		const plateau = [0.2514, 0.2512, 0.2508, 0.2505, 0.2503, 0.25];
		expect(renderLineChart(plateau, {width: 12, height: 6})).toEqual([
			'   0.263 ┤',
			'         ┤',
			'   0.251 ┤──╮',
			'         ┤  ╰──●',
			'         ┤',
			'   0.238 ┤',
		]);
	});
});

describe('E(w) curve', () => {
	const error = (w: number) => (w - 3) ** 2;

	it('draws a steep part connected: the dots of each column touch those of the next', () => {
		const lines = renderCurve({error, range: [-6, 12], point: undefined, trail: [], width: 24, height: 16});
		const start = (lines[0] ?? '').indexOf('┤') + 1;
		const dotRows = (c: number) => lines.slice(0, -2).flatMap((l, r) => (l[start + c] === '·' ? [r] : []));
		for (let c = 0; c + 1 < 24; c++) {
			const here = dotRows(c);
			const next = dotRows(c + 1);
			const gap = Math.min(...here.flatMap(a => next.map(b => Math.abs(a - b))));
			expect(gap, `columns ${c} and ${c + 1}:\n${lines.join('\n')}`).toBeLessThanOrEqual(1);
		}
	});

	it('draws the curve, the point and a tangent leaning with the slope', () => {
		const lines = renderCurve({
			error,
			range: [-2, 8],
			point: {w: 6, error: 9, slope: 6},
			trail: [],
			width: 40,
			height: 12,
		});
		const text = lines.join('\n');
		expect(text).toContain('●');
		expect(text).toContain('╱');
		expect(text).not.toContain('╲');
		expect(lines.at(-1)).toMatch(/-2\s+8$/);
	});

	it('draws the tangent only near the point, so the curve keeps its own dots beside it', () => {
		// The one-weight lab's first screen: w = 8 on the right branch, where curve and tangent run close.
		const lines = renderCurve({
			error,
			range: [-3.41, 9.49],
			point: {w: 8, error: 25, slope: 10},
			trail: [],
			width: 37,
			height: 14,
		});
		const text = lines.join('\n');
		expect(text.split('╱').length - 1).toBeLessThanOrEqual(5);
		const pointRow = lines.findIndex(line => line.includes('●'));
		const rightDots = (line: string) => [...line.slice(-18)].filter(ch => ch === '·').length;
		const above = lines.slice(0, pointRow - 3).filter(line => rightDots(line) > 0).length;
		const below = lines.slice(pointRow + 3, 14).filter(line => rightDots(line) > 0).length;
		expect(above).toBeGreaterThan(0);
		expect(below).toBeGreaterThan(2);
	});

	it('shows a weight that left the range as an arrow at the edge', () => {
		const text = renderCurve({
			error,
			range: [-2, 8],
			point: {w: 50, error: 2209, slope: 94},
			trail: [],
			width: 40,
			height: 12,
		}).join('\n');
		expect(text).toContain('▶');
		expect(text).not.toContain('●');
	});
});
