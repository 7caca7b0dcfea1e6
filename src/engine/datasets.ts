import {seededRandom} from './random.js';

export type Dataset = {
	readonly inputs: number[][];
	/** One target per point: ±1 for the classification sets. */
	readonly labels: number[];
};

/** Two interleaving half circles, labelled −1 and +1, with Gaussian noise; the same seed gives the same points. */
export function makeMoons(count: number, {noise = 0.1, seed = 1}: {noise?: number; seed?: number} = {}): Dataset {
	const random = seededRandom(seed);
	const gauss = () => {
		// Box–Muller; 1 − u keeps log away from 0.
		const u = 1 - random();
		const v = random();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
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
