import {entryOf, itemAt, valueAt} from '../../engine/checked.js';
import {
	type Dataset,
	halfSquaredError,
	makeMoons,
	makeSpiral,
	makeXor,
	Tensor,
	TensorArena,
	TensorMLP,
	tensorL2Penalty,
	tensorSgdStep,
	Value,
	zeroGrad,
} from '../../engine/index.js';
import {operators} from '../../levels/operators.js';
import type {LevelSpec} from '../../levels/schema.js';
import {cellX, cellY, classesOf, type MapArea, sameArea} from './map-area.js';

type LabSpec = Extract<LevelSpec, {kind: 'lab'}>;
type MlpModel = Extract<LabSpec['model'], {type: 'mlp'}>;
/** A unit's activation as a lab level names it; every one but `linear` is in the operator table. */
type Activation = MlpModel['activation'] | MlpModel['outputActivation'];

/** A named parameter with its value and the gradient from the last step. */
export type ParameterRow = {readonly name: string; readonly value: number; readonly grad: number};

/** A data point for the decision map, with the class it belongs to (0, 1, …). */
export type Point = {readonly x: number; readonly y: number; readonly label: number};

/** One input of a small data set with what the model says and what it should say. */
export type Prediction = {readonly inputs: readonly number[]; readonly output: number; readonly target: number};

/** What a classifier offers the decision map. */
export type Classifier = {
	/** How many classes the map tells apart: 2 for a ±1 score, one per output otherwise. */
	readonly classes: number;
	/**
	 * The model's outputs at a point of the plane, at the current parameters:
	 * plain arithmetic on a copy of the weights, no graph built. The array it
	 * returns is reused by its next call.
	 */
	scorer(): (x: number, y: number) => Float64Array;
	/** The class the model gives a point of the plane (0 … classes − 1), or −1 where its output is not a number. */
	classify(): (x: number, y: number) => number;
	/**
	 * The class of every cell's centre, row by row, from one forward pass of
	 * the whole grid on the tensor engine into buffers kept from the last
	 * frame. The array it returns is reused by its next call.
	 */
	classifyArea(area: MapArea): Int8Array;
	readonly points: readonly Point[];
	/** The share of points given their own class, 0 to 1. */
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
	const p = (name: string) => entryOf(params, name);
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

/** The data set a lab names, with its labels as the loss reads them. */
function labData(spec: LabSpec): Dataset {
	switch (spec.data.type) {
		case 'moons':
			return makeMoons(spec.data.count, {noise: spec.data.noise, seed: spec.data.seed});
		case 'spiral':
			return makeSpiral(spec.data.countPerClass, {
				classes: spec.data.classes,
				noise: spec.data.noise,
				turn: spec.data.turn,
				seed: spec.data.seed,
			});
		case 'xor':
			return makeXor();
		case 'notes-targets':
			return {inputs: [[0.05, 0.1]], labels: [0.01]};
	}
}

/** The class a data label stands for on the decision map: −1 → 0, +1 → 1 for two moons; the spiral's are indices already. */
function classOfLabel(spec: LabSpec, label: number): number {
	return spec.data.type === 'moons' ? (label > 0 ? 1 : 0) : label;
}

/**
 * An MLP trained a whole batch at a time on the tensor engine: one forward
 * pass of every point as a matrix (X @ W + b per layer), one backward pass, one
 * update. A step makes a few dozen tensors, not a graph of a node per
 * multiplication, so a frame of the lab allocates little.
 */
function mlpTrainer(spec: LabSpec & {model: {type: 'mlp'}}): Trainer {
	const {model} = spec;
	const data = labData(spec);
	const build = () =>
		new TensorMLP(2, model.sizes, {
			activation: model.activation,
			outputActivation: model.outputActivation,
			seed: model.seed ?? 1,
		});
	let net = build();
	let params = net.parameters();
	const x = Tensor.from(data.inputs, 'X');
	const targets = Tensor.from(
		data.labels.map(l => [l]),
		'y',
	);
	const lossOf = (out: Tensor): Tensor => {
		switch (spec.loss) {
			// A little L2 keeps the max-margin solution from being won by ever-larger weights.
			case 'max-margin':
				return out.mul(targets).neg().add(1).relu().mean().add(tensorL2Penalty(params, 1e-4));
			case 'mean-squared':
				return out.sub(targets).pow(2).mean();
			case 'half-squared':
				return out.sub(targets).pow(2).sum().mul(0.5);
			case 'cross-entropy':
				return out.crossEntropy(data.labels);
		}
	};
	// Leaves in the parameters' .grad the gradient at the parameters as they are
	// now and returns the loss there: one pass serves both the loss a step
	// reports and the update the next step makes.
	// Every step computes tensors of the same shapes: the arena lends the last
	// step's buffers to the next, so a step allocates no new arrays.
	const arena = new TensorArena();
	// The outputs at every data point from the last pass: the accuracy reads them instead of a pass of its own.
	let lastScores: Float64Array = new Float64Array(0);
	const backprop = () => {
		arena.reclaim();
		for (const p of params) p.zeroGrad();
		const loss = arena.run(() => {
			const out = net.forward(x);
			lastScores = out.data;
			return lossOf(out);
		});
		loss.backward();
		return loss.item();
	};
	// One argument list for every unit: the map evaluates thousands of them a frame.
	const unit = [0];
	const activate = (x: number, kind: Activation) => {
		if (kind === 'linear') return x;
		unit[0] = x;
		return operators[kind].scalar.evaluate(unit);
	};
	const outputs = model.sizes.at(-1) ?? 1;
	const scorer = (): ((x: number, y: number) => Float64Array) => {
		// The map asks for a score at every cell of the panel, every frame:
		// copying the weights once and reusing two buffers keeps that to a few
		// kilobytes instead of a tensor per cell.
		const layers = net.layers.map(layer => ({
			fanIn: itemAt(layer.weights.shape, 0),
			width: itemAt(layer.weights.shape, 1),
			weights: layer.weights.data.slice(),
			biases: layer.biases.data.slice(),
			activation: layer.activation,
		}));
		const widest = Math.max(2, ...layers.map(l => l.width));
		const buffers = [new Float64Array(widest), new Float64Array(widest)] as const;
		const result = new Float64Array(outputs);
		return (px, py) => {
			let current = buffers[0];
			let next = buffers[1];
			current[0] = px;
			current[1] = py;
			for (const {fanIn, width, weights, biases, activation} of layers) {
				for (let o = 0; o < width; o++) {
					let s = valueAt(biases, o);
					for (let i = 0; i < fanIn; i++) s += valueAt(weights, i * width + o) * valueAt(current, i);
					next[o] = activate(s, activation);
				}
				const done = current;
				current = next;
				next = done;
			}
			for (let o = 0; o < outputs; o++) result[o] = current[o] ?? Number.NaN;
			return result;
		};
	};
	const classify = (): ((x: number, y: number) => number) => {
		const score = scorer();
		const one = new Int8Array(1);
		return (px, py) => itemAt(classesOf(score(px, py), outputs, one), 0);
	};
	// The decision map, every frame: the grid's cell centres stay one input
	// tensor while the panel keeps its size, and its own arena lends each
	// frame's forward pass the buffers of the frame before.
	const mapArena = new TensorArena();
	let grid: {area: MapArea; input: Tensor; classes: Int8Array} | undefined;
	const classifyArea = (area: MapArea): Int8Array => {
		const cells = area.columns * area.rows;
		if (cells === 0) return new Int8Array(0);
		if (grid === undefined || !sameArea(grid.area, area)) {
			const centres = new Float64Array(cells * 2);
			for (let r = 0; r < area.rows; r++)
				for (let c = 0; c < area.columns; c++) {
					centres[2 * (r * area.columns + c)] = cellX(area, c);
					centres[2 * (r * area.columns + c) + 1] = cellY(area, r);
				}
			grid = {area, input: Tensor.fromFlat([cells, 2], centres, 'grid'), classes: new Int8Array(cells)};
		}
		const {input, classes} = grid;
		mapArena.reclaim();
		const scores = mapArena.run(() => net.forward(input)).data;
		return classesOf(scores, outputs, classes);
	};
	const points: Point[] = data.inputs.map((p, i) => ({
		x: p[0] ?? 0,
		y: p[1] ?? 0,
		label: classOfLabel(spec, data.labels[i] ?? 0),
	}));
	const pointClasses = new Int8Array(points.length);
	const trainer: Trainer = {
		initialLoss: backprop(),
		step(learningRate) {
			tensorSgdStep(params, learningRate);
			return backprop();
		},
		reset() {
			net = build();
			params = net.parameters();
			backprop();
		},
		// Small models take several steps a frame so the curve moves; the moons one, so the map keeps up.
		stepsPerTick: spec.data.type === 'moons' ? 1 : spec.data.type === 'spiral' ? 2 : 4,
	};
	if (spec.data.type === 'moons' || spec.data.type === 'spiral') {
		const classes = spec.data.type === 'spiral' ? spec.data.classes : 2;
		return {
			...trainer,
			classifier: {
				classes,
				scorer,
				classify,
				classifyArea,
				points,
				accuracy() {
					classesOf(lastScores, outputs, pointClasses);
					let right = 0;
					for (let i = 0; i < points.length; i++) if (pointClasses[i] === points[i]?.label) right++;
					return right / points.length;
				},
			},
		};
	}
	return {
		...trainer,
		predictions() {
			const score = scorer();
			return data.inputs.map((p, i) => ({
				inputs: p,
				output: valueAt(score(p[0] ?? 0, p[1] ?? 0), 0),
				target: data.labels[i] ?? 0,
			}));
		},
	};
}

/** The trainer a lab level declares. */
export function createTrainer(spec: LabSpec): Trainer {
	return spec.model.type === 'notes-2-2-2' ? notesTrainer() : mlpTrainer({...spec, model: spec.model});
}
