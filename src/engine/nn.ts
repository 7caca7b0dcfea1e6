import {itemAt} from './checked.js';
import type {Random} from './random.js';
import {seededRandom} from './random.js';
import {Value} from './value.js';

export type Activation = 'linear' | 'relu' | 'tanh' | 'sigmoid';
type Operand = Value | number;

function activate(v: Value, activation: Activation): Value {
	switch (activation) {
		case 'relu':
			return v.relu();
		case 'tanh':
			return v.tanh();
		case 'sigmoid':
			return v.sigmoid();
		case 'linear':
			return v;
	}
}

/** One unit: activation(Σ wᵢ·xᵢ + b). */
export class Neuron {
	readonly weights: Value[];
	readonly bias: Value;
	readonly activation: Activation;

	constructor(inputCount: number, activation: Activation, random: Random) {
		this.weights = Array.from({length: inputCount}, () => new Value(random() * 2 - 1));
		this.bias = new Value(0);
		this.activation = activation;
	}

	forward(x: readonly Operand[]): Value {
		let sum = this.bias;
		for (let i = 0; i < this.weights.length; i++) {
			sum = itemAt(this.weights, i)
				.mul(x[i] ?? 0)
				.add(sum);
		}
		return activate(sum, this.activation);
	}

	parameters(): Value[] {
		return [...this.weights, this.bias];
	}
}

/** A row of neurons that all see the same inputs. */
export class Layer {
	readonly neurons: Neuron[];

	constructor(inputCount: number, outputCount: number, activation: Activation, random: Random) {
		this.neurons = Array.from({length: outputCount}, () => new Neuron(inputCount, activation, random));
	}

	forward(x: readonly Operand[]): Value[] {
		return this.neurons.map(n => n.forward(x));
	}

	parameters(): Value[] {
		return this.neurons.flatMap(n => n.parameters());
	}
}

export type MlpOptions = {
	/** Activation of the hidden layers. @default 'relu' */
	readonly activation?: Activation;
	/** Activation of the last layer. @default 'linear' */
	readonly outputActivation?: Activation;
	/** Seed for the initial weights (uniform in [−1, 1)). @default 1 */
	readonly seed?: number;
};

/** A multi-layer perceptron: MLP(2, [16, 16, 1]) maps 2 inputs through two hidden layers of 16 to one output. */
export class MLP {
	readonly layers: Layer[];

	constructor(inputCount: number, sizes: readonly number[], options: MlpOptions = {}) {
		const random = seededRandom(options.seed ?? 1);
		const hidden = options.activation ?? 'relu';
		const last = options.outputActivation ?? 'linear';
		const widths = [inputCount, ...sizes];
		this.layers = sizes.map(
			(size, i) => new Layer(itemAt(widths, i), size, i === sizes.length - 1 ? last : hidden, random),
		);
	}

	forward(x: readonly Operand[]): Value[] {
		let out: readonly Operand[] = x;
		for (const layer of this.layers) out = layer.forward(out);
		return out as Value[];
	}

	parameters(): Value[] {
		return this.layers.flatMap(l => l.parameters());
	}
}

/** Adds values left to right; 0 for an empty list. */
export function sum(values: readonly Value[]): Value {
	const [first, ...rest] = values;
	if (first === undefined) return new Value(0);
	let total = first;
	for (const v of rest) total = total.add(v);
	return total;
}

/** ½·(prediction − target)², the notes' error for one output. */
export function halfSquaredError(prediction: Value, target: number): Value {
	return prediction.sub(target).pow(2).mul(0.5);
}

/** Mean of (prediction − target)² over all outputs. */
export function meanSquaredError(predictions: readonly Value[], targets: readonly number[]): Value {
	const terms = predictions.map((p, i) => p.sub(targets[i] ?? 0).pow(2));
	return sum(terms).mul(1 / Math.max(1, terms.length));
}

/** Mean hinge loss max(0, 1 − y·score) for labels y ∈ {−1, +1}. */
export function maxMarginLoss(scores: readonly Value[], labels: readonly number[]): Value {
	const terms = scores.map((s, i) =>
		s
			.mul(-(labels[i] ?? 0))
			.add(1)
			.relu(),
	);
	return sum(terms).mul(1 / Math.max(1, terms.length));
}

/** alpha · Σ p², the L2 penalty on parameters. */
export function l2Penalty(parameters: readonly Value[], alpha: number): Value {
	return sum(parameters.map(p => p.mul(p))).mul(alpha);
}

/** Sets every parameter's gradient to zero before the next backward pass. */
export function zeroGrad(parameters: readonly Value[]): void {
	for (const p of parameters) p.grad = 0;
}

/** One plain gradient-descent step: p ← p − learningRate · ∂loss/∂p. */
export function sgdStep(parameters: readonly Value[], learningRate: number): void {
	for (const p of parameters) p.data -= learningRate * p.grad;
}
