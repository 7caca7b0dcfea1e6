// A paths level's fields: each path's contribution from `of` down to `wrt`,
// then their sum.

import {entryOf, itemAt} from '../../engine/checked.js';
import type {Field} from '../answers.js';
import {countPaths, GraphError, gradientsFrom, type LevelGraph, namedPaths} from '../graph.js';
import {gradientBuilds, pathOperands, sumOf, termOf} from './builds.js';
import {d, f, factor, requireNode} from './maths.js';
import {linkPartners, missingLinks, productSlips, scalingMistakes, withSign} from './slips.js';

/** Each path's contribution from `of` down to `wrt`, then the total. */
export function pathFields(graph: LevelGraph, of: string, wrt: string): Field[] {
	requireNode(graph, of);
	requireNode(graph, wrt);
	// Counted first: a pack can make the paths too many to list in any time.
	const count = countPaths(graph, of, wrt);
	if (count < 2) throw new GraphError(`'${wrt}' reaches '${of}' by ${count} path(s); a paths level needs at least two`);
	if (count > 6) throw new GraphError(`'${wrt}' reaches '${of}' by ${count} paths; at most six fit on screen`);
	const paths = namedPaths(graph, of, wrt);
	const total = gradientsFrom(graph, entryOf(graph.byName, of)).get(wrt) ?? 0;
	const pathBuild = gradientBuilds(graph, of, wrt, gradientsFrom(graph, entryOf(graph.byName, of))).slice(1);
	const fields: Field[] = paths.map((p, i) => {
		const links = p.nodes.slice(0, -1).map((n, j) => d(n, itemAt(p.nodes, j + 1)));
		const locals = p.nodes
			.slice(0, -1)
			.map((n, j) => graph.byName.get(n)?.deps.find(x => x.name === p.nodes[j + 1])?.local ?? 0);
		return {
			id: `path:${i}`,
			role: 'path',
			label: p.nodes.join('→'),
			expected: p.product,
			node: undefined,
			mistakes: withSign(
				p.product,
				missingLinks(links, locals, linkPartners(graph, p.nodes)).concat(
					p.nodes.slice(0, -1).flatMap((n, j) => {
						const upper = entryOf(graph.byName, n);
						const lower = itemAt(p.nodes, j + 1);
						const local = upper.deps.find(x => x.name === lower)?.local ?? 0;
						return productSlips(graph, upper, lower, local).map(slip => slip.mistake(p.product * slip.factor));
					}),
				),
			),
			work: `${links.join('·')} = ${locals.map(factor).join('·')} = ${f(p.product)}`,
			builds: [sumOf([termOf(...pathOperands(graph, p.nodes))])],
		};
	});
	fields.push({
		id: `total:${of}:${wrt}`,
		role: 'total',
		label: d(of, wrt),
		expected: total,
		node: wrt,
		mistakes: withSign(total, [
			...paths.map(p => ({
				value: p.product,
				reason: 'onePath' as const,
				params: {of, wrt, via: ownNode(p.nodes, paths), paths: String(paths.length)},
			})),
			...scalingMistakes(graph, of, wrt, total),
		]),
		work: `${d(of, wrt)} = ${paths.map(p => factor(p.product)).join(' + ')} = ${f(total)}`,
		builds: [sumOf(paths.map((p, i) => termOf({value: p.product, field: `path:${i}`}))), ...pathBuild],
	});
	return fields;
}

/**
 * The first node a path goes through that another path does not: what tells it
 * apart (총액→합계→사과값→개수 is the path through 사과값, not through 합계, which both share).
 */
function ownNode(nodes: readonly string[], paths: readonly {readonly nodes: readonly string[]}[]): string {
	const inner = nodes.slice(1, -1);
	const own = inner.find(n => paths.some(other => other.nodes !== nodes && !other.nodes.includes(n)));
	return own ?? inner[0] ?? '';
}
