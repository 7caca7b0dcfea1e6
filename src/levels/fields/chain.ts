// A chain level's fields: each local derivative along a path, then their product.

import {entryOf, itemAt} from '../../engine/checked.js';
import type {Field} from '../answers.js';
import {linkKind, namedLinksFrom} from '../chain-links.js';
import type {Mistake} from '../diagnosis.js';
import {countPaths, GraphError, type LevelGraph, type NamedNode} from '../graph.js';
import {isHalfSquare, otherAddend, partnerIn} from '../mistakes.js';
import {localOperand, localWays, sumOf, termOf} from './builds.js';
import {d, f, factor, requireNode} from './maths.js';
import {
	halfKept,
	halfLeftOut,
	isNoteSlip,
	linkPartners,
	missingLinks,
	productSlips,
	sigmoidAsSlope,
	sigmoidOneMinus,
	tanhAsSigmoidSlope,
	tanhAsSlope,
	withSign,
} from './slips.js';

/** Each local derivative along a path, then their product. */
export function chainFields(graph: LevelGraph, path: readonly string[]): Field[] {
	const fields: Field[] = [];
	let product = 1;
	// Each link's way of scaling the product when it is got wrong, as a factor.
	const linkSlips: {factor: number; mistake: (p: number) => Mistake}[] = [];
	for (let i = 0; i + 1 < path.length; i++) {
		const upper = requireNode(graph, itemAt(path, i));
		const lower = itemAt(path, i + 1);
		requireNode(graph, lower);
		const dep = upper.deps.find(x => x.name === lower);
		if (dep === undefined)
			throw new GraphError(
				`'${lower}' is not an input of step '${upper.name}', so ${upper.name} → ${lower} is not a link`,
			);
		product *= dep.local;
		linkSlips.push(...productSlips(graph, upper, lower, dep.local));
		const count = path.length - 1;
		const through = isNoteSlip(graph, upper, lower) ? partnerIn(graph, upper, lower)?.label : undefined;
		fields.push({
			...(through === undefined ? {} : {detour: {of: upper.name, wrt: lower, through}}),
			...(count >= namedLinksFrom ? {link: {index: i + 1, count, what: linkKind(graph, upper, lower)}} : {}),
			id: `local:${upper.name}:${lower}`,
			role: 'local',
			label: d(upper.name, lower),
			expected: dep.local,
			node: undefined,
			mistakes: withSign(dep.local, localMistakes(graph, upper, lower)),
			work: `${upper.name} = ${upper.text}  ⇒  ${d(upper.name, lower)} = ${f(dep.local)}`,
			builds: [{kind: 'range', range: localWays(graph, upper, lower)}],
		});
	}
	const top = itemAt(path, 0);
	const bottom = itemAt(path, path.length - 1);
	const factors = fields.map(x => x.expected);
	const onlyPath = countPaths(graph, top, bottom) === 1;
	fields.push({
		id: `product:${top}:${bottom}`,
		role: 'product',
		label: onlyPath ? d(top, bottom) : fields.map(x => x.label).join('·'),
		expected: product,
		node: onlyPath ? bottom : undefined,
		// A link left out comes before a slip on a link that scales the product the same way: with ∂L/∂a
		// typed right, half of ∂L/∂a·∂a/∂z·∂z/∂w is ∂z/∂w = 2 left out, not the ½ of L kept twice.
		mistakes: withSign(product, [
			...missingLinks(
				fields.map(x => x.label),
				factors,
				linkPartners(graph, path),
			),
			...linkSlips.map(slip => slip.mistake(product * slip.factor)),
			{value: factors.reduce((a, b) => a + b, 0), reason: 'addedFactors', params: {}},
		]),
		work: `${fields.map(x => x.label).join('·')} = ${factors.map(factor).join('·')} = ${f(product)}`,
		// Each factor as the learner answered it, or as worked out again.
		builds: [
			sumOf([
				termOf(
					...path.slice(0, -1).map((n, i) => {
						const upper = entryOf(graph.byName, n);
						const lower = itemAt(path, i + 1);
						return localOperand(graph, upper, lower, factors[i] ?? 0, `local:${n}:${lower}`);
					}),
				),
			]),
		],
	});
	return fields;
}

function localMistakes(graph: LevelGraph, upper: NamedNode, lower: string): Mistake[] {
	const own = graph.byName.get(lower)?.value.data ?? 0;
	const local = upper.deps.find(x => x.name === lower)?.local ?? 0;
	const mistakes: Mistake[] = [];
	const partner = partnerIn(graph, upper, lower);
	if (partner !== undefined && own !== local) {
		const params = {of: upper.name, wrt: lower, partner: partner.label};
		mistakes.push(
			isNoteSlip(graph, upper, lower)
				? {value: own, reason: 'noteSlip', params}
				: {value: own, reason: 'ownValue', params},
		);
	}
	const other = otherAddend(graph, upper, lower);
	if (other !== undefined)
		mistakes.push({
			value: other.value.data,
			reason: 'addSwap',
			params: {via: upper.name, wrt: lower, other: other.name},
		});
	if (upper.op === 'sigmoid')
		for (const m of [sigmoidAsSlope(upper, local), sigmoidOneMinus(upper, local)])
			if (m !== undefined) mistakes.push(m);
	if (upper.op === 'tanh') {
		for (const m of [tanhAsSlope(upper, local), tanhAsSigmoidSlope(upper, local)])
			if (m !== undefined) mistakes.push(m);
	}
	if (isHalfSquare(graph, upper)) mistakes.push(halfLeftOut(upper, local, 'slope'), halfKept(upper, local));
	// The step's own value, worked out on the way forward, for its slope (c = 16 for ∂c/∂b of c = b²).
	mistakes.push({
		value: upper.value.data,
		reason: 'valueForSlope',
		params: {of: upper.name, wrt: lower, text: upper.text, value: f(upper.value.data)},
	});
	return mistakes;
}
