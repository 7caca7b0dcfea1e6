// The numbers a lab teaches from, worked out here so the lab screen only lays
// them out: the one-weight lab's step factor, and when a small data set's
// output counts as right.
import type {DescentTrainer} from './descent.js';
import type {Prediction} from './trainer.js';

/**
 * One weight: the factor (1 − E″·η) that each step multiplies the distance to
 * the minimum by, with E″ read off the engine's slopes on either side (exact
 * for a parabola), and the signed distance E′/E″ before and after the last
 * step, so the factor can be seen at work.
 */
export type DescentLesson = {
	readonly curvature: number;
	readonly factor: number;
	/** The last step, if one was taken; a distance is undefined where E has no slope. */
	readonly lastStep:
		| {
				readonly before: number | undefined;
				readonly after: number | undefined;
				/** The η that step used, when it differs from the one dialled now (after + or −). */
				readonly rate: number | undefined;
		  }
		| undefined;
};

/** The lesson at the weight now and the dialled η; undefined where E curves the wrong way (no minimum to approach). */
export function descentLesson(descent: DescentTrainer, learningRate: number): DescentLesson | undefined {
	const w = descent.weight();
	const h = 1e-4 * Math.max(1, Math.abs(w));
	const above = descent.evaluate(w + h)?.slope;
	const below = descent.evaluate(w - h)?.slope;
	if (above === undefined || below === undefined) return undefined;
	// Six figures drop the difference's rounding noise, so η = 0.5 on a parabola shows a factor of exactly 0.
	const curvature = Number(((above - below) / (2 * h)).toPrecision(6));
	if (!(curvature > 0)) return undefined;
	const distance = (x: number) => {
		const slope = descent.evaluate(x)?.slope;
		return slope === undefined ? undefined : slope / curvature;
	};
	const previous = descent.history().at(-1);
	const rate = descent.lastRate();
	return {
		curvature,
		factor: 1 - curvature * learningRate,
		lastStep:
			previous === undefined
				? undefined
				: {before: distance(previous), after: distance(w), rate: rate === learningRate ? undefined : rate},
	};
}

/** A small data set's output is right when it is nearer its target than the other class: within 0.5. */
export function isPredictionRight(prediction: Prediction): boolean {
	return Math.abs(prediction.output - prediction.target) < 0.5;
}
