import {describe, expect, it} from 'vitest';
import {cellX, cellY, mapArea} from '../../src/game/lab/map-area.js';
import {createLabSession, labStars} from '../../src/game/lab/session.js';
import {createTrainer} from '../../src/game/lab/trainer.js';
import type {LevelSpec} from '../../src/levels/schema.js';
import {levelById} from '../support/levels.js';

const labSpec = (id: string) => levelById(id).spec as Extract<LevelSpec, {kind: 'lab'}>;

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
		expect(trainer.parameters?.().find(p => p.name === 'w21')?.value).toBeCloseTo(0.35891648, 8);
	});

	it('XOR reaches its goal with the default η, within its step budget', () => {
		const session = createLabSession(levelById('lab-xor'));
		const view = session.advance(session.view().goal.steps);
		expect(view.status).toBe('goal');
		expect(view.goalStep).toBeLessThanOrEqual(view.goal.steps);
	});

	it('a huge η is detected as diverged, and the loss shown stays finite', () => {
		const session = createLabSession(levelById('descent-one-weight'));
		session.changeLearningRate(100);
		expect(session.view().learningRate).toBe(1.5);
		const view = session.advance(100);
		expect(view.status).toBe('diverged');
		expect(view.divergence).toBe('exploded');
		// E = 25, 100, 400: past ten times the start at the second step.
		expect(view.steps).toBe(2);
		expect(view.losses.every(Number.isFinite)).toBe(true);
	});

	it('moons diverges at the top of its η range', () => {
		const session = createLabSession(levelById('lab-moons'));
		session.changeLearningRate(100);
		const view = session.advance(40);
		expect(view.status).toBe('diverged');
	});

	it('reset returns to the start', () => {
		const session = createLabSession(levelById('descent-one-weight'));
		session.advance(5);
		expect(session.reset()).toMatchObject({status: 'ready', steps: 0, losses: []});
		expect(session.descent?.weight()).toBe(8);
	});

	it('η moves along the level’s dial within its range', () => {
		const session = createLabSession(levelById('descent-one-weight'));
		expect(session.changeLearningRate(4).learningRate).toBe(0.2);
		expect(session.changeLearningRate(-400).learningRate).toBe(0.01);
	});

	it('one-weight descent follows w ← w − η·dE/dw', () => {
		const session = createLabSession(levelById('descent-one-weight'));
		session.advance(1);
		// E = (w − 3)², w = 8, η = 0.05: w − 0.05·10 = 7.5, where E = 4.5² = 20.25
		expect(session.descent?.weight()).toBeCloseTo(7.5, 12);
		expect(session.view().losses).toEqual([20.25]);
	});

	it('stars come from the steps used', () => {
		expect([labStars(10, 40), labStars(20, 40), labStars(21, 40), labStars(40, 40), labStars(41, 40)]).toEqual([
			3, 3, 2, 2, 1,
		]);
	});

	it('the best run survives a reset; a slower one does not replace it', () => {
		const session = createLabSession(levelById('descent-one-weight'));
		session.changeLearningRate(6); // 0.5
		expect(session.advance(10)).toMatchObject({status: 'goal', goalStep: 1});
		session.reset();
		session.changeLearningRate(-6); // 0.05
		const view = session.advance(100);
		expect(view.goalStep).toBe(38);
		expect(view.best).toEqual({learningRate: 0.5, steps: 1});
	});

	it('a stall pauses the run; space trains on and judges afresh', () => {
		const session = createLabSession(levelById('lab-notes-network'));
		session.changeLearningRate(100); // the top: 200
		session.setRunning(true);
		expect(session.advance(100)).toMatchObject({status: 'stalled', steps: 30});
		expect(session.setRunning(true)).toMatchObject({status: 'running', since: 30});
		expect(session.advance(10)).toMatchObject({status: 'running', steps: 40});
	});

	it('a step after a stall (s) trains on too, without stalling again at once', () => {
		const session = createLabSession(levelById('lab-notes-network'));
		session.changeLearningRate(100);
		expect(session.advance(100)).toMatchObject({status: 'stalled', steps: 30});
		session.setRunning(false);
		expect(session.advance(1)).toMatchObject({status: 'paused', steps: 31});
	});
});

describe('the MLP labs train on the tensor engine', () => {
	it('one moons step equals the same step on the scalar engine, and the map scores as the scalar net does', async () => {
		const {MLP, makeMoons, maxMarginLoss, l2Penalty, sgdStep, Value} = await import('../../src/engine/index.js');
		const spec = labSpec('lab-moons');
		const trainer = createTrainer(spec);
		const whole = new MLP(2, [16, 16, 1], {activation: 'relu', outputActivation: 'linear', seed: 7});
		const {inputs, labels} = makeMoons(100, {noise: 0.1, seed: 3});
		const loss = () =>
			maxMarginLoss(
				inputs.map(x => whole.forward(x)[0] ?? new Value(0)),
				labels,
			).add(l2Penalty(whole.parameters(), 1e-4));
		const before = loss();
		expect(trainer.initialLoss).toBeCloseTo(before.data, 10);
		before.backward();
		sgdStep(whole.parameters(), 0.1);
		// step() reports the loss where the step arrives.
		expect(trainer.step(0.1)).toBeCloseTo(loss().data, 10);
		const score = trainer.classifier?.scorer() ?? (() => Float64Array.of(Number.NaN));
		const classOf = trainer.classifier?.classify() ?? (() => -1);
		for (const [x, y] of [
			[0, 0],
			[1, -0.5],
			[-0.8, 0.9],
		] as const) {
			const expected = whole.forward([x, y])[0]?.data ?? Number.NaN;
			expect(score(x, y)[0]).toBeCloseTo(expected, 10);
			expect(classOf(x, y)).toBe(expected > 0 ? 1 : 0);
		}
	});

	it.each(['lab-moons', 'lab-spiral'])(
		'%s: the map classes every cell in one pass as the point-by-point scorer does, and the accuracy counts the points so',
		id => {
			const trainer = createTrainer(labSpec(id));
			for (let i = 0; i < 30; i++) trainer.step(labSpec(id).learningRate.start);
			const classifier = trainer.classifier;
			if (classifier === undefined) throw new Error(`${id} has no classifier`);
			const classOf = classifier.classify();
			const area = mapArea(classifier.points, 37, 13);
			const cells = classifier.classifyArea(area);
			const expected = Array.from({length: 37 * 13}, (_, i) =>
				classOf(cellX(area, i % 37), cellY(area, Math.floor(i / 37))),
			);
			expect([...cells]).toEqual(expected);
			// A map of more than one class: the comparison above says something.
			expect(new Set(expected).size).toBeGreaterThan(1);
			const right = classifier.points.filter(p => classOf(p.x, p.y) === p.label).length;
			expect(classifier.accuracy()).toBe(right / classifier.points.length);
			// The next frame after a step sees the new weights, from the same reused array.
			trainer.step(labSpec(id).learningRate.start);
			const after = classifier.classify();
			const again = classifier.classifyArea(area);
			expect(again).toBe(cells);
			expect([...again]).toEqual(expected.map((_, i) => after(cellX(area, i % 37), cellY(area, Math.floor(i / 37)))));
		},
	);
});
