import {itemAt} from '../../engine/checked.js';
// The fastest η on a lab's dial, found by training a fresh model at each value
// the learner could have picked. The result screen sets the learner's run
// beside it. Cheap by pruning: the dial is swept from its largest value down
// (big steps either win fast or fail fast), a run stops once it is no faster
// than the best so far or stalls, and the sweep ends at the first smaller η
// that does no better. Each level is swept once per process.

import type {Level} from '../../levels/loader.js';
import {moveOnGrid} from './rate-grid.js';
import {createLabSession, type GoalRun} from './session.js';

const found = new Map<string, GoalRun | undefined>();

/** The η on the level's dial that reaches the goal in the fewest steps within its step limit; undefined when none does. */
export function fastestRate(level: Level): GoalRun | undefined {
	const key = `${level.file}#${level.id}`;
	if (found.has(key)) return found.get(key);
	const result = sweep(level);
	found.set(key, result);
	return result;
}

function sweep(level: Level): GoalRun | undefined {
	const probe = createLabSession(level).view();
	const {grid, goal} = probe;
	let best: GoalRun | undefined;
	for (let i = grid.length - 1; i >= 0; i--) {
		const learningRate = itemAt(grid, i);
		const limit = best === undefined ? goal.steps : best.steps - 1;
		const steps = stepsToGoal(level, probe.learningRate, learningRate, limit);
		if (steps !== undefined) best = {learningRate, steps};
		else if (best !== undefined) break;
	}
	return best;
}

/** Steps a fresh run at `learningRate` takes to the goal, or undefined when it diverges, stalls or needs more than `limit`. */
function stepsToGoal(level: Level, start: number, learningRate: number, limit: number): number | undefined {
	if (limit < 1) return undefined;
	const session = createLabSession(level);
	const {grid} = session.view();
	session.changeLearningRate(grid.indexOf(learningRate) - grid.indexOf(moveOnGrid(grid, start, 0)));
	const view = session.advance(limit);
	return view.status === 'goal' ? view.steps : undefined;
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
