import {describe, expect, it} from 'vitest';
import {cellX, cellY, type MapArea} from '../../src/game/lab/map-area.js';
import {classSymbols, renderDecisionMap} from '../../src/ui/charts/decision-map.js';

/** Every cell's class from a rule on its centre, as a trainer's batched pass gives them. */
const byCentre = (classOf: (x: number, y: number) => number) => (area: MapArea) =>
	Array.from({length: area.columns * area.rows}, (_, i) =>
		classOf(cellX(area, i % area.columns), cellY(area, Math.floor(i / area.columns))),
	);

describe('the decision map', () => {
	const points = [
		{x: -1, y: 0, label: 0},
		{x: 0.5, y: 0.5, label: 1},
		{x: 1.5, y: 1, label: 2},
	];

	it('draws three classes as blank, · and ░ areas with the points as 1, 2, 3', () => {
		// x < 0 is class 0, 0 ≤ x < 1 class 1, the rest class 2; the map spans −1.25 … 1.75, a quarter a column.
		const lines = renderDecisionMap(
			byCentre(x => (x < 0 ? 0 : x < 1 ? 1 : 2)),
			3,
			points,
			12,
			4,
		);
		expect(lines).toEqual(['     ····░░3', '     ····░░░', '     ··2·░░░', ' 1   ····░░░']);
		expect(classSymbols(3)).toEqual({area: [' ', '·', '░'], point: ['1', '2', '3']});
	});

	it('keeps two classes as before: ░ for +1, points x and o', () => {
		const lines = renderDecisionMap(
			byCentre(x => (x > 0 ? 1 : 0)),
			2,
			[
				{x: -1, y: 0, label: 0},
				{x: 1, y: 1, label: 1},
			],
			8,
			2,
		);
		expect(lines.every(l => l.length === 8)).toBe(true);
		expect(lines.join('')).toContain('o');
		expect(lines.join('')).toContain('x');
		expect(lines.join('')).toContain('░');
	});

	it('leaves blank where the model gives no number', () => {
		expect(
			renderDecisionMap(
				byCentre(() => -1),
				3,
				[],
				4,
				1,
			),
		).toEqual(['    ']);
	});
});
