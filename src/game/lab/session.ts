import type {Level} from '../../levels/loader.js';
import {createDescent, type DescentTrainer} from './descent.js';
import {createTrainer, type Trainer} from './trainer.js';

export type LabStatus = 'ready' | 'running' | 'paused' | 'diverged' | 'goal';

/** Why a run was stopped as diverged. */
export type Divergence = 'not-finite' | 'exploded';

/** A loss this many times its starting value counts as diverged. */
export const explodeFactor = 10;

/** Presses of + or − it takes to change η tenfold. */
export const learningRateStepsPerDecade = 4;

/** Everything the lab screen shows; a fresh object after every change. */
export type LabView = {
	readonly levelId: string;
	readonly status: LabStatus;
	readonly divergence: Divergence | undefined;
	readonly steps: number;
	/** The loss before each step taken, all finite; a diverged step is not recorded. */
	readonly losses: readonly number[];
	readonly learningRate: number;
	readonly logScale: boolean;
	/** The step at which the goal was first met. */
	readonly goalStep: number | undefined;
	readonly goal: {readonly loss: number; readonly steps: number};
	readonly range: {readonly min: number; readonly max: number};
};

export type LabSession = {
	readonly trainer: Trainer;
	/** Set for one-weight descent levels. */
	readonly descent: DescentTrainer | undefined;
	view(): LabView;
	/** Takes up to `count` steps, stopping at divergence; returns the new view. */
	advance(count: number): LabView;
	setRunning(running: boolean): LabView;
	/** Multiplies η by 10^(presses / 4), kept inside the level's range. */
	changeLearningRate(presses: number): LabView;
	toggleLogScale(): LabView;
	reset(): LabView;
};

/** Stars for reaching the goal: within half the step budget 3, within it 2, later 1. */
export function labStars(goalStep: number, budget: number): number {
	if (goalStep <= budget / 2) return 3;
	if (goalStep <= budget) return 2;
	return 1;
}

export function createLabSession(level: Level): LabSession {
	const spec = level.spec;
	if (spec.kind !== 'lab' && spec.kind !== 'descent') throw new Error(`level ${level.id} is not a lab level`);
	const descent = spec.kind === 'descent' ? createDescent(spec) : undefined;
	const trainer: Trainer = descent ?? createTrainer(spec as Extract<typeof spec, {kind: 'lab'}>);
	const {min, max, start} = spec.learningRate;
	let view: LabView = {
		levelId: level.id,
		status: 'ready',
		divergence: undefined,
		steps: 0,
		losses: [],
		learningRate: start,
		logScale: false,
		goalStep: undefined,
		goal: spec.goal,
		range: {min, max},
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
			if (view.status === 'diverged' || view.status === 'goal') return view;
			const losses = [...view.losses];
			let {steps, goalStep} = view;
			let status: LabStatus = view.status === 'ready' ? 'paused' : view.status;
			let divergence: Divergence | undefined;
			for (let i = 0; i < count; i++) {
				const loss = trainer.step(view.learningRate);
				if (!Number.isFinite(loss)) {
					divergence = 'not-finite';
					break;
				}
				losses.push(loss);
				steps++;
				if (loss > trainer.initialLoss * explodeFactor && loss > 1e-6) {
					divergence = 'exploded';
					break;
				}
				if (goalStep === undefined && loss < view.goal.loss) {
					goalStep = steps;
					status = 'goal';
					break;
				}
			}
			if (divergence !== undefined) status = 'diverged';
			return update({losses, steps, goalStep, status, divergence});
		},
		setRunning(running) {
			if (view.status === 'diverged' || view.status === 'goal') return view;
			return update({status: running ? 'running' : 'paused'});
		},
		changeLearningRate(presses) {
			const next = view.learningRate * 10 ** (presses / learningRateStepsPerDecade);
			return update({learningRate: Math.min(max, Math.max(min, next))});
		},
		toggleLogScale() {
			return update({logScale: !view.logScale});
		},
		reset() {
			trainer.reset();
			return update({status: 'ready', divergence: undefined, steps: 0, losses: [], goalStep: undefined});
		},
	};
}
