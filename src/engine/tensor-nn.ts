import {addAt, itemAt, valueAt} from './checked.js';
import type {Activation, MlpOptions} from './nn.js';
import {seededRandom} from './random.js';
import {Tensor} from './tensor.js';

function activate(z: Tensor, activation: Activation): Tensor {
	switch (activation) {
		case 'relu':
			return z.relu();
		case 'tanh':
			return z.tanh();
		case 'sigmoid':
			return z.sigmoid();
		case 'linear':
			return z;
	}
}

/** One dense layer as matrices: activation(X @ W + b), with W fanIn × width and b a row of width. */
export type TensorLayer = {
	readonly weights: Tensor;
	readonly biases: Tensor;
	readonly activation: Activation;
};

/**
 * The same multi-layer perceptron as `MLP`, a batch at a time: its forward
 * pass takes a matrix with one example per row. Given the same seed it starts
 * from exactly the weights `MLP` draws (neuron by neuron, uniform in [−1, 1),
 * biases 0), so the two can be checked against each other.
 */
export class TensorMLP {
	readonly layers: readonly TensorLayer[];

	constructor(inputCount: number, sizes: readonly number[], options: MlpOptions = {}) {
		const random = seededRandom(options.seed ?? 1);
		const hidden = options.activation ?? 'relu';
		const last = options.outputActivation ?? 'linear';
		const widths = [inputCount, ...sizes];
		this.layers = sizes.map((width, li) => {
			const fanIn = itemAt(widths, li);
			const w = new Float64Array(fanIn * width);
			// MLP draws neuron by neuron; neuron o's weights are column o of W.
			for (let o = 0; o < width; o++) for (let i = 0; i < fanIn; i++) w[i * width + o] = random() * 2 - 1;
			return {
				weights: Tensor.fromFlat([fanIn, width], w, `W${li + 1}`),
				biases: Tensor.zeros([width], `b${li + 1}`),
				activation: li === sizes.length - 1 ? last : hidden,
			};
		});
	}

	/** One output row per input row. */
	forward(x: Tensor): Tensor {
		let out = x;
		for (const {weights, biases, activation} of this.layers)
			out = activate(out.matmul(weights).add(biases), activation);
		return out;
	}

	/** W1, b1, W2, b2, … */
	parameters(): Tensor[] {
		return this.layers.flatMap(l => [l.weights, l.biases]);
	}
}

/** Σ of every parameter's squared values, times alpha: the L2 penalty. */
export function tensorL2Penalty(parameters: readonly Tensor[], alpha: number): Tensor {
	let total: Tensor | null = null;
	for (const p of parameters) {
		const s = p.mul(p).sum();
		total = total === null ? s : total.add(s);
	}
	return (total ?? Tensor.from(0)).mul(alpha);
}

/** One plain gradient-descent step on each parameter's values, in place: p ← p − learningRate · ∂loss/∂p. */
export function tensorSgdStep(parameters: readonly Tensor[], learningRate: number): void {
	for (const p of parameters) {
		const {data, grad} = p;
		for (let i = 0; i < data.length; i++) addAt(data, i, -learningRate * valueAt(grad, i));
	}
}
