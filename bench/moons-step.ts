import {makeMoons, seededRandom} from '../src/engine/index.js';

/** The few operations a training step needs; both engines provide them. */
export type ScalarOps<V> = {
	readonly make: (x: number) => V;
	readonly add: (a: V, b: V | number) => V;
	readonly mul: (a: V, b: V | number) => V;
	readonly relu: (a: V) => V;
	readonly backward: (v: V) => void;
	readonly data: (v: V) => number;
	readonly grad: (v: V) => number;
	readonly update: (v: V, learningRate: number) => void;
	readonly zero: (v: V) => void;
};

/**
 * MLP(2,[16,16,1]) on 100 two-moons points, max-margin loss plus L2 1e-4,
 * the graph rebuilt every step — written once so both engines run the same model.
 */
export function makeMoonsTrainer<V>(ops: ScalarOps<V>) {
	const random = seededRandom(7);
	const sizes = [2, 16, 16, 1];
	const layers = sizes.slice(1).map((size, i) =>
		Array.from({length: size}, () => ({
			w: Array.from({length: sizes[i] as number}, () => ops.make(random() * 2 - 1)),
			b: ops.make(0),
		})),
	);
	const parameters = layers.flatMap(layer => layer.flatMap(n => [...n.w, n.b]));
	const {inputs, labels} = makeMoons(100, {noise: 0.1, seed: 3});

	// Plain loops, no per-call closures or arrays beyond each layer's outputs:
	// the harness should allocate next to nothing, so the engines are what is measured.
	const forward = (x: readonly number[]): V => {
		let current: readonly (V | number)[] = x;
		for (let li = 0; li < layers.length; li++) {
			const layer = layers[li] as (typeof layers)[number];
			const isLast = li === layers.length - 1;
			const next: V[] = new Array(layer.length);
			for (let ni = 0; ni < layer.length; ni++) {
				const n = layer[ni] as (typeof layer)[number];
				let s = n.b;
				for (let i = 0; i < n.w.length; i++) s = ops.add(ops.mul(n.w[i] as V, current[i] as V | number), s);
				next[ni] = isLast ? s : ops.relu(s);
			}
			current = next;
		}
		return current[0] as V;
	};

	return {
		step(learningRate: number): number {
			let data: V | null = null;
			for (let i = 0; i < inputs.length; i++) {
				const score = forward(inputs[i] as readonly number[]);
				const margin = ops.relu(ops.add(ops.mul(score, -(labels[i] as number)), 1));
				data = data === null ? margin : ops.add(data, margin);
			}
			let reg: V | null = null;
			for (const p of parameters) {
				const sq = ops.mul(p, p);
				reg = reg === null ? sq : ops.add(reg, sq);
			}
			const loss = ops.add(ops.mul(data as V, 1 / inputs.length), ops.mul(reg as V, 1e-4));
			for (const p of parameters) ops.zero(p);
			ops.backward(loss);
			for (const p of parameters) ops.update(p, learningRate);
			return ops.data(loss);
		},
	};
}
