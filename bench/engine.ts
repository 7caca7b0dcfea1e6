import {Value} from '../src/engine/index.js';
import {ClosureValue} from './closure-engine.js';
import {makeMoonsTrainer, type ScalarOps} from './moons-step.js';

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

/** Median milliseconds per training step for both engines, measured alternately in one process. */
export function benchEngine(rounds = 3): {engineMs: number; baselineMs: number; speedup: number; nodes: number} {
	const a = makeMoonsTrainer(ours);
	const b = makeMoonsTrainer(closures);
	const oursTimes: number[] = [];
	const baseTimes: number[] = [];
	// Interleave rounds so machine noise falls on both sides alike.
	for (let r = 0; r < rounds; r++) {
		oursTimes.push(timeSteps(() => a.step(0.05), 10, 30));
		baseTimes.push(timeSteps(() => b.step(0.05), 5, 15));
	}
	const engineMs = median(oursTimes);
	const baselineMs = median(baseTimes);
	return {engineMs, baselineMs, speedup: baselineMs / engineMs, nodes: countNodes()};
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
