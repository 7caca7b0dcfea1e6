import {describe, expect, it} from 'vitest';
import {createLabSession, labStars} from '../../src/game/lab/session.js';
import {createTrainer} from '../../src/game/lab/trainer.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import type {LevelSpec} from '../../src/levels/schema.js';

const levels = loadLevelPack('levels').levels;
const level = (id: string) => {
	const found = levels.find(l => l.id === id);
	if (found === undefined) throw new Error(`no level ${id}`);
	return found;
};
const labSpec = (id: string) => level(id).spec as Extract<LevelSpec, {kind: 'lab'}>;

describe('training', () => {
	it('the 2-2-2 network starts at the worked example’s error and its loss falls', () => {
		const trainer = createTrainer(labSpec('lab-notes-network'));
		expect(trainer.initialLoss).toBeCloseTo(0.298371109, 8);
		const first = trainer.step(0.5);
		let last = first;
		for (let i = 0; i < 50; i++) last = trainer.step(0.5);
		expect(last).toBeLessThan(first / 2);
	});

	it('the first step of the 2-2-2 network moves w21 to the worked example’s value', () => {
		const trainer = createTrainer(labSpec('lab-notes-network'));
		trainer.step(0.5);
		expect(trainer.parameters().find(p => p.name === 'w21')?.value).toBeCloseTo(0.35891648, 8);
	});

	it('XOR reaches its goal with the default η, within its step budget', () => {
		const session = createLabSession(level('lab-xor'));
		const view = session.advance(session.view().goal.steps);
		expect(view.status).toBe('goal');
		expect(view.goalStep).toBeLessThanOrEqual(view.goal.steps);
	});

	it('a huge η is detected as diverged, and the loss shown stays finite', () => {
		const session = createLabSession(level('descent-one-weight'));
		session.changeLearningRate(100);
		expect(session.view().learningRate).toBe(1.5);
		const view = session.advance(100);
		expect(view.status).toBe('diverged');
		expect(view.divergence).toBe('exploded');
		expect(view.losses.every(Number.isFinite)).toBe(true);
	});

	it('moons diverges at the top of its η range', () => {
		const session = createLabSession(level('lab-moons'));
		session.changeLearningRate(100);
		const view = session.advance(40);
		expect(view.status).toBe('diverged');
	});

	it('reset returns to the start', () => {
		const session = createLabSession(level('descent-one-weight'));
		session.advance(5);
		expect(session.reset()).toMatchObject({status: 'ready', steps: 0, losses: []});
		expect(session.descent?.weight()).toBe(8);
	});

	it('η moves on a log scale within the level’s range', () => {
		const session = createLabSession(level('descent-one-weight'));
		expect(session.changeLearningRate(4).learningRate).toBeCloseTo(0.5, 12);
		expect(session.changeLearningRate(-400).learningRate).toBe(0.01);
	});

	it('one-weight descent follows w ← w − η·dE/dw', () => {
		const session = createLabSession(level('descent-one-weight'));
		session.advance(1);
		// E = (w − 3)², w = 8, η = 0.05: w − 0.05·10 = 7.5
		expect(session.descent?.weight()).toBeCloseTo(7.5, 12);
		expect(session.view().losses).toEqual([25]);
	});

	it('stars come from the steps used', () => {
		expect([labStars(10, 40), labStars(20, 40), labStars(21, 40), labStars(40, 40), labStars(41, 40)]).toEqual([
			3, 3, 2, 2, 1,
		]);
	});
});
