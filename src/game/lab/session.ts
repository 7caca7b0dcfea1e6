import {isTrainingLevel, type Level} from '../../levels/loader.js';
import {createDescent, type DescentTrainer} from './descent.js';
import {type Divergence, judgeRun, type Outcome, stallWindow} from './outcome.js';
import {moveOnGrid, rateGrid} from './rate-grid.js';
import {threeStarSteps} from './stars.js';
import {createTrainer, type Trainer} from './trainer.js';
import {type LabUnit, labUnits} from './units.js';

export type {Divergence, Outcome} from './outcome.js';

/**
 * Where the run stands. `stalled` and `oscillating` pause it with a message
 * (space trains on); `diverged` and `goal` end it until r.
 */
export type LabStatus = 'ready' | 'running' | 'paused' | 'diverged' | 'stalled' | 'oscillating' | 'goal';

/** A finished run that reached the goal: how fast, and with which η. */
export type GoalRun = {readonly learningRate: number; readonly steps: number};

/** Everything the lab screen shows; a fresh object after every change. */
export type LabView = {
	readonly levelId: string;
	readonly status: LabStatus;
	readonly divergence: Divergence | undefined;
	readonly steps: number;
	/** The loss after each step taken, all finite; a step that overflowed is not recorded. */
	readonly losses: readonly number[];
	readonly learningRate: number;
	/** The η the latest step was taken with: what a stall, swing or divergence is about, whatever η is dialled since. */
	readonly runRate: number | undefined;
	/** While oscillating on a loss history: its back-and-forth movement a step, as a share of the loss. */
	readonly swing: number | undefined;
	readonly logScale: boolean;
	/** The step at which the goal was first met. */
	readonly goalStep: number | undefined;
	/** This run's goal: its step and the η it was met with. */
	readonly goalRun: GoalRun | undefined;
	readonly goal: {readonly loss: number; readonly steps: number};
	readonly range: {readonly min: number; readonly max: number};
	/** The step from which stalls are judged: the last start, resume or change of η. */
	readonly since: number;
	/** Every η this lab's + and − can reach, ascending. */
	readonly grid: readonly number[];
	/** The fastest run to the goal in this visit to the level (across resets), if any. */
	readonly best: GoalRun | undefined;
	/** The network's activations: the ones a stall can be blamed on. */
	readonly units: readonly LabUnit[];
	/**
	 * What the curve is: the error E of one example (one weight's descent, the note's
	 * network on its one input) or a loss summed over a data set. Korean names them apart.
	 */
	readonly measure: LabMeasure;
};

export type LabMeasure = 'error' | 'loss';

export type LabSession = {
	readonly trainer: Trainer;
	/** Set for one-weight descent levels. */
	readonly descent: DescentTrainer | undefined;
	view(): LabView;
	/** Takes up to `count` steps, stopping when the run reaches an outcome; returns the new view. */
	advance(count: number): LabView;
	setRunning(running: boolean): LabView;
	/** Moves η `presses` values along the lab's grid (negative: down), kept inside its range. */
	changeLearningRate(presses: number): LabView;
	toggleLogScale(): LabView;
	reset(): LabView;
};

/** Stars for reaching the goal: within half the step budget 3, within it 2, later 1. A lab's hints are free. */
export function labStars(goalStep: number, budget: number): number {
	if (goalStep <= threeStarSteps(budget)) return 3;
	if (goalStep <= budget) return 2;
	return 1;
}

/** The η a status speaks of: the one the run's latest step used, or the dialled one before any step. */
export function rateOfRun(view: LabView): number {
	return view.runRate ?? view.learningRate;
}

/** The outcome a view stands at: exactly one of goal, diverged, stalled, oscillating, improving. */
export function outcomeOf(view: LabView): Outcome {
	switch (view.status) {
		case 'goal':
		case 'diverged':
		case 'stalled':
		case 'oscillating':
			return view.status;
		default:
			return 'improving';
	}
}

const isOver = (status: LabStatus) => status === 'diverged' || status === 'goal';

export function createLabSession(level: Level): LabSession {
	if (!isTrainingLevel(level)) throw new Error(`level ${level.id} is not a lab level`);
	const spec = level.spec;
	const descent = spec.kind === 'descent' ? createDescent(level) : undefined;
	const trainer: Trainer = spec.kind === 'lab' ? createTrainer(spec) : (descent ?? createDescent(level));
	const {min, max, start} = spec.learningRate;
	const window = stallWindow(spec.goal.steps);
	// For one weight: the signed move of each step, so a bounce can be told from a stall.
	let moves: number[] = [];
	let view: LabView = {
		levelId: level.id,
		status: 'ready',
		divergence: undefined,
		steps: 0,
		losses: [],
		learningRate: start,
		runRate: undefined,
		swing: undefined,
		logScale: false,
		goalStep: undefined,
		goalRun: undefined,
		goal: spec.goal,
		range: {min, max},
		since: 0,
		grid: rateGrid(spec.learningRate),
		best: undefined,
		units: labUnits(spec),
		measure: spec.kind === 'descent' || spec.model.type === 'notes-2-2-2' ? 'error' : 'loss',
	};

	const update = (change: Partial<LabView>) => {
		view = {...view, ...change};
		return view;
	};

	return {
		trainer,
		descent,
		view: () => view,
		advance(count) {
			if (isOver(view.status)) return view;
			const losses = [...view.losses];
			let {steps, goalStep, goalRun, best} = view;
			// A paused stall or bounce trains on from here: judge it afresh.
			const since = view.status === 'stalled' || view.status === 'oscillating' ? steps : view.since;
			let status: LabStatus = view.status === 'ready' ? 'paused' : view.status === 'running' ? 'running' : 'paused';
			let divergence: Divergence | undefined;
			let swing: number | undefined;
			const runRate = count > 0 ? view.learningRate : view.runRate;
			for (let i = 0; i < count; i++) {
				const before = descent?.weight();
				const loss = trainer.step(view.learningRate);
				if (descent !== undefined && before !== undefined) moves.push(descent.weight() - before);
				losses.push(loss);
				const verdict = judgeRun({
					initial: trainer.initialLoss,
					losses,
					goal: view.goal.loss,
					window,
					since,
					moves: descent === undefined ? undefined : moves,
				});
				// A loss that can't be represented is not drawn.
				if (Number.isFinite(loss)) steps++;
				else losses.pop();
				if (verdict.outcome === 'improving') continue;
				if (verdict.outcome === 'diverged') divergence = verdict.divergence;
				if (verdict.outcome === 'oscillating') swing = verdict.swing;
				if (verdict.outcome === 'goal') {
					goalStep = steps;
					goalRun = {learningRate: view.learningRate, steps};
					if (best === undefined || steps < best.steps) best = goalRun;
				}
				status = verdict.outcome;
				break;
			}
			return update({losses, steps, goalStep, goalRun, status, divergence, swing, since, best, runRate});
		},
		setRunning(running) {
			if (isOver(view.status)) return view;
			// Leaving a stall or a bounce, by space or by s, the run is judged afresh from here.
			const leaving = view.status === 'stalled' || view.status === 'oscillating';
			return update({status: running ? 'running' : 'paused', since: leaving ? view.steps : view.since});
		},
		changeLearningRate(presses) {
			const learningRate = moveOnGrid(view.grid, view.learningRate, presses);
			// The run goes on at the new η: stalls are judged from here.
			return update({learningRate, since: view.steps});
		},
		toggleLogScale() {
			// E(w) is drawn as a curve, not a loss history: it has no log axis to offer.
			if (descent !== undefined) return view;
			return update({logScale: !view.logScale});
		},
		reset() {
			trainer.reset();
			moves = [];
			return update({
				status: 'ready',
				divergence: undefined,
				swing: undefined,
				runRate: undefined,
				steps: 0,
				losses: [],
				goalStep: undefined,
				goalRun: undefined,
				since: 0,
			});
		},
	};
}
