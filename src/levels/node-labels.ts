// Node names in the player's language. A level may give its word-named nodes
// labels (`price` → 가격); the game then builds the level a second time with
// every name replaced by its label, so the drawing, the fields, the worked
// steps, the hints and the diagnoses all say 가격, with the right particles.
// The English name stays the node's id and what English shows.

import type {Expr, Step} from './formula.js';
import type {LevelGraph} from './graph.js';
import type {Language} from './language.js';
import type {Report} from './level-kinds.js';
import {functionNames} from './operators.js';
import type {LevelSpec} from './schema.js';

/** A level of a kind that may label its nodes. */
type LabelledSpec = Extract<LevelSpec, {labels?: unknown}>;

/** Each labelled name and its label in `lang`; empty in English or for a level with no labels. */
export function labelsIn(spec: LevelSpec, lang: Language): ReadonlyMap<string, string> {
	if (lang === 'en' || !('labels' in spec) || spec.labels === undefined) return new Map();
	return new Map(Object.entries(spec.labels).map(([name, label]) => [name, label[lang]]));
}

/** Each label names a node, and no two nodes read the same once labelled. */
export function checkLabels(spec: LevelSpec, graph: LevelGraph, report: Report): void {
	if (!('labels' in spec) || spec.labels === undefined) return;
	const shown = new Map<string, string>();
	for (const node of graph.nodes) shown.set(node.name, node.name);
	for (const [name, label] of Object.entries(spec.labels)) {
		if (!graph.byName.has(name)) {
			report(`.labels.${name}`, `'${name}' is not a node of the graph`);
			continue;
		}
		shown.delete(name);
		if (functionNames.includes(label.ko)) report(`.labels.${name}.ko`, `'${label.ko}' is the name of a function`);
		const other = shown.get(label.ko);
		if (other !== undefined) report(`.labels.${name}.ko`, `'${label.ko}' is already what '${other}' is called`);
		shown.set(label.ko, name);
	}
}

/** The level with every labelled name replaced, for building it in the labels' language. */
export function renamedSpec(spec: LevelSpec, labels: ReadonlyMap<string, string>): LevelSpec {
	if (!('labels' in spec)) return spec;
	const name = (n: string) => labels.get(n) ?? n;
	const gradient = (ask: string) =>
		ask.replace(/^d(\w+)\/d(\w+)$/, (_, of: string, wrt: string) => `d${name(of)}/d${name(wrt)}`);
	const fieldId = (id: string) => id.split(':').map(name).join(':');
	const common = {
		...spec,
		labels: undefined,
		formula: spec.formula.replace(/[A-Za-z_][A-Za-z0-9_]*/g, name),
		inputs: Object.fromEntries(Object.entries(spec.inputs).map(([n, v]) => [name(n), v])),
		output: spec.output === undefined ? undefined : name(spec.output),
		view: spec.view?.map(name),
		fieldHints:
			spec.fieldHints === undefined
				? undefined
				: Object.fromEntries(Object.entries(spec.fieldHints).map(([id, hints]) => [fieldId(id), hints])),
	};
	return renamedAsks(spec, common, name, gradient);
}

function renamedAsks(
	spec: LabelledSpec,
	common: Omit<LabelledSpec, 'kind'>,
	name: (n: string) => string,
	gradient: (ask: string) => string,
): LevelSpec {
	switch (spec.kind) {
		case 'forward':
			return {...common, kind: spec.kind, ask: spec.ask.map(name)};
		case 'gradients':
			return {...common, kind: spec.kind, ask: spec.ask.map(gradient)};
		case 'chain':
			return {...common, kind: spec.kind, path: spec.path.map(name)};
		case 'paths':
			return {...common, kind: spec.kind, of: name(spec.of), wrt: name(spec.wrt)};
		case 'update':
			return {...common, kind: spec.kind, param: name(spec.param), learningRate: spec.learningRate};
	}
}

/** A formula's steps with every labelled name replaced. */
export function renamedSteps(steps: readonly Step[], labels: ReadonlyMap<string, string>): Step[] {
	const name = (n: string) => labels.get(n) ?? n;
	const expr = (e: Expr): Expr => {
		switch (e.kind) {
			case 'number':
				return e;
			case 'name':
				return {...e, name: name(e.name)};
			case 'negate':
				return {...e, arg: expr(e.arg)};
			case 'binary':
				return {...e, left: expr(e.left), right: expr(e.right)};
			case 'call':
				return {...e, args: e.args.map(expr)};
		}
	};
	return steps.map(step => ({...step, name: name(step.name), expr: expr(step.expr)}));
}
