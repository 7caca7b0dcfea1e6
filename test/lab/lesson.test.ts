// The numbers the lab screen teaches from, without the screen.
import {describe, expect, it} from 'vitest';
import {createDescent} from '../../src/game/lab/descent.js';
import {descentLesson, isPredictionRight} from '../../src/game/lab/lesson.js';
import {levelById} from '../support/levels.js';

describe('the one-weight lesson on E(w) = (w − 3)², from w = 8', () => {
	const level = levelById('descent-one-weight');

	it('multiplies the distance to the minimum by 1 − 2η each step', () => {
		const descent = createDescent(level);
		expect(descentLesson(descent, 0.1)).toEqual({curvature: 2, factor: 0.8, lastStep: undefined});
		descent.step(0.1);
		// 5 from the minimum, then 5 · 0.8 = 4.
		const lesson = descentLesson(descent, 0.1);
		expect(lesson?.lastStep?.before).toBeCloseTo(5, 9);
		expect(lesson?.lastStep?.after).toBeCloseTo(4, 9);
		expect(lesson?.lastStep?.rate).toBeUndefined();
	});

	it('names the η of the last step once another is dialled, and η = 0.5 lands in one step', () => {
		const descent = createDescent(level);
		descent.step(0.1);
		const lesson = descentLesson(descent, 0.5);
		expect(lesson?.factor).toBe(0);
		expect(lesson?.lastStep?.rate).toBe(0.1);
	});
});

describe('a small data set’s output', () => {
	it('is right within 0.5 of its target, and wrong from 0.5 on', () => {
		expect(isPredictionRight({inputs: [0, 1], output: 0.51, target: 1})).toBe(true);
		expect(isPredictionRight({inputs: [0, 1], output: 0.5, target: 1})).toBe(false);
		expect(isPredictionRight({inputs: [1, 1], output: -0.2, target: 0})).toBe(true);
	});
});
