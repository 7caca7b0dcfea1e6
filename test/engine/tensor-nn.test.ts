import {describe, expect, it} from 'vitest';
import {
	l2Penalty,
	MLP,
	makeMoons,
	maxMarginLoss,
	Tensor,
	TensorMLP,
	tensorL2Penalty,
	tensorSgdStep,
	Value,
} from '../../src/engine/index.js';

describe('TensorMLP', () => {
	const {inputs, labels} = makeMoons(12, {seed: 5});

	it('starts from the weights MLP draws with the same seed and computes the same outputs', () => {
		const scalar = new MLP(2, [4, 3, 1], {seed: 9, activation: 'tanh'});
		const tensor = new TensorMLP(2, [4, 3, 1], {seed: 9, activation: 'tanh'});
		const out = tensor.forward(Tensor.from(inputs)).toArray() as number[][];
		for (const [i, x] of inputs.entries()) {
			expect(out[i]?.[0]).toBeCloseTo(scalar.forward(x)[0]?.data as number, 12);
		}
		expect(tensor.parameters().map(p => p.label)).toEqual(['W1', 'b1', 'W2', 'b2', 'W3', 'b3']);
		expect(tensor.parameters().map(p => p.shape)).toEqual([[2, 4], [4], [4, 3], [3], [3, 1], [1]]);
	});

	it('takes the same gradient-descent steps as MLP on a max-margin loss with L2', () => {
		const scalar = new MLP(2, [5, 1], {seed: 2});
		const tensor = new TensorMLP(2, [5, 1], {seed: 2});
		const params = tensor.parameters();
		const x = Tensor.from(inputs);
		const y = Tensor.from(labels.map(l => [l]));
		for (let step = 0; step < 5; step++) {
			const sp = scalar.parameters();
			const sl = maxMarginLoss(
				inputs.map(p => scalar.forward(p)[0] ?? new Value(0)),
				labels,
			).add(l2Penalty(sp, 1e-3));
			for (const p of sp) p.grad = 0;
			sl.backward();
			for (const p of sp) p.data -= 0.1 * p.grad;
			const tl = tensor.forward(x).mul(y).neg().add(1).relu().mean().add(tensorL2Penalty(params, 1e-3));
			for (const p of params) p.zeroGrad();
			tl.backward();
			tensorSgdStep(params, 0.1);
			expect(tl.item()).toBeCloseTo(sl.data, 12);
		}
	});
});
