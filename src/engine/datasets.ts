import {seededRandom} from './random.js';

export type Dataset = {
	readonly inputs: number[][];
	/** One target per point: ±1 for two moons, a class index 0, 1, 2 … for the spiral, 0 or 1 for XOR. */
	readonly labels: number[];
};

/** Two interleaving half circles, labelled −1 and +1, with Gaussian noise; the same seed gives the same points. */
export function makeMoons(count: number, {noise = 0.1, seed = 1}: {noise?: number; seed?: number} = {}): Dataset {
	const random = seededRandom(seed);
	const gauss = gaussian(random);
	const inputs: number[][] = [];
	const labels: number[] = [];
	const outer = Math.ceil(count / 2);
	for (let i = 0; i < count; i++) {
		const isOuter = i < outer;
		const steps = isOuter ? outer : count - outer;
		const k = isOuter ? i : i - outer;
		const angle = steps > 1 ? (Math.PI * k) / (steps - 1) : 0;
		const x = isOuter ? Math.cos(angle) : 1 - Math.cos(angle);
		const y = isOuter ? Math.sin(angle) : 0.5 - Math.sin(angle);
		inputs.push([x + gauss() * noise, y + gauss() * noise]);
		labels.push(isOuter ? -1 : 1);
	}
	return {inputs, labels};
}

/** The four XOR points with targets 0 and 1. */
export function makeXor(): Dataset {
	return {
		inputs: [
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1],
		],
		labels: [0, 1, 1, 0],
	};
}

/**
 * Arms of a spiral, one per class, winding out from near the centre: class k's
 * arm starts at angle 2πk/classes and turns `turn` radians over its points,
 * its radius growing from 0.2 to 1, with Gaussian noise on the angle. No
 * straight line separates two arms, so a classifier needs hidden units.
 */
export function makeSpiral(
	countPerClass: number,
	{
		classes = 3,
		noise = 0.2,
		turn = 3.5,
		seed = 1,
	}: {classes?: number; noise?: number; turn?: number; seed?: number} = {},
): Dataset {
	const gauss = gaussian(seededRandom(seed));
	const inputs: number[][] = [];
	const labels: number[] = [];
	for (let k = 0; k < classes; k++) {
		for (let i = 0; i < countPerClass; i++) {
			const along = countPerClass > 1 ? i / (countPerClass - 1) : 0;
			const radius = 0.2 + 0.8 * along;
			const angle = (2 * Math.PI * k) / classes + turn * along + gauss() * noise;
			inputs.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
			labels.push(k);
		}
	}
	return {inputs, labels};
}

/** Standard normal numbers by Box–Muller; 1 − u keeps log away from 0. */
function gaussian(random: () => number): () => number {
	return () => {
		const u = 1 - random();
		const v = random();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
}
