import {buildGraph, GraphError, gradientsFrom} from '../../levels/graph.js';
import type {Level} from '../../levels/loader.js';
import type {Trainer} from './trainer.js';

/** One weight rolling down E(w): the trainer plus what the curve view needs. */
export type DescentTrainer = Trainer & {
	readonly param: string;
	/** The weight now. */
	weight(): number;
	/** E and dE/dw at a weight; undefined where E is not defined. */
	evaluate(w: number): {error: number; slope: number} | undefined;
	/** The w-range worth drawing: the start and the minimum, with room on both sides. */
	readonly range: readonly [number, number];
	/** The weights of the steps taken so far, oldest first. */
	history(): readonly number[];
	/** The η the last step was taken with; undefined before the first step. */
	lastRate(): number | undefined;
};

// The curve view asks for the same columns every frame; remembering this many
// points covers a wide terminal's plot without holding on to a long run's trail.
const remembered = 1024;

/**
 * Gradient descent on the level's E(param): every value and slope comes from
 * the engine, on the level's own parsed steps and output node, rebuilt at each
 * weight (the formula is parsed once, when the level loads).
 */
export function createDescent(level: Level): DescentTrainer {
	const spec = level.spec;
	if (spec.kind !== 'descent') throw new Error(`level ${level.id} is not a one-weight descent`);
	const start = spec.inputs[spec.param] ?? 0;
	const known = new Map<number, {error: number; slope: number} | undefined>();
	const evaluate = (w: number) => {
		if (!Number.isFinite(w)) return undefined;
		const seen = known.get(w);
		if (seen !== undefined || known.has(w)) return seen;
		let result: {error: number; slope: number} | undefined;
		try {
			const graph =
				w === start && level.graph !== undefined
					? level.graph
					: buildGraph(level.steps, {...spec.inputs, [spec.param]: w}, spec.output);
			const error = graph.output.value.data;
			result = {error, slope: gradientsFrom(graph, graph.output).get(spec.param) ?? 0};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
		}
		if (known.size >= remembered) known.clear();
		known.set(w, result);
		return result;
	};
	const range = plotRange(start, w => evaluate(w)?.error);
	let w = start;
	let history: number[] = [];
	let lastRate: number | undefined;
	return {
		param: spec.param,
		initialLoss: evaluate(start)?.error ?? Number.NaN,
		// Returns E at the weight the step arrives at: the screen shows that weight
		// beside its E, so "step n · loss" has to be the same number.
		step(learningRate) {
			const here = evaluate(w);
			if (here === undefined) return Number.NaN;
			history.push(w);
			lastRate = learningRate;
			w -= learningRate * here.slope;
			return evaluate(w)?.error ?? Number.NaN;
		},
		reset() {
			w = start;
			history = [];
			lastRate = undefined;
		},
		history: () => history,
		lastRate: () => lastRate,
		weight: () => w,
		evaluate,
		range,
		stepsPerTick: 1,
	};
}

/** A range around the start and the lowest point found near it, so both show with margin. */
function plotRange(start: number, error: (w: number) => number | undefined): [number, number] {
	const span = Math.max(1, Math.abs(start)) * 4;
	let best = start;
	let bestError = error(start) ?? Number.POSITIVE_INFINITY;
	for (let i = 0; i <= 400; i++) {
		const w = start - span + (2 * span * i) / 400;
		const e = error(w);
		if (e !== undefined && e < bestError) {
			best = w;
			bestError = e;
		}
	}
	const reach = Math.max(0.5, Math.abs(start - best) * 1.3);
	return [best - reach, best + reach];
}
