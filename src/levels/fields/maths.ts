// How the field builders write numbers and derivatives (as printed maths
// does: a true minus sign, brackets around a negative factor), and find a node.

import {formatNumber} from '../format.js';
import {GraphError, type LevelGraph, type NamedNode} from '../graph.js';

/** A number as printed maths writes it: a true minus sign (−0.25), the way worked steps show it. */
export const f = (x: number) => formatNumber(x).replaceAll('-', '−');

/** ∂of/∂wrt, as labels and worked steps write it. */
export const d = (of: string, wrt: string) => `∂${of}/∂${wrt}`;

/** A number inside a product, bracketed when negative so `4·(−3)` never reads as `4·-3`. */
export const factor = (x: number) => (x < 0 ? `(${f(x)})` : f(x));

/** The named node, or a GraphError naming what the level asked for that the graph lacks. */
export function requireNode(graph: LevelGraph, name: string): NamedNode {
	const node = graph.byName.get(name);
	if (node === undefined) throw new GraphError(`'${name}' is not a node of the graph`);
	return node;
}
