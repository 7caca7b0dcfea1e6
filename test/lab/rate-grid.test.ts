import {describe, expect, it} from 'vitest';
import {moveOnGrid, rateGrid} from '../../src/game/lab/rate-grid.js';
import {createLabSession} from '../../src/game/lab/session.js';
import {isTrainingLevel} from '../../src/levels/loader.js';
import {levelById, shippedLevels} from '../support/levels.js';

const levels = shippedLevels;
const labs = levels.filter(isTrainingLevel);

describe('the η dial', () => {
	it('holds round numbers, the start and the marks, inside the range', () => {
		expect(rateGrid({min: 0.01, max: 1.5, start: 0.05, marks: [0.9, 1.01]})).toEqual([
			0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 0.9, 1, 1.01, 1.5,
		]);
		expect(rateGrid({min: 0.4, max: 4, start: 0.45})).toEqual([0.4, 0.45, 0.5, 0.7, 1, 1.5, 2, 3, 4]);
	});

	it('moves one value per press and stops at the ends', () => {
		const grid = [0.1, 0.5, 1];
		expect(moveOnGrid(grid, 0.1, 1)).toBe(0.5);
		expect(moveOnGrid(grid, 0.5, -1)).toBe(0.1);
		expect(moveOnGrid(grid, 1, 5)).toBe(1);
		expect(moveOnGrid(grid, 0.1, -5)).toBe(0.1);
		// Off the grid, a press goes to the neighbour in that direction.
		expect(moveOnGrid(grid, 0.3, 1)).toBe(0.5);
		expect(moveOnGrid(grid, 0.3, -1)).toBe(0.1);
	});

	it('the one-weight lab reaches every η its text talks about, exactly', () => {
		const session = createLabSession(levelById('descent-one-weight'));
		const reached = new Set<number>([session.view().learningRate]);
		for (let i = 0; i < 20; i++) reached.add(session.changeLearningRate(1).learningRate);
		for (const eta of [0.1, 0.5, 0.9, 1, 1.01, 1.5]) expect(reached).toContain(eta);
	});

	it.each(labs.map(l => [l.id, l] as const))(
		'%s: the default η is reachable again after going to either end',
		(_, level) => {
			const session = createLabSession(level);
			const start = session.view().learningRate;
			const {grid} = session.view();
			expect(grid).toContain(start);
			const down = grid.indexOf(start);
			session.changeLearningRate(100);
			expect(session.view().learningRate).toBe(session.view().range.max);
			expect(session.changeLearningRate(-(grid.length - 1 - down)).learningRate).toBe(start);
			session.changeLearningRate(-100);
			expect(session.view().learningRate).toBe(session.view().range.min);
			expect(session.changeLearningRate(down).learningRate).toBe(start);
		},
	);
});
