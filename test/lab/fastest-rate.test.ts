// The fastest η on each lab's dial, which the result screen sets beside the
// learner's run: a pruned sweep, checked here against trying every value.
import {describe, expect, it} from 'vitest';
import {compareWithFastest, fastestRate, startFastestSweep} from '../../src/game/lab/fastest-rate.js';
import {createLabSession, labStars} from '../../src/game/lab/session.js';
import {isTrainingLevel, type Level} from '../../src/levels/loader.js';
import {shippedLevels} from '../support/levels.js';

/** Steps a fresh run at `eta` takes to the goal within `limit` steps, trained on through stalls; undefined if it never gets there. */
function stepsAt(level: Level, eta: number, limit: number): number | undefined {
	const session = createLabSession(level);
	const {grid, learningRate} = session.view();
	session.changeLearningRate(grid.indexOf(eta) - grid.indexOf(learningRate));
	let view = session.view();
	for (
		let guard = 0;
		guard < 100 && view.steps < limit && view.status !== 'goal' && view.status !== 'diverged';
		guard++
	)
		view = session.advance(limit - view.steps);
	return view.status === 'goal' ? view.steps : undefined;
}

describe('the fastest η on the dial', () => {
	for (const level of shippedLevels.filter(isTrainingLevel)) {
		it(`${level.id}: is on the dial, earns ★★★, and no value on the dial reaches the goal sooner`, () => {
			const fastest = fastestRate(level);
			const {grid, goal} = createLabSession(level).view();
			expect(fastest).toBeDefined();
			if (fastest === undefined) return;
			expect(grid).toContain(fastest.learningRate);
			expect(labStars(fastest.steps, goal.steps)).toBe(3);
			expect(stepsAt(level, fastest.learningRate, goal.steps)).toBe(fastest.steps);
			const sooner = grid.filter(eta => stepsAt(level, eta, fastest.steps - 1) !== undefined);
			expect(sooner).toEqual([]);
		}, 120_000);
	}

	it('is swept once per level: the second call is the same answer, at once', () => {
		const level = shippedLevels.find(l => l.id === 'lab-xor');
		if (level === undefined) throw new Error('no lab-xor');
		const first = fastestRate(level);
		const started = performance.now();
		expect(fastestRate(level)).toBe(first);
		expect(performance.now() - started).toBeLessThan(50);
	});
});

describe('the sweep in slices, as the result screen runs it', () => {
	it('takes many slices of 20 steps for the spiral lab and ends at the same η as one go', () => {
		const level = shippedLevels.find(l => l.id === 'lab-spiral');
		if (level === undefined) throw new Error('no lab-spiral');
		const sweep = startFastestSweep(level);
		let slices = 1;
		while (!sweep.advance(20)) slices++;
		// 10, 7, 5 and 3 diverge at once; 2 takes 131 steps, 1.5 takes 121, 1 is cut off at 120.
		expect(slices).toBeGreaterThan(15);
		expect(sweep.result).toEqual({learningRate: 1.5, steps: 121});
		expect(fastestRate(level)).toEqual(sweep.result);
	}, 120_000);
});

describe('a run beside the fastest η', () => {
	const fastest = {learningRate: 0.5, steps: 10};
	it('the same η and no slower is the fastest', () => {
		expect(compareWithFastest({learningRate: 0.5, steps: 10}, fastest)).toEqual({kind: 'same'});
	});
	it('another η as fast (or a run that changed η on the way and beat it) is as fast', () => {
		expect(compareWithFastest({learningRate: 0.3, steps: 10}, fastest)).toEqual({kind: 'as-fast', fastest});
		expect(compareWithFastest({learningRate: 0.3, steps: 8}, fastest)).toEqual({kind: 'as-fast', fastest});
	});
	it('a slower run is told how many steps it could save', () => {
		expect(compareWithFastest({learningRate: 0.2, steps: 25}, fastest)).toEqual({kind: 'slower', fastest, fewer: 15});
	});
});
