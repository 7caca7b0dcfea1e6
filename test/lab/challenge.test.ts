import {describe, expect, it} from 'vitest';
import {rateGrid} from '../../src/game/lab/rate-grid.js';
import {createLabSession, type LabView, labStars} from '../../src/game/lab/session.js';
import {isTrainingLevel, type Level} from '../../src/levels/loader.js';
import {displayWidth} from '../../src/ui/text-width.js';
import {shippedLevels} from '../support/levels.js';

type Tuned = {learningRate: {min: number; max: number; start: number; marks?: number[]}; goal: {steps: number}};
const labs = shippedLevels.filter(isTrainingLevel);
const tuned = (level: Level) => level.spec as unknown as Tuned;

/** Trains at `eta` (a value on the level's dial) until the goal, a divergence or `steps`, training on through pauses. */
function runAt(level: Level, eta: number, steps: number): LabView {
	const session = createLabSession(level);
	const grid = rateGrid(tuned(level).learningRate);
	session.changeLearningRate(grid.indexOf(eta) - grid.indexOf(tuned(level).learningRate.start));
	let view = session.view();
	for (
		let guard = 0;
		guard < 100 && view.steps < steps && view.status !== 'goal' && view.status !== 'diverged';
		guard++
	)
		view = session.advance(steps - view.steps);
	return view;
}

const threeStars = (view: LabView, budget: number) =>
	view.status === 'goal' && labStars(view.goalStep ?? view.steps, budget) === 3;

describe('every lab asks the learner to tune η', () => {
	it('there are labs', () => expect(labs.length).toBeGreaterThanOrEqual(4));

	for (const level of labs) {
		const {goal, learningRate} = tuned(level);
		const fast = goal.steps / 2;

		it(`${level.id}: the introduction opens with its challenge, one line at 80 columns`, () => {
			const en = `Challenge: find an η that reaches the goal within ${fast} steps.`;
			const ko = `도전: ${fast}단계 안에 목표에 닿는 η를 찾으세요.`;
			expect(level.spec.intro.en.startsWith(en)).toBe(true);
			expect(level.spec.intro.ko.startsWith(ko)).toBe(true);
			for (const line of [en, ko]) expect(displayWidth(line)).toBeLessThanOrEqual(78);
		});

		it(`${level.id}: the default η = ${learningRate.start} does not earn ★★★, a larger one on the dial does`, () => {
			expect(threeStars(runAt(level, learningRate.start, fast + 1), goal.steps)).toBe(false);
			const larger = rateGrid(learningRate).filter(eta => eta > learningRate.start);
			const found = larger.find(eta => threeStars(runAt(level, eta, fast + 1), goal.steps));
			expect(found, 'an η on the dial that meets the challenge').toBeDefined();
		}, 120_000);
	}
});
