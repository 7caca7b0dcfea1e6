import {parseFormula} from '../../levels/formula.js';
import {buildGraph, GraphError, gradientsFrom} from '../../levels/graph.js';
import type {LevelSpec} from '../../levels/schema.js';
import type {Trainer} from './trainer.js';

type DescentSpec = Extract<LevelSpec, {kind: 'descent'}>;

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
};

/** Gradient descent on the level's E(param), every value and slope from the engine. */
export function createDescent(spec: DescentSpec): DescentTrainer {
	const steps = parseFormula(spec.formula);
	const start = spec.inputs[spec.param] ?? 0;
	const evaluate = (w: number) => {
		if (!Number.isFinite(w)) return undefined;
		try {
			const graph = buildGraph(steps, {...spec.inputs, [spec.param]: w});
			return {error: graph.output.value.data, slope: gradientsFrom(graph, graph.output).get(spec.param) ?? 0};
		} catch (error) {
			if (error instanceof GraphError) return undefined;
			throw error;
		}
	};
	const range = plotRange(start, w => evaluate(w)?.error);
	let w = start;
	let history: number[] = [];
	return {
		param: spec.param,
		initialLoss: evaluate(start)?.error ?? Number.NaN,
		// Returns E at the weight the step arrives at: the screen shows that weight
		// beside its E, so "step n · loss" has to be the same number.
		step(learningRate) {
			const here = evaluate(w);
			if (here === undefined) return Number.NaN;
			history.push(w);
			w -= learningRate * here.slope;
			return evaluate(w)?.error ?? Number.NaN;
		},
		reset() {
			w = start;
			history = [];
		},
		history: () => history,
		weight: () => w,
		evaluate,
		range,
		parameters: () => {
			const here = evaluate(w);
			return [{name: spec.param, value: w, grad: here?.slope ?? Number.NaN}];
		},
		scorer: () => () => 0,
		points: [],
		isClassifier: false,
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
