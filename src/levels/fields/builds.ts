// The ways a learner can build a field's answer from numbers on screen
// (see reach.ts): upstream × local for each step, or a product along each path.

import {entryOf, itemAt} from '../../engine/checked.js';
import {countPaths, type LevelGraph, type NamedNode, namedPaths, stepAt} from '../graph.js';
import {type Build, hull, type Interval, type Operand, rangeOf, shownBox, type Term} from '../reach.js';

export const termOf = (...factors: Operand[]): Term => ({coefficient: 1, factors});

export const sumOf = (terms: Term[]): Build => ({kind: 'sum', terms});

/**
 * ∂upper/∂lower as a learner may work it out: from the step's inputs as the
 * labels show them (σ′(y) from a rounded y, the partner of a product), or
 * from its output for σ, tanh and exp (σ(1 − σ), 1 − a², eˣ).
 */
export function localWays(graph: LevelGraph, upper: NamedNode, lower: string): Interval {
	const known = waysFound.get(upper)?.get(lower);
	if (known !== undefined) return known;
	const ways = workLocalWays(graph, upper, lower);
	waysFound.set(upper, (waysFound.get(upper) ?? new Map()).set(lower, ways));
	return ways;
}

/** Worked out once per link of a graph: many fields multiply the same local derivatives. */
const waysFound = new WeakMap<NamedNode, Map<string, Interval>>();

function workLocalWays(graph: LevelGraph, upper: NamedNode, lower: string): Interval {
	const deps = upper.deps;
	const boxes = deps.map(dep => shownBox(graph.byName.get(dep.name)?.value.data ?? 0));
	let ways = rangeOf(boxes, xs =>
		stepAt(upper, new Map(deps.map((dep, i) => [dep.name, xs[i] ?? 0])))?.locals.get(lower),
	);
	const fromOutput =
		upper.op === 'sigmoid'
			? (s: number) => s * (1 - s)
			: upper.op === 'tanh'
				? (a: number) => 1 - a * a
				: upper.op === 'exp'
					? (e: number) => e
					: undefined;
	if (fromOutput !== undefined)
		ways = hull(
			ways,
			rangeOf([shownBox(upper.value.data)], ([y]) => fromOutput(y ?? 0)),
		);
	return ways;
}

/** A local derivative as an operand: its value, how else it can be worked out, and the field asking it. */
export function localOperand(
	graph: LevelGraph,
	upper: NamedNode,
	lower: string,
	local: number,
	field?: string,
): Operand {
	return {value: local, shown: false, ways: localWays(graph, upper, lower), ...(field === undefined ? {} : {field})};
}

/**
 * ∂of/∂wrt built two ways: upstream × local for each step that reads `wrt`
 * (the upstream gradients as the circuit labels them), and the product of the
 * local derivatives along every path.
 */
export function gradientBuilds(
	graph: LevelGraph,
	of: string,
	wrt: string,
	grads: ReadonlyMap<string, number>,
): Build[] {
	const consumers = graph.nodes.filter(n => n.deps.some(dep => dep.name === wrt) && (grads.get(n.name) ?? 0) !== 0);
	const builds = [
		sumOf(
			consumers.map(c => {
				const local = localOperand(graph, c, wrt, c.deps.find(dep => dep.name === wrt)?.local ?? 0);
				return c.name === of
					? termOf(local)
					: termOf({value: grads.get(c.name) ?? 0, field: `grad:${of}:${c.name}`}, local);
			}),
		),
	];
	if (countPaths(graph, of, wrt) <= maxPathsToBuild)
		builds.push(sumOf(namedPaths(graph, of, wrt).map(p => termOf(...pathOperands(graph, p.nodes)))));
	return builds;
}

/** The local derivatives along a path of named nodes, as operands. */
export function pathOperands(graph: LevelGraph, nodes: readonly string[]): Operand[] {
	return nodes.slice(0, -1).map((n, j) => {
		const upper = entryOf(graph.byName, n);
		const lower = itemAt(nodes, j + 1);
		return localOperand(graph, upper, lower, upper.deps.find(x => x.name === lower)?.local ?? 0);
	});
}

/** Beyond this many paths nobody sums them by hand; the per-step build still applies. */
const maxPathsToBuild = 64;
