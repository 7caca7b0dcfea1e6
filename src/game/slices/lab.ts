import {isTrainingLevel, type Level} from '../../levels/loader.js';
import {type FastestSweep, knownFastest, startFastestSweep} from '../lab/fastest-rate.js';
import {createLabSession, type GoalRun, type LabSession, type LabView, labStars} from '../lab/session.js';
import type {SliceCreator} from '../store.js';

/** The live lab of a lab or descent level; both are undefined on every other screen and level. */
export type LabSlice = {
	/** What the lab screen shows, replaced after every change. */
	readonly lab: LabView | undefined;
	/** The trainer behind `lab`, for drawing its curve, weights or decision map. */
	readonly labSession: LabSession | undefined;
	/** The fastest η on the dial, found once the goal is first met (see fastest-rate.ts). */
	readonly labFastest: GoalRun | undefined;
	/** The sweep for labFastest while it runs, a slice per labSweepTick; undefined before and after. */
	readonly labSweep: FastestSweep | undefined;

	labToggleRun(): void;
	labStep(): void;
	labTick(): void;
	labChangeRate(presses: number): void;
	labReset(): void;
	labToggleLog(): void;
	/** Runs the next slice of the fastest-η sweep; the UI calls it between frames until it is done. */
	labSweepTick(): void;
};

export type LabState = Pick<LabSlice, 'lab' | 'labSession' | 'labFastest' | 'labSweep'>;

export const noLab: LabState = {lab: undefined, labSession: undefined, labFastest: undefined, labSweep: undefined};

/** A fresh lab for a level that trains, and none for any other level. */
export function labStateFor(level: Level): LabState {
	if (!isTrainingLevel(level)) return noLab;
	const session = createLabSession(level);
	return {lab: session.view(), labSession: session, labFastest: undefined, labSweep: undefined};
}

/** Training steps per slice of the sweep: a few milliseconds even for the spiral's model, so keys stay answered. */
export const sweepStepsPerSlice = 20;

export const createLabSlice: SliceCreator<LabSlice> = (set, get) => {
	/** Shows the session's new view; the first time the goal is met, the level is finished and scored. */
	const show = (view: LabView) => {
		const before = get().lab;
		set({lab: view});
		if (view.status === 'goal' && before?.status !== 'goal' && view.goalStep !== undefined) {
			const level = get().levels.find(l => l.id === view.levelId);
			// Swept once per level and process, in slices between frames; the result screen waits for it.
			const known = level === undefined ? undefined : knownFastest(level);
			if (known !== undefined) set({labFastest: known.run});
			else if (level !== undefined) set({labSweep: startFastestSweep(level)});
			get().finishLevel(labStars(view.goalStep, view.goal.steps));
		}
	};

	return {
		...noLab,

		labToggleRun() {
			const session = get().labSession;
			if (session === undefined) return;
			// With reduced motion there is no animation: each press takes a batch of steps.
			if (get().reducedMotion) show(session.advance(10));
			else show(session.setRunning(session.view().status !== 'running'));
		},

		labStep() {
			const session = get().labSession;
			if (session === undefined) return;
			session.setRunning(false);
			show(session.advance(1));
		},

		labTick() {
			const session = get().labSession;
			if (session === undefined || session.view().status !== 'running') return;
			show(session.advance(session.trainer.stepsPerTick));
		},

		labChangeRate(presses) {
			const session = get().labSession;
			if (session !== undefined) show(session.changeLearningRate(presses));
		},

		labReset() {
			const session = get().labSession;
			if (session !== undefined) show(session.reset());
		},

		labSweepTick() {
			const sweep = get().labSweep;
			if (sweep?.advance(sweepStepsPerSlice)) set({labSweep: undefined, labFastest: sweep.result});
		},

		labToggleLog() {
			const session = get().labSession;
			if (session !== undefined) show(session.toggleLogScale());
		},
	};
};
