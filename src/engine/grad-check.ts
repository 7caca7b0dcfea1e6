import {itemAt} from './checked.js';
import type {Value} from './value.js';

/** Central finite differences: (f(x+h) − f(x−h)) / 2h for each coordinate. */
export function numericalGradient(f: (x: readonly number[]) => number, at: readonly number[], h = 1e-5): number[] {
	return at.map((_, i) => {
		const up = [...at];
		const down = [...at];
		up[i] = itemAt(up, i) + h;
		down[i] = itemAt(down, i) - h;
		return (f(up) - f(down)) / (2 * h);
	});
}

export type GradCheckResult = {
	readonly analytic: number[];
	readonly numeric: number[];
	/** Largest |analytic − numeric| / max(1, |numeric|) over all inputs. */
	readonly maxError: number;
	readonly ok: boolean;
};

/**
 * Compares reverse-mode gradients with finite differences.
 * `build` turns leaf values into the output; it is called once per probe.
 */
export function gradCheck(
	build: (inputs: readonly Value[]) => Value,
	at: readonly number[],
	makeLeaf: (x: number) => Value,
	{h = 1e-5, tolerance = 1e-4}: {h?: number; tolerance?: number} = {},
): GradCheckResult {
	const leaves = at.map(makeLeaf);
	build(leaves).backward();
	const analytic = leaves.map(l => l.grad);
	const numeric = numericalGradient(x => build(x.map(makeLeaf)).data, at, h);
	let maxError = 0;
	for (let i = 0; i < at.length; i++) {
		const a = itemAt(analytic, i);
		const n = itemAt(numeric, i);
		maxError = Math.max(maxError, Math.abs(a - n) / Math.max(1, Math.abs(n)));
	}
	return {analytic, numeric, maxError, ok: maxError <= tolerance};
}
