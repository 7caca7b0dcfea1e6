import {halfSquaredError, l2Penalty, MLP, makeMoons, makeXor, Value, zeroGrad} from '../../engine/index.js';
import {operators} from '../../levels/operators.js';
import type {LevelSpec} from '../../levels/schema.js';

type LabSpec = Extract<LevelSpec, {kind: 'lab'}>;
type MlpModel = Extract<LabSpec['model'], {type: 'mlp'}>;
/** A unit's activation as a lab level names it; every one but `linear` is in the operator table. */
type Activation = MlpModel['activation'] | MlpModel['outputActivation'];

/** A named parameter with its value and the gradient from the last step. */
export type ParameterRow = {readonly name: string; readonly value: number; readonly grad: number};

/** A labelled data point for the decision map. */
export type Point = {readonly x: number; readonly y: number; readonly label: number};

/** One input of a small data set with what the model says and what it should say. */
export type Prediction = {readonly inputs: readonly number[]; readonly output: number; readonly target: number};

/** What a classifier offers the decision map. */
export type Classifier = {
	/**
	 * The model's score function at the current parameters: plain arithmetic on
	 * a copy of the weights, no graph built.
	 */
	scorer(): (x: number, y: number) => number;
	readonly points: readonly Point[];
	/** The share of points on the right side of the boundary, 0 to 1. */
	accuracy(): number;
};

/**
 * Something that learns one step at a time: the lab drives it, the screen
 * shows what it offers. Beyond stepping, each capability is there only for
 * trainers that have it: the screen draws what is present.
 */
export type Trainer = {
	/** The loss at the starting parameters, before any step. */
	readonly initialLoss: number;
	/**
	 * One forward pass, one backward pass, one update. Returns the loss at the
	 * updated parameters, so "step n · loss" describes the model as it is now.
	 */
	step(learningRate: number): number;
	/** Back to the starting parameters. */
	reset(): void;
	/** Training steps per animation frame: small models take several so the curve moves. */
	readonly stepsPerTick: number;
	/** Small networks: every parameter by name with its gradient now. */
	readonly parameters?: () => ParameterRow[];
	/** Classifiers: the decision map's score function, data and accuracy. */
	readonly classifier?: Classifier;
	/** Small data sets: every input with the output now and the target. */
	readonly predictions?: () => Prediction[];
};

// The notes' network, started from the worked example's weights (Mazur's numbers).
const notesStart: Readonly<Record<string, number>> = {
	w11: 0.15,
	w12: 0.25,
	w13: 0.2,
	w14: 0.3,
	b1: 0.35,
	w21: 0.4,
	w22: 0.5,
	w23: 0.45,
	w24: 0.55,
	b2: 0.6,
};

/** The 2-2-2 sigmoid network of the notes learning the targets 0.01 and 0.99 from inputs 0.05 and 0.1. */
function notesTrainer(): Trainer {
	const names = Object.keys(notesStart);
	const params = new Map(names.map(n => [n, new Value(notesStart[n] ?? 0, n)]));
	const p = (name: string) => params.get(name) as Value;
	const [x1, x2, t1, t2] = [0.05, 0.1, 0.01, 0.99];
	const loss = () => {
		const H1 = p('w11').mul(x1).add(p('w13').mul(x2)).add(p('b1')).sigmoid();
		const H2 = p('w12').mul(x1).add(p('w14').mul(x2)).add(p('b1')).sigmoid();
		const Y1 = p('w21').mul(H1).add(p('w23').mul(H2)).add(p('b2')).sigmoid();
		const Y2 = p('w22').mul(H1).add(p('w24').mul(H2)).add(p('b2')).sigmoid();
		return halfSquaredError(Y1, t1).add(halfSquaredError(Y2, t2));
	};
	const all = [...params.values()];
	// The weights' .grad always hold the gradient at the weights as they are now:
	// the table shows it (at step 0, the notes' worked numbers) and the next step uses it.
	const backprop = () => {
		zeroGrad(all);
		const l = loss();
		l.backward();
		return l.data;
	};
	return {
		initialLoss: backprop(),
		step(learningRate) {
			for (const v of all) v.data -= learningRate * v.grad;
			return backprop();
		},
		reset() {
			for (const [name, v] of params) v.data = notesStart[name] ?? 0;
			backprop();
		},
		parameters: () => names.map(name => ({name, value: p(name).data, grad: p(name).grad})),
		stepsPerTick: 2,
	};
}

function mlpTrainer(spec: LabSpec & {model: {type: 'mlp'}}): Trainer {
	const {model} = spec;
	const data =
		spec.data.type === 'moons'
			? makeMoons(spec.data.count, {noise: spec.data.noise, seed: spec.data.seed})
			: spec.data.type === 'xor'
				? makeXor()
				: {inputs: [[0.05, 0.1]], labels: [0.01]};
	const build = () =>
		new MLP(2, model.sizes, {
			activation: model.activation,
			outputActivation: model.outputActivation,
			seed: model.seed ?? 1,
		});
	let net = build();
	let params = net.parameters();
	// The loss is a sum over points (plus L2), so its gradient is the sum of each
	// point's gradient. Each point's small graph is built, backpropagated into the
	// shared parameters (grads add up with +=) and dropped, which keeps memory flat
	// instead of holding ~70,000 nodes until the end of the step.
	const n = data.inputs.length;
	const pointLoss = (i: number): Value => {
		const output = net.forward(data.inputs[i] ?? [])[0] as Value;
		const label = data.labels[i] ?? 0;
		switch (spec.loss) {
			case 'max-margin':
				return output
					.mul(-label)
					.add(1)
					.relu()
					.mul(1 / n);
			case 'mean-squared':
				return output
					.sub(label)
					.pow(2)
					.mul(1 / n);
			case 'half-squared':
				return halfSquaredError(output, label);
		}
	};
	// A little L2 keeps the max-margin solution from being won by ever-larger weights.
	const penalty = () => (spec.loss === 'max-margin' ? l2Penalty(params, 1e-4) : undefined);
	// Leaves in the parameters' .grad the gradient at the parameters as they are
	// now and returns the loss there: one pass serves both the loss a step
	// reports and the update the next step makes.
	const backprop = () => {
		zeroGrad(params);
		let total = 0;
		for (let i = 0; i < n; i++) {
			const l = pointLoss(i);
			l.backward();
			total += l.data;
		}
		const reg = penalty();
		if (reg !== undefined) {
			reg.backward();
			total += reg.data;
		}
		return total;
	};
	const activate = (x: number, kind: Activation) => (kind === 'linear' ? x : operators[kind].evaluate([x]));
	const scorer = (): ((x: number, y: number) => number) => {
		// The map asks for a score at every cell of the panel, every frame:
		// copying the weights into flat arrays once and reusing two buffers
		// keeps that to a few kilobytes instead of megabytes of short-lived arrays.
		const last = net.layers.length - 1;
		const layers = net.layers.map((layer, li) => ({
			fanIn: layer.neurons[0]?.weights.length ?? 0,
			weights: Float64Array.from(layer.neurons.flatMap(n => n.weights.map(w => w.data))),
			biases: Float64Array.from(layer.neurons.map(n => n.bias.data)),
			activation: li === last ? model.outputActivation : model.activation,
		}));
		const widest = Math.max(2, ...layers.map(l => l.biases.length));
		const buffers = [new Float64Array(widest), new Float64Array(widest)] as const;
		return (x, y) => {
			let current = buffers[0];
			let next = buffers[1];
			current[0] = x;
			current[1] = y;
			for (let li = 0; li < layers.length; li++) {
				const {fanIn, weights, biases, activation} = layers[li] as (typeof layers)[number];
				for (let o = 0; o < biases.length; o++) {
					let s = biases[o] as number;
					for (let i = 0; i < fanIn; i++) s += (weights[o * fanIn + i] as number) * (current[i] as number);
					next[o] = activate(s, activation);
				}
				const done = current;
				current = next;
				next = done;
			}
			return current[0] as number;
		};
	};
	const points: Point[] = data.inputs.map((p, i) => ({x: p[0] ?? 0, y: p[1] ?? 0, label: data.labels[i] ?? 0}));
	const trainer: Trainer = {
		initialLoss: backprop(),
		step(learningRate) {
			for (const v of params) v.data -= learningRate * v.grad;
			return backprop();
		},
		reset() {
			net = build();
			params = net.parameters();
			backprop();
		},
		// The moons step rebuilds ~70k nodes: one per frame keeps the screen responsive.
		stepsPerTick: spec.data.type === 'moons' ? 1 : 4,
	};
	if (spec.data.type === 'moons') {
		return {
			...trainer,
			classifier: {
				scorer,
				points,
				accuracy() {
					const score = scorer();
					// Labels are ±1: a point is right when its score has the label's sign.
					return points.filter(p => score(p.x, p.y) * p.label > 0).length / points.length;
				},
			},
		};
	}
	return {
		...trainer,
		predictions() {
			const score = scorer();
			return points.map(p => ({inputs: [p.x, p.y], output: score(p.x, p.y), target: p.label}));
		},
	};
}

/** The trainer a lab level declares. */
export function createTrainer(spec: LabSpec): Trainer {
	return spec.model.type === 'notes-2-2-2' ? notesTrainer() : mlpTrainer({...spec, model: spec.model});
}
