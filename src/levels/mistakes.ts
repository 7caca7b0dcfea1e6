// What a step looks like to a learner who gets it wrong: the facts about a
// step's shape that the diagnoses in answers.ts need. Read off the engine
// graph (each step's Value tree), never off the level file.

import {entryOf} from '../engine/checked.js';
import type {Value} from '../engine/index.js';
import {formatNumber} from './format.js';
import {countPaths, type LevelGraph, maxListedPaths, type NamedNode, namedPaths} from './graph.js';

/** The named node each Value is, for telling a step's own inner nodes from the names it reads. */
function namesOf(graph: LevelGraph): Map<Value, string> {
	return new Map(graph.nodes.map(n => [n.value, n.name]));
}

/** The Values inside one step's expression, stopping at the named nodes it reads. */
function innerNodes(graph: LevelGraph, step: NamedNode): Value[] {
	const names = namesOf(graph);
	const found: Value[] = [];
	const walk = (v: Value) => {
		found.push(v);
		for (const input of v.inputs) if (!names.has(input) && input.op !== 'input') walk(input);
	};
	walk(step.value);
	return found;
}

/**
 * What `lower` is multiplied by inside step `upper` when the step is linear in
 * that product (a weighted sum w·x + b, or a plain product): a named node or a
 * constant. That partner is ∂upper/∂lower, the number a learner must not
 * confuse with lower itself.
 */
export function partnerIn(
	graph: LevelGraph,
	upper: NamedNode,
	lower: string,
): {readonly label: string; readonly value: number; readonly named: boolean} | undefined {
	const own = graph.byName.get(lower)?.value;
	const local = upper.deps.find(dep => dep.name === lower)?.local;
	if (own === undefined || local === undefined) return undefined;
	const names = namesOf(graph);
	for (const v of innerNodes(graph, upper)) {
		const [a, b] = v.inputs;
		if (v.op !== '*' || a === undefined || b === undefined) continue;
		const other: Value | undefined = a === own ? b : b === own ? a : undefined;
		if (other === undefined || other === own) continue;
		const name = names.get(other);
		if (name === undefined && other.op !== 'input') continue;
		// Linear in the product: the partner's value is the whole slope.
		if (Math.abs(other.data - local) > 1e-12 * Math.max(1, Math.abs(local))) continue;
		return {label: name ?? formatNumber(other.data), value: other.data, named: name !== undefined};
	}
	return undefined;
}

/** Step `upper` is ½·(…)², the squared error, whose slope drops the ½. */
export function isHalfSquare(graph: LevelGraph, upper: NamedNode): boolean {
	const names = namesOf(graph);
	const v = upper.value;
	const [a, b] = v.inputs;
	if (a === undefined || b === undefined) return false;
	const constant = (x: Value, data: number) => !names.has(x) && x.op === 'input' && x.data === data;
	const square = (x: Value) => x.op === 'pow' && x.exponent === 2;
	if (v.op === '*') return (constant(a, 0.5) && square(b)) || (square(a) && constant(b, 0.5));
	if (v.op === '/') return square(a) && constant(b, 2);
	return false;
}

/** Step `upper` adds two named nodes (q = x + y): the other one when `lower` is one of them. */
export function otherAddend(graph: LevelGraph, upper: NamedNode, lower: string): NamedNode | undefined {
	const names = namesOf(graph);
	const [a, b] = upper.value.inputs;
	if (upper.value.op !== '+' || a === undefined || b === undefined) return undefined;
	if (!names.has(a) || !names.has(b)) return undefined;
	const other = names.get(a) === lower ? names.get(b) : names.get(b) === lower ? names.get(a) : undefined;
	return other === undefined ? undefined : graph.byName.get(other);
}

/** The steps of a kind that every path from `of` down to `wrt` passes through (as the upper end of a link). */
export function onEveryPath(graph: LevelGraph, of: string, wrt: string, is: (step: NamedNode) => boolean): NamedNode[] {
	if (countPaths(graph, of, wrt) > maxListedPaths) return [];
	const paths = namedPaths(graph, of, wrt);
	if (paths.length === 0) return [];
	const [first, ...rest] = paths.map(p => new Set(p.nodes.slice(0, -1)));
	return [...(first ?? [])]
		.filter(name => rest.every(set => set.has(name)))
		.map(name => entryOf(graph.byName, name))
		.filter(is);
}

/**
 * The two products of a weighted sum such as w11·x1 + w13·x2 + b1, each as
 * [weight, input], when the step has exactly two products of named nodes.
 */
type Pair = readonly [NamedNode, NamedNode];

export function twoProducts(graph: LevelGraph, step: NamedNode): readonly [Pair, Pair] | undefined {
	if (step.value.op !== '+') return undefined;
	const names = namesOf(graph);
	const products: Pair[] = [];
	for (const v of innerNodes(graph, step)) {
		const [a, b] = v.inputs;
		if (v.op !== '*' || a === undefined || b === undefined) continue;
		const left = graph.byName.get(names.get(a) ?? '');
		const right = graph.byName.get(names.get(b) ?? '');
		if (left === undefined || right === undefined) return undefined;
		products.push([left, right]);
	}
	const [first, second] = products;
	return products.length === 2 && first !== undefined && second !== undefined ? [first, second] : undefined;
}
