// Every kind of level in one registry: what the loader checks beyond the schema
// and how the level's fields are built from its graph. A new kind in the schema
// fails to compile until it has an entry here (and, in ui/strings.ts, its label
// and its question).

import type {Field, UpdatePreview} from './answers.js';
import {askNames, deriveFields} from './derive-fields.js';
import {chainFields} from './fields/chain.js';
import {valueFields} from './fields/forward.js';
import {gradientFields} from './fields/gradients.js';
import {pathFields} from './fields/paths.js';
import {updateFields} from './fields/update.js';
import {type BugTable, bugFields} from './find-the-bug.js';
import type {Step} from './formula.js';
import {type Given, gradCheckFields} from './grad-check-fields.js';
import {GraphError, type LevelGraph} from './graph.js';
import {type MatrixBuilt, matrixFields} from './matrix-fields.js';
import type {LevelKind, LevelSpec} from './schema.js';
import {plantedBug} from './sealed-bug.js';

/** The spec of one kind of level. */
export type SpecOf<K extends LevelKind> = Extract<LevelSpec, {kind: K}>;

/** Reports a problem at a JSON path below the level (`.ask[1]`). */
export type Report = (path: string, message: string) => void;

type Built = {
	readonly fields: Field[];
	readonly update?: UpdatePreview;
	/** Numbers the level gives beside its drawing (a gradient check's h and forward values). */
	readonly given?: Given[];
	/** A find-the-bug level's worked backward pass. */
	readonly table?: BugTable;
};

/** How a level with a formula becomes fields. */
type GraphRules<K extends LevelKind> = {
	/** The names the spec refers to, each with where it is written, so the loader can check they are nodes. */
	readonly names: (spec: SpecOf<K>) => readonly (readonly [path: string, name: string])[];
	/** The fields, built on the graph of the level's output; every name is known to exist. */
	readonly build: (graph: LevelGraph, steps: readonly Step[], spec: SpecOf<K>, report: Report) => Built;
	/** Where a graph error met while building fields points in the level file. */
	readonly graphErrorAt: string;
};

type KindEntry<K extends LevelKind> = {
	/** Checks the schema cannot express alone. */
	readonly check?: (spec: SpecOf<K>, report: Report) => void;
	/** Undefined for a level with no formula of numbers (a lab, a matrix level). */
	readonly graph: GraphRules<K> | undefined;
	/** A level whose formula runs on matrices: its graph and fields, or undefined after reporting what is wrong. */
	readonly matrix?: (spec: SpecOf<K>, report: Report) => MatrixBuilt | undefined;
};

type Range = {readonly min: number; readonly max: number; readonly start: number; readonly marks?: readonly number[]};

/** A learning-rate range must hold its start and its marks. */
function checkRange(range: Range, report: Report): void {
	const {min, max, start} = range;
	if (!(min <= start && start <= max))
		report('.learningRate', `needs min ≤ start ≤ max (got ${min}, ${start}, ${max})`);
	for (const [j, mark] of (range.marks ?? []).entries()) {
		if (!(min <= mark && mark <= max)) report(`.learningRate.marks[${j}]`, `${mark} is outside min … max`);
	}
}

/**
 * Cross-entropy reads class indices, so it goes with the spiral (whose labels
 * are 0, 1, 2 …) and an MLP with one output per class, and the spiral with it.
 */
function checkClasses(spec: SpecOf<'lab'>, report: Report): void {
	const crossEntropy = spec.loss === 'cross-entropy';
	if (crossEntropy !== (spec.data.type === 'spiral')) {
		report(
			'.loss',
			crossEntropy
				? 'cross-entropy needs class labels: use the spiral data'
				: 'the spiral has class labels: use cross-entropy',
		);
		return;
	}
	if (spec.data.type !== 'spiral') return;
	const outputs = spec.model.type === 'mlp' ? spec.model.sizes.at(-1) : undefined;
	if (outputs !== spec.data.classes) {
		report(
			'.model',
			`cross-entropy over ${spec.data.classes} classes needs an MLP whose last layer has ${spec.data.classes} outputs`,
		);
	} else if (spec.model.type === 'mlp' && spec.model.outputActivation !== 'linear') {
		report('.model.outputActivation', 'cross-entropy applies softmax itself: the last layer must be linear');
	}
}

/** The `df/dx` of a gradients level, split into its two names. */
function gradientNames(ask: string): [of: string, wrt: string] {
	const [, of = '', wrt = ''] = /^d([\p{L}\p{N}_]+)\/d([\p{L}\p{N}_]+)$/u.exec(ask) ?? [];
	return [of, wrt];
}

/**
 * Typed as a mapped type rather than only `satisfies` so that a lookup with a
 * kind K gives the entry for K: the loader reads one entry, never a switch.
 */
export const levelKindRegistry: {readonly [K in LevelKind]: KindEntry<K>} = {
	forward: {
		graph: {
			names: spec => spec.ask.map((name, j) => [`.ask[${j}]`, name] as const),
			build: (graph, steps, spec) => ({fields: valueFields(graph, steps, spec.ask)}),
			graphErrorAt: '.formula',
		},
	},
	gradients: {
		graph: {
			names: spec => spec.ask.flatMap((ask, j) => gradientNames(ask).map(name => [`.ask[${j}]`, name] as const)),
			build: (graph, _steps, spec) => ({fields: gradientFields(graph, spec.ask)}),
			graphErrorAt: '.formula',
		},
	},
	derive: {
		graph: {
			names: spec => spec.ask.flatMap((ask, j) => askNames(ask).map(name => [`.ask[${j}]`, name] as const)),
			build: (graph, steps, spec) => ({fields: deriveFields(graph, steps, spec.ask, spec.id)}),
			graphErrorAt: '.ask',
		},
	},
	'grad-check': {
		graph: {
			names: spec => [['.wrt', spec.wrt]],
			build: (graph, steps, spec) => gradCheckFields(graph, steps, spec),
			graphErrorAt: '.wrt',
		},
	},
	'find-the-bug': {
		check: (spec, report) => {
			if (plantedBug(spec) === undefined)
				report('.bug', 'this sealed bug does not open: it was sealed for another level id, or changed since');
		},
		graph: {
			names: spec => {
				const bug = plantedBug(spec);
				return bug === undefined ? [] : [[typeof spec.bug === 'string' ? '.bug' : '.bug.node', bug.node]];
			},
			build: (graph, _steps, spec) => {
				const bug = plantedBug(spec);
				if (bug === undefined) throw new GraphError('this sealed bug does not open');
				return bugFields(graph, bug);
			},
			graphErrorAt: '.bug',
		},
	},
	chain: {
		graph: {
			names: spec => spec.path.map((name, j) => [`.path[${j}]`, name] as const),
			build: (graph, _steps, spec) => ({fields: chainFields(graph, spec.path)}),
			graphErrorAt: '.path',
		},
	},
	paths: {
		graph: {
			names: spec => [
				['.of', spec.of],
				['.wrt', spec.wrt],
			],
			build: (graph, _steps, spec) => ({fields: pathFields(graph, spec.of, spec.wrt)}),
			graphErrorAt: '.wrt',
		},
	},
	update: {
		graph: {
			names: spec => [['.param', spec.param]],
			build: (graph, steps, spec) => {
				const {fields, preview} = updateFields(graph, steps, spec.inputs, spec.param, spec.learningRate, spec.output);
				return {fields, update: preview};
			},
			graphErrorAt: '.formula',
		},
	},
	descent: {
		check: (spec, report) => checkRange(spec.learningRate, report),
		graph: {
			names: spec => [['.param', spec.param]],
			build: (graph, _steps, spec, report) => {
				if (graph.byName.get(spec.param)?.op !== 'input')
					report('.param', `the parameter '${spec.param}' must be an input`);
				return {fields: []};
			},
			graphErrorAt: '.formula',
		},
	},
	matrix: {
		graph: undefined,
		matrix: (spec, report) => matrixFields(spec, report),
	},
	lab: {
		check: (spec, report) => {
			checkRange(spec.learningRate, report);
			checkClasses(spec, report);
		},
		graph: undefined,
	},
};

/** The registry's entry for a spec's kind. */
export function kindEntry<K extends LevelKind>(spec: SpecOf<K>): KindEntry<K> {
	return levelKindRegistry[spec.kind as K];
}
