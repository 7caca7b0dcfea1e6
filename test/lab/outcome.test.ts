import {describe, expect, it} from 'vitest';
import {judgeRun, minProgress, recentProgress, stallWindow, windowTrend} from '../../src/game/lab/outcome.js';
import {createLabSession, type LabSession, outcomeOf} from '../../src/game/lab/session.js';
import {isTrainingLevel, type Level} from '../../src/levels/loader.js';
import {levelById, shippedLevels} from '../support/levels.js';

const levels = shippedLevels;
const labs = levels.filter(isTrainingLevel);

describe('judging a run', () => {
	const facts = {initial: 1, goal: 0.01, window: 4, since: 0};
	it('says goal, diverged, stalled, oscillating or improving', () => {
		expect(judgeRun({...facts, losses: [0.5, 0.005]}).outcome).toBe('goal');
		expect(judgeRun({...facts, losses: [Number.POSITIVE_INFINITY]})).toEqual({
			outcome: 'diverged',
			divergence: 'not-finite',
		});
		expect(judgeRun({...facts, losses: [3, 11]})).toEqual({outcome: 'diverged', divergence: 'exploded'});
		expect(judgeRun({...facts, losses: [0.5, 0.5, 0.5, 0.5, 0.499]}).outcome).toBe('stalled');
		expect(judgeRun({...facts, losses: [0.9, 0.8, 0.7, 0.6, 0.5]}).outcome).toBe('improving');
		const bounce = {...facts, losses: [1, 1, 1, 1, 1], moves: [-10, 10, -10, 10, -10]};
		expect(judgeRun(bounce).outcome).toBe('oscillating');
		expect(judgeRun({...bounce, losses: [1.1, 1.2, 1.3, 1.4, 1.5]})).toEqual({
			outcome: 'diverged',
			divergence: 'growing',
		});
	});

	it('judges a swinging loss on its trend: falling is progress, flat or rising oscillates, never "stalled"', () => {
		const zigzag = (start: number, drift: number) =>
			Array.from({length: 9}, (_, k) => start + drift * k + (k % 2 === 0 ? 0.1 : -0.1));
		expect(judgeRun({...facts, window: 8, losses: zigzag(0.5, 0)})).toMatchObject({outcome: 'oscillating'});
		expect(judgeRun({...facts, window: 8, losses: zigzag(0.5, 0.001)})).toMatchObject({outcome: 'oscillating'});
		expect(judgeRun({...facts, window: 8, losses: zigzag(0.9, -0.05)}).outcome).toBe('improving');
		// Ends that happen to match would have read as a stall.
		const swing = judgeRun({...facts, window: 8, losses: [0.5, 0.8, 0.3, 0.9, 0.4, 0.9, 0.3, 0.8, 0.5]});
		expect(swing).toMatchObject({outcome: 'oscillating'});
		// One jump then flat is no swing: a stall.
		expect(judgeRun({...facts, initial: 0.3, window: 4, losses: [0.49, 0.49, 0.49, 0.49]}).outcome).toBe('stalled');
		expect(windowTrend([0.3, 0.49, 0.49, 0.49]).swing).toBe(0);
	});

	it('waits a whole window after the run last changed', () => {
		const flat = {...facts, losses: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]};
		expect(judgeRun({...flat, since: 3}).outcome).toBe('improving');
		expect(judgeRun({...flat, since: 2}).outcome).toBe('stalled');
	});
});

/** Trains on through every pause (a stall or a bounce) until `steps` steps or the run is over. */
function trainOn(session: LabSession, steps: number) {
	let view = session.view();
	while (view.steps < steps && view.status !== 'goal' && view.status !== 'diverged') {
		view = session.advance(steps - view.steps);
	}
	return view;
}

// The moons take ~5 ms a step (far more on a busy machine): their sweep stops
// once a stall could have been judged and takes every other η of the dial,
// both ends and the η where it stalls.
const isMoons = (l: Level) => l.id === 'lab-moons';
const budgetOf = (l: Level) => ('goal' in l.spec ? l.spec.goal.steps : 0);
// The spiral's 19 values of η each run its step budget, no more: enough to
// see each reach its goal, diverge, or still be improving.
const horizon = (l: Level) =>
	isMoons(l) ? stallWindow(budgetOf(l)) + 20 : l.id === 'lab-spiral' ? budgetOf(l) : 2 * budgetOf(l);
const sweep = (l: Level) => {
	const grid = createLabSession(l).view().grid;
	if (!isMoons(l)) return grid;
	return grid.filter((eta, i) => i % 2 === 0 || i === grid.length - 1 || eta === 3);
};

describe.each(labs.map(l => [l.id, l] as const))('%s over its whole η range', (_, lab) => {
	const grid = createLabSession(lab).view().grid;
	it.each(sweep(lab).map(eta => [eta]))(
		'η = %s ends in exactly one named outcome, and no stall stops a run that would reach the goal within budget',
		eta => {
			const session = createLabSession(lab);
			session.changeLearningRate(grid.indexOf(eta) - grid.indexOf(session.view().learningRate));
			expect(session.view().learningRate).toBe(eta);
			const budget = session.view().goal.steps;
			const window = stallWindow(budget);
			let view = session.advance(horizon(lab));
			const outcome = outcomeOf(view);
			expect(['goal', 'diverged', 'stalled', 'oscillating', 'improving']).toContain(outcome);
			expect(view.losses.every(Number.isFinite)).toBe(true);
			if (outcome === 'improving') {
				// Still improving means real progress over the last window: never a silent plateau.
				expect(view.steps).toBe(horizon(lab));
				expect(recentProgress(session.trainer.initialLoss, view.losses, window)).toBeGreaterThanOrEqual(minProgress);
			}
			if (outcome === 'goal') expect(view.losses.at(-1)).toBeLessThan(view.goal.loss);
			if (outcome === 'stalled' || outcome === 'oscillating') {
				expect(recentProgress(session.trainer.initialLoss, view.losses, window)).toBeLessThan(minProgress);
				// Trained on regardless, the run does not make its goal within the budget.
				view = trainOn(session, budget);
				expect(view.status === 'goal' && (view.goalStep ?? 0) <= budget).toBe(false);
			}
		},
	);
});

describe('each lab’s lesson happens inside its range', () => {
	const runAt = (id: string, eta: number, steps: number) => {
		const session = createLabSession(levelById(id));
		const {grid, learningRate} = session.view();
		session.changeLearningRate(grid.indexOf(eta) - grid.indexOf(learningRate));
		return session.advance(steps);
	};
	// Training a net for hundreds of steps is the heaviest sum here: room for a busy machine.
	const heavy = 60_000;

	it('one weight: η = 1 oscillates, 1.01 diverges as the bounces grow, 0.5 lands in one step', () => {
		expect(runAt('descent-one-weight', 1, 100)).toMatchObject({status: 'oscillating', steps: 8});
		expect(runAt('descent-one-weight', 1.01, 100)).toMatchObject({status: 'diverged', divergence: 'growing'});
		expect(runAt('descent-one-weight', 0.5, 100)).toMatchObject({status: 'goal', goalStep: 1});
		expect(runAt('descent-one-weight', 0.9, 100)).toMatchObject({status: 'goal', goalStep: 18});
		expect(runAt('descent-one-weight', 0.05, 100)).toMatchObject({status: 'goal', goalStep: 38});
	});

	it(
		'the notes’ network: 478 steps at 0.5, 3 from 20 to 50, a stall from 150',
		() => {
			// The same step counts as an independent numpy reimplementation.
			expect(runAt('lab-notes-network', 0.5, 1000).goalStep).toBe(478);
			expect(runAt('lab-notes-network', 5, 1000).goalStep).toBe(46);
			for (const eta of [20, 30, 50]) expect(runAt('lab-notes-network', eta, 1000).goalStep).toBe(3);
			expect(runAt('lab-notes-network', 100, 1000).goalStep).toBe(25);
			expect(runAt('lab-notes-network', 150, 1000)).toMatchObject({status: 'stalled', steps: 30});
			expect(runAt('lab-notes-network', 200, 1000).status).toBe('stalled');
		},
		heavy,
	);

	it('XOR: a plateau near 0.25 at the default η, then the goal; small η stalls on it', () => {
		const view = runAt('lab-xor', 1, 600);
		expect(view.goalStep).toBe(229);
		// Still within 3 % of the start after 80 steps: the plateau the intro promises.
		expect(view.losses[79]).toBeGreaterThan(0.24);
		expect(runAt('lab-xor', 0.3, 600).status).toBe('stalled');
		expect(runAt('lab-xor', 5, 600).goalStep).toBe(48);
	});

	it(
		'three spiral arms: about 400 steps at the default 0.3 and 250 at 0.5',
		() => {
			expect(runAt('lab-spiral', 0.3, 600).goalStep).toBe(402);
			expect(runAt('lab-spiral', 0.5, 600).goalStep).toBe(247);
		},
		heavy,
	);

	it(
		'three spiral arms: within 140 steps at 1 and 2, diverged from 3',
		() => {
			expect(runAt('lab-spiral', 1, 600).goalStep).toBe(126);
			expect(runAt('lab-spiral', 2, 600).goalStep).toBe(131);
			for (const eta of [3, 10]) expect(runAt('lab-spiral', eta, 600).status).toBe('diverged');
		},
		heavy,
	);

	it(
		'three spiral arms: too small an η is still improving at the end of the budget, short of the goal',
		() => {
			expect(runAt('lab-spiral', 0.1, 500)).toMatchObject({status: 'paused', steps: 500, goalStep: undefined});
		},
		heavy,
	);

	it('moons: the default reaches the goal; η = 3 swings with no falling trend (not a stall) and 5 diverges', () => {
		const swinging = runAt('lab-moons', 3, 100);
		expect(swinging.status).toBe('oscillating');
		expect(swinging.swing).toBeGreaterThan(0.1);
		expect(runAt('lab-moons', 5, 100).status).toBe('diverged');
	});
});
