import {makeMoons, Tensor, TensorMLP, tensorL2Penalty, tensorSgdStep} from '../src/engine/index.js';

/**
 * The step of moons-step.ts on tensors: MLP(2,[16,16,1]) on the same 100
 * two-moons points, mean max-margin loss plus L2 1e-4, from the same seeded
 * weights, so its loss must match the scalar engine's step for step.
 */
export function makeTensorMoonsTrainer() {
	const net = new TensorMLP(2, [16, 16, 1], {seed: 7});
	const parameters = net.parameters();
	const {inputs, labels} = makeMoons(100, {noise: 0.1, seed: 3});
	const x = Tensor.from(inputs, 'X');
	const y = Tensor.from(
		labels.map(l => [l]),
		'y',
	);
	return {
		step(learningRate: number): number {
			const scores = net.forward(x);
			const margins = scores.mul(y).neg().add(1).relu();
			const loss = margins.mean().add(tensorL2Penalty(parameters, 1e-4));
			for (const p of parameters) p.zeroGrad();
			loss.backward();
			tensorSgdStep(parameters, learningRate);
			return loss.item();
		},
	};
}
