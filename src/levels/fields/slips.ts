// The diagnosed mistakes several kinds of level share: a sign, σ or tanh taken
// as their own slope, the ½ of a squared error, links of a chain left out, and
// the lecture note's detour.

import {itemAt} from '../../engine/checked.js';
import type {Mistake} from '../diagnosis.js';
import {countPaths, type LevelGraph, type NamedNode, namedPaths} from '../graph.js';
import {isHalfSquare, onEveryPath, partnerIn} from '../mistakes.js';
import {d, f} from './maths.js';

/**
 * A field's mistakes with the wrong sign added last; a mistake that is the
 * answer itself, or repeats an earlier one's value, is dropped (the first,
 * most specific diagnosis wins).
 */
export function withSign(expected: number, mistakes: Mistake[]): Mistake[] {
	const all: Mistake[] = expected === 0 ? mistakes : [...mistakes, {value: -expected, reason: 'wrongSign', params: {}}];
	const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
	return all.filter(
		(m, i) =>
			Number.isFinite(m.value) && !same(m.value, expected) && !all.slice(0, i).some(e => same(e.value, m.value)),
	);
}

/** σ's value used as its slope. */
export function sigmoidAsSlope(step: NamedNode, scaled: number): Mistake | undefined {
	const sigma = step.value.data;
	const slope = sigma * (1 - sigma);
	if (slope === 0) return undefined;
	return {
		value: (scaled * sigma) / slope,
		reason: 'sigmoidValue',
		params: {node: step.name, input: step.deps[0]?.name ?? '', sigma: f(sigma)},
	};
}

/** σ's slope with its factor σ left out: 1 − σ alone. */
export function sigmoidOneMinus(step: NamedNode, scaled: number): Mistake | undefined {
	const sigma = step.value.data;
	const slope = sigma * (1 - sigma);
	if (slope === 0) return undefined;
	return {
		value: (scaled * (1 - sigma)) / slope,
		reason: 'sigmoidFactorLeftOut',
		params: {node: step.name, input: step.deps[0]?.name ?? '', sigma: f(sigma), oneMinus: f(1 - sigma)},
	};
}

/** tanh's slope taken as 1 − a instead of 1 − a². */
export function tanhAsSlope(step: NamedNode, scaled: number): Mistake | undefined {
	const a = step.value.data;
	const slope = 1 - a * a;
	if (slope === 0) return undefined;
	return {
		value: (scaled * (1 - a)) / slope,
		reason: 'tanhValue',
		params: {node: step.name, a: f(a), oneMinus: f(1 - a)},
	};
}

/** tanh's slope taken as σ's, a·(1 − a) instead of 1 − a². */
export function tanhAsSigmoidSlope(step: NamedNode, scaled: number): Mistake | undefined {
	const a = step.value.data;
	const slope = 1 - a * a;
	if (slope === 0) return undefined;
	return {value: (scaled * a * (1 - a)) / slope, reason: 'tanhSigmoidSlope', params: {node: step.name, a: f(a)}};
}

/** The slope of ½u² halved once more (u/2): half the answer. */
export const halfKept = (step: NamedNode, scaled: number): Mistake => ({
	value: scaled / 2,
	reason: 'halvedSlope',
	params: {node: step.name, text: step.text},
});

/** The ½ of a squared error left out: twice the answer, which is the error itself or a slope through it. */
export const halfLeftOut = (step: NamedNode, scaled: number, of: 'value' | 'slope'): Mistake => ({
	value: 2 * scaled,
	reason: 'forgotHalf',
	params: {node: step.name, text: step.text, of},
});

/**
 * Mistakes that scale a whole gradient from `of` down to `wrt`: σ taken as its
 * own slope, or the ½ of a squared error left out, on a step every path crosses.
 */
export function scalingMistakes(graph: LevelGraph, of: string, wrt: string, expected: number): Mistake[] {
	const mistakes: Mistake[] = [];
	for (const step of onEveryPath(graph, of, wrt, n => n.op === 'sigmoid')) {
		const m = sigmoidAsSlope(step, expected);
		if (m !== undefined) mistakes.push(m);
	}
	for (const step of onEveryPath(graph, of, wrt, n => n.op === 'tanh')) {
		for (const m of [tanhAsSlope(step, expected), tanhAsSigmoidSlope(step, expected)])
			if (m !== undefined) mistakes.push(m);
	}
	for (const step of onEveryPath(graph, of, wrt, n => isHalfSquare(graph, n)))
		mistakes.push(halfLeftOut(step, expected, 'slope'), halfKept(step, expected));
	return mistakes;
}

/**
 * A product of links with links missing: only the last link typed (the one
 * next to the variable, the last field filled in), or one link left out. A
 * link of ±1 left out changes nothing a learner can see, so it is not named.
 * `partners` names, for a link that is a name's value (∂z/∂w = x), that name.
 */
export function missingLinks(
	labels: readonly string[],
	locals: readonly number[],
	partners: readonly (string | undefined)[] = [],
): Mistake[] {
	if (locals.length < 2) return [];
	const mistakes: Mistake[] = [];
	const last = locals.length - 1;
	mistakes.push({
		value: itemAt(locals, last),
		reason: 'lastLinkOnly',
		params: {link: labels[last] ?? '', links: String(locals.length)},
	});
	for (const [i, local] of locals.entries()) {
		if (local === 0 || Math.abs(local) === 1) continue;
		const rest = locals.filter((_, j) => j !== i).reduce((a, b) => a * b, 1);
		const partner = partners[i];
		mistakes.push({
			value: rest,
			reason: 'leftOutLink',
			params: {link: labels[i] ?? '', value: f(local), ...(partner === undefined ? {} : {partner})},
		});
	}
	return mistakes;
}

/** On a gradient with one path, that path's links with links missing (see missingLinks). */
export function singlePathSlips(graph: LevelGraph, of: string, wrt: string): Mistake[] {
	if (countPaths(graph, of, wrt) !== 1) return [];
	const [path] = namedPaths(graph, of, wrt);
	if (path === undefined) return [];
	const uppers = path.nodes.slice(0, -1);
	const labels = uppers.map((n, j) => d(n, itemAt(path.nodes, j + 1)));
	const locals = uppers.map((n, j) => graph.byName.get(n)?.deps.find(x => x.name === path.nodes[j + 1])?.local ?? 0);
	return missingLinks(labels, locals, linkPartners(graph, path.nodes));
}

/** For each link of a path, the name its slope is (x for ∂z/∂w in z = w·x + b), if it is one. */
export function linkPartners(graph: LevelGraph, nodes: readonly string[]): (string | undefined)[] {
	return nodes.slice(0, -1).map((n, j) => {
		const upper = graph.byName.get(n);
		const partner = upper === undefined ? undefined : partnerIn(graph, upper, itemAt(nodes, j + 1));
		return partner?.named === true ? partner.label : undefined;
	});
}

/**
 * The slip of the lecture note: going from a weighted sum down to a hidden
 * activation (y1 → H1) it writes ∂y1/∂w21·∂w21/∂H1, putting ∂y1/∂w21 = H1
 * where the chain needs the single factor ∂y1/∂H1 = w21.
 */
export function isNoteSlip(graph: LevelGraph, upper: NamedNode, lower: string): boolean {
	const partner = partnerIn(graph, upper, lower);
	return (
		partner?.named === true &&
		graph.byName.get(partner.label)?.op === 'input' &&
		graph.byName.get(lower)?.op !== 'input' &&
		upper.value.op === '+'
	);
}

/** How one link, got wrong, scales a product of local derivatives that contains it. */
export function productSlips(
	graph: LevelGraph,
	upper: NamedNode,
	lower: string,
	local: number,
): {factor: number; mistake: (p: number) => Mistake}[] {
	const slips: {factor: number; mistake: (p: number) => Mistake}[] = [];
	if (upper.op === 'sigmoid') {
		const m = sigmoidAsSlope(upper, 1);
		if (m !== undefined) slips.push({factor: 1, mistake: p => ({...m, value: m.value * p})});
	}
	if (upper.op === 'tanh') {
		for (const m of [tanhAsSlope(upper, 1), tanhAsSigmoidSlope(upper, 1)])
			if (m !== undefined) slips.push({factor: 1, mistake: p => ({...m, value: m.value * p})});
	}
	if (isHalfSquare(graph, upper))
		slips.push(
			{factor: 2, mistake: p => ({...halfLeftOut(upper, p / 2, 'slope')})},
			{factor: 0.5, mistake: p => halfKept(upper, p * 2)},
		);
	const own = graph.byName.get(lower)?.value.data ?? 0;
	const partner = partnerIn(graph, upper, lower);
	if (partner !== undefined && isNoteSlip(graph, upper, lower) && local !== 0) {
		const params = {of: upper.name, wrt: lower, partner: partner.label, partnerValue: f(partner.value)};
		// The note's six factors (∂y1/∂w21 = H1 added), and H1 in place of w21.
		slips.push({factor: own, mistake: p => ({value: p, reason: 'noteSlipProduct', params})});
		slips.push({factor: own / local, mistake: p => ({value: p, reason: 'noteSlipProduct', params})});
	}
	return slips;
}
