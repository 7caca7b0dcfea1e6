import {Value} from '../src/engine/index.js';
import {ClosureValue} from './closure-engine.js';
import {makeMoonsTrainer, type ScalarOps} from './moons-step.js';
import {makeTensorMoonsTrainer} from './tensor-step.js';

const ours: ScalarOps<Value> = {
	make: x => new Value(x),
	add: (a, b) => a.add(b),
	mul: (a, b) => a.mul(b),
	relu: a => a.relu(),
	backward: v => v.backward(),
	data: v => v.data,
	grad: v => v.grad,
	update: (v, lr) => {
		v.data -= lr * v.grad;
	},
	zero: v => {
		v.grad = 0;
	},
};

const closures: ScalarOps<ClosureValue> = {
	make: x => new ClosureValue(x),
	add: (a, b) => a.add(b),
	mul: (a, b) => a.mul(b),
	relu: a => a.relu(),
	backward: v => v.backward(),
	data: v => v.data,
	grad: v => v.grad,
	update: (v, lr) => {
		v.data -= lr * v.grad;
	},
	zero: v => {
		v.grad = 0;
	},
};

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function timeSteps(step: () => void, warmup: number, runs: number): number {
	for (let i = 0; i < warmup; i++) step();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		step();
		times.push(performance.now() - t0);
	}
	return median(times);
}

export type EngineBench = {
	engineMs: number;
	baselineMs: number;
	speedup: number;
	nodes: number;
	tensorMs: number;
	/** Scalar engine's step time over the tensor engine's. */
	tensorSpeedup: number;
	/** Largest difference between the two engines' losses over the first steps. */
	tensorLossGap: number;
};

/** Median milliseconds per training step for each engine, measured alternately in one process. */
export function benchEngine(rounds = 3): EngineBench {
	const tensorLossGap = lossGap(5);
	const a = makeMoonsTrainer(ours);
	const b = makeMoonsTrainer(closures);
	const t = makeTensorMoonsTrainer();
	const oursTimes: number[] = [];
	const baseTimes: number[] = [];
	const tensorTimes: number[] = [];
	// Interleave rounds so machine noise falls on every side alike.
	for (let r = 0; r < rounds; r++) {
		oursTimes.push(timeSteps(() => a.step(0.05), 10, 30));
		baseTimes.push(timeSteps(() => b.step(0.05), 5, 15));
		tensorTimes.push(timeSteps(() => t.step(0.05), 50, 200));
	}
	const engineMs = median(oursTimes);
	const baselineMs = median(baseTimes);
	const tensorMs = median(tensorTimes);
	return {
		engineMs,
		baselineMs,
		speedup: baselineMs / engineMs,
		nodes: countNodes(),
		tensorMs,
		tensorSpeedup: engineMs / tensorMs,
		tensorLossGap,
	};
}

/** Both engines train from the same weights: their losses must agree step for step. */
function lossGap(steps: number): number {
	const scalar = makeMoonsTrainer(ours);
	const tensor = makeTensorMoonsTrainer();
	let gap = 0;
	for (let i = 0; i < steps; i++) gap = Math.max(gap, Math.abs(scalar.step(0.05) - tensor.step(0.05)));
	return gap;
}

function countNodes(): number {
	let last: Value | null = null;
	const counting: ScalarOps<Value> = {
		...ours,
		backward: v => {
			last = v;
		},
	};
	makeMoonsTrainer(counting).step(0);
	return last === null ? 0 : (last as Value).topologicalOrder().length;
}
