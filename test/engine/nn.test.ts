import {describe, expect, it} from 'vitest';
import {
	halfSquaredError,
	l2Penalty,
	MLP,
	makeMoons,
	makeXor,
	maxMarginLoss,
	meanSquaredError,
	sgdStep,
	sum,
	Value,
	zeroGrad,
} from '../../src/engine/index.js';

describe('nn', () => {
	it('MLP(2, [16, 16, 1]) has 337 parameters', () => {
		expect(new MLP(2, [16, 16, 1]).parameters()).toHaveLength(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1);
	});

	it('the same seed gives the same network', () => {
		const a = new MLP(2, [3, 1], {seed: 5}).parameters().map(p => p.data);
		const b = new MLP(2, [3, 1], {seed: 5}).parameters().map(p => p.data);
		expect(a).toEqual(b);
	});

	it('halfSquaredError is ½(y − t)² with slope y − t', () => {
		const y = new Value(0.75);
		const e = halfSquaredError(y, 0.01);
		e.backward();
		expect(e.data).toBeCloseTo(0.5 * 0.74 ** 2, 12);
		expect(y.grad).toBeCloseTo(0.74, 12);
	});

	it('meanSquaredError averages', () => {
		expect(meanSquaredError([new Value(1), new Value(3)], [0, 0]).data).toBe(5);
	});

	it('maxMarginLoss is zero for points beyond the margin', () => {
		expect(maxMarginLoss([new Value(2), new Value(-3)], [1, -1]).data).toBe(0);
		expect(maxMarginLoss([new Value(0.5)], [1]).data).toBe(0.5);
	});

	it('l2Penalty and sum', () => {
		expect(l2Penalty([new Value(1), new Value(2)], 0.5).data).toBe(2.5);
		expect(sum([]).data).toBe(0);
	});

	it('training XOR with SGD lowers the loss', () => {
		const net = new MLP(2, [4, 1], {activation: 'tanh', outputActivation: 'sigmoid', seed: 2});
		const {inputs, labels} = makeXor();
		const loss = () =>
			meanSquaredError(
				inputs.map(x => net.forward(x)[0] as Value),
				labels,
			);
		const first = loss().data;
		let last = first;
		for (let i = 0; i < 500; i++) {
			const l = loss();
			zeroGrad(net.parameters());
			l.backward();
			sgdStep(net.parameters(), 0.5);
			last = l.data;
		}
		expect(last).toBeLessThan(first / 4);
	});

	it('makeMoons is seeded and balanced', () => {
		const a = makeMoons(100, {seed: 3});
		expect(a).toEqual(makeMoons(100, {seed: 3}));
		expect(a.labels.filter(l => l === 1)).toHaveLength(50);
		expect(a.inputs).toHaveLength(100);
	});
});

describe('makeSpiral', () => {
	it('gives each class its arm of points, labelled 0, 1, 2, the same for the same seed', async () => {
		const {makeSpiral} = await import('../../src/engine/index.js');
		const a = makeSpiral(10, {classes: 3, noise: 0.1, seed: 2});
		expect(a.inputs).toHaveLength(30);
		expect(a.labels).toEqual([...Array(10).fill(0), ...Array(10).fill(1), ...Array(10).fill(2)]);
		expect(makeSpiral(10, {classes: 3, noise: 0.1, seed: 2})).toEqual(a);
		// Radii grow from 0.2 to 1 along each arm.
		const radius = (i: number) => Math.hypot(...(a.inputs[i] as [number, number]));
		expect(radius(0)).toBeCloseTo(0.2, 12);
		expect(radius(9)).toBeCloseTo(1, 12);
		expect(makeSpiral(10, {seed: 3}).inputs).not.toEqual(a.inputs);
	});
});
