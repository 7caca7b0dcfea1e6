// The fastest η on a lab's dial, found by training a fresh model at each value
// the learner could have picked. The result screen sets the learner's run
// beside it. Cheap by pruning: the dial is swept from its largest value down
// (big steps either win fast or fail fast), a run stops once it is no faster
// than the best so far or stalls, and the sweep ends at the first smaller η
// that does no better. Each level is swept once per process, in slices a
// screen can run between frames (startFastestSweep) or in one go (fastestRate).

import {isTrainingLevel, type Level} from '../../levels/loader.js';
import {moveOnGrid, rateGrid} from './rate-grid.js';
import {createLabSession, type GoalRun, type LabSession} from './session.js';

const found = new Map<string, {readonly run: GoalRun | undefined}>();

const keyOf = (level: Level) => `${level.file}#${level.id}`;

/** The level's fastest η if a sweep has already found it in this process ({run: undefined}: none reaches the goal). */
export function knownFastest(level: Level): {readonly run: GoalRun | undefined} | undefined {
	return found.get(keyOf(level));
}

/** The η on the level's dial that reaches the goal in the fewest steps within its step limit; undefined when none does. */
export function fastestRate(level: Level): GoalRun | undefined {
	const known = knownFastest(level);
	if (known !== undefined) return known.run;
	const sweep = startFastestSweep(level);
	while (!sweep.advance(Number.POSITIVE_INFINITY));
	return sweep.result;
}

/**
 * The sweep a slice at a time, so a screen can run it between frames and keys:
 * the lab's models take a second or more to sweep under load.
 */
export type FastestSweep = {
	/** Trains up to `steps` more steps (at least one run's worth of bookkeeping); true once the sweep is over. */
	advance(steps: number): boolean;
	/** The fastest run, once `advance` has returned true. */
	readonly result: GoalRun | undefined;
};

export function startFastestSweep(level: Level): FastestSweep {
	if (!isTrainingLevel(level)) throw new Error(`level ${level.id} is not a lab level`);
	// Read off the level, not a session: building a model just to read its dial would cost a slice.
	const {goal, learningRate: dial} = level.spec;
	const grid = rateGrid(dial);
	let best: GoalRun | undefined;
	let index = grid.length - 1;
	let run: {readonly session: LabSession; readonly learningRate: number; readonly limit: number} | undefined;
	let over = false;
	const finish = () => {
		over = true;
		found.set(keyOf(level), {run: best});
		return true;
	};
	return {
		advance(steps) {
			let budget = steps;
			while (!over) {
				if (run === undefined) {
					const learningRate = grid[index];
					if (learningRate === undefined) return finish();
					const limit = best === undefined ? goal.steps : best.steps - 1;
					if (limit < 1) return finish();
					run = {session: startRun(level, grid, dial.start, learningRate), learningRate, limit};
				}
				if (budget <= 0) return false;
				const before = run.session.view().steps;
				const view = run.session.advance(Math.min(budget, run.limit - before));
				budget -= Math.max(1, view.steps - before);
				// A run ends at the goal, at any other outcome, or at its limit.
				const reached = view.status === 'goal';
				if (!reached && view.status === 'paused' && view.steps < run.limit) continue;
				const {learningRate} = run;
				run = undefined;
				index--;
				if (reached) best = {learningRate, steps: view.steps};
				// Sweeping down from the top, the first smaller η that does no better ends it.
				else if (best !== undefined) return finish();
			}
			return true;
		},
		get result() {
			return best;
		},
	};
}

/** A fresh run of the level at `learningRate`, dialled from the level's starting η. */
function startRun(level: Level, grid: readonly number[], start: number, learningRate: number): LabSession {
	const session = createLabSession(level);
	session.changeLearningRate(grid.indexOf(learningRate) - grid.indexOf(moveOnGrid(grid, start, 0)));
	return session;
}

/** How a run that met the goal compares with the fastest η on the dial. */
export type FastestComparison =
	| {readonly kind: 'same'}
	| {readonly kind: 'as-fast'; readonly fastest: GoalRun}
	| {readonly kind: 'slower'; readonly fastest: GoalRun; readonly fewer: number};

export function compareWithFastest(run: GoalRun, fastest: GoalRun): FastestComparison {
	if (run.learningRate === fastest.learningRate && run.steps <= fastest.steps) return {kind: 'same'};
	if (run.steps <= fastest.steps) return {kind: 'as-fast', fastest};
	return {kind: 'slower', fastest, fewer: run.steps - fastest.steps};
}
