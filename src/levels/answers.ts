// Turns a level's graph into the fields a player fills in. Every expected
// number here is read off the engine; a level file only says what to ask.

import {entryOf, itemAt} from '../engine/checked.js';
import {formatNumber} from './format.js';
import {printMaths, type Step} from './formula.js';
import {
	buildGraph,
	countPaths,
	GraphError,
	gradientsFrom,
	type LevelGraph,
	type NamedNode,
	type NodeOp,
	namedPaths,
	stepAt,
} from './graph.js';
import {isHalfSquare, onEveryPath, otherAddend, partnerIn, twoProducts} from './mistakes.js';
import {unaryFunctionOperators} from './operators.js';
import {type Build, hull, type Interval, type Operand, rangeOf, reaches, shownBox, type Term} from './reach.js';

export type {Build, Interval, Operand, Term} from './reach.js';

import {type ChainLink, type Detour, linkKind, namedLinksFrom} from './chain-links.js';
import type {GridMistake, Mistake} from './diagnosis.js';
import type {ChoiceAnswer, FormulaAnswer} from './typed-answers.js';

export type FieldRole =
	| 'value'
	| 'gradient'
	| 'local'
	| 'product'
	| 'path'
	| 'total'
	| 'update'
	| 'formula'
	| 'numeric'
	| 'error'
	| 'verdict'
	| 'shape';

export type Field = {
	/** Unique within the level, stable across runs. */
	readonly id: string;
	readonly role: FieldRole;
	/** The quantity as maths: `∂f/∂x`, `q`, `w − η·∂E/∂w`. */
	readonly label: string;
	readonly expected: number;
	/** The node whose value or gradient this field proves, for the graph view. */
	readonly node: string | undefined;
	readonly mistakes: readonly Mistake[];
	/** The worked step, in maths that reads the same in every language. */
	readonly work: string;
	/** The ways to build the answer from numbers on screen (see reach.ts). */
	readonly builds: readonly Build[];
	/** Every value those builds can give; set once the level's fields are known (withReach). */
	readonly reach?: Interval;
	/** For a factor of a long chain: which one it is and what it is (see chain-links.ts). */
	readonly link?: ChainLink;
	/** For a link where a detour through a weight is a known slip, told while the field is worked on. */
	readonly detour?: Detour;
	/**
	 * Significant figures the answer needs when 3 can't tell it from a slip:
	 * a new weight whose step is smaller than its third figure. Unset means 3.
	 */
	readonly figures?: number;
	/** Set on a field answered with a formula in the step's names rather than a number (a derive level). */
	readonly formula?: FormulaAnswer;
	/** Set on a field answered with one word of a few (a gradient check's pass or fail). */
	readonly choice?: ChoiceAnswer;
	/** Set when the field is one cell of a grid (a matrix, or the two sizes of a shape). */
	readonly cell?: GridCell;
};

/** A matrix the player fills in cell by cell, or a shape `? × ?`. */
export type Grid = {
	/** Unique within the level; the key of its hints (`fieldHints`). */
	readonly id: string;
	readonly kind: 'matrix' | 'shape';
	/** The quantity: `∂L/∂W`, `Y`. */
	readonly label: string;
	readonly rows: number;
	readonly cols: number;
	/** The node whose value or gradient this grid proves, for the drawing. */
	readonly node: string;
	readonly mistakes: readonly GridMistake[];
	/** The rule that gives the whole grid, in maths: `∂L/∂W = Xᵀ·∂L/∂Y`. */
	readonly work: string;
};

/** Where a field sits in its grid (0-based). */
export type GridCell = {readonly grid: Grid; readonly row: number; readonly col: number};

export type UpdatePreview = {
	readonly param: string;
	readonly learningRate: number;
	readonly before: number;
	readonly after: number;
	readonly errorBefore: number;
	/**
	 * The error at the updated parameter; undefined when a step has no value
	 * there (`s0 ^ 1.5` once s0 < 0): the level is fine, only this preview is not.
	 */
	readonly errorAfter: number | undefined;
	/** The step that has no value after the update, when there is one. */
	readonly undefinedAt: string | undefined;
};

/** A number as printed maths writes it: a true minus sign (−0.25), the way worked steps show it. */
const f = (x: number) => formatNumber(x).replaceAll('-', '−');
const d = (of: string, wrt: string) => `∂${of}/∂${wrt}`;
/** A number inside a product, bracketed when negative so `4·(−3)` never reads as `4·-3`. */
const factor = (x: number) => (x < 0 ? `(${f(x)})` : f(x));

const termOf = (...factors: Operand[]): Term => ({coefficient: 1, factors});
const sumOf = (terms: Term[]): Build => ({kind: 'sum', terms});

/** The fields of one level with each one's reach worked out (their builds may use each other). */
export function withReach(fields: readonly Field[]): Field[] {
	const found = reaches(fields);
	return fields.map(f => ({...f, reach: found.get(f.id)}));
}

/**
 * ∂upper/∂lower as a learner may work it out: from the step's inputs as the
 * labels show them (σ′(y) from a rounded y, the partner of a product), or
 * from its output for σ, tanh and exp (σ(1 − σ), 1 − a², eˣ).
 */
function localWays(graph: LevelGraph, upper: NamedNode, lower: string): Interval {
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
function localOperand(graph: LevelGraph, upper: NamedNode, lower: string, local: number, field?: string): Operand {
	return {value: local, shown: false, ways: localWays(graph, upper, lower), ...(field === undefined ? {} : {field})};
}

/**
 * ∂of/∂wrt built two ways: upstream × local for each step that reads `wrt`
 * (the upstream gradients as the circuit labels them), and the product of the
 * local derivatives along every path.
 */
function gradientBuilds(graph: LevelGraph, of: string, wrt: string, grads: ReadonlyMap<string, number>): Build[] {
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
function pathOperands(graph: LevelGraph, nodes: readonly string[]): Operand[] {
	return nodes.slice(0, -1).map((n, j) => {
		const upper = entryOf(graph.byName, n);
		const lower = itemAt(nodes, j + 1);
		return localOperand(graph, upper, lower, upper.deps.find(x => x.name === lower)?.local ?? 0);
	});
}

/** Beyond this many paths nobody sums them by hand; the per-step build still applies. */
const maxPathsToBuild = 64;

/**
 * A field's mistakes with the wrong sign added last; a mistake that is the
 * answer itself, or repeats an earlier one's value, is dropped (the first,
 * most specific diagnosis wins).
 */
function withSign(expected: number, mistakes: Mistake[]): Mistake[] {
	const all: Mistake[] = expected === 0 ? mistakes : [...mistakes, {value: -expected, reason: 'wrongSign', params: {}}];
	const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
	return all.filter(
		(m, i) =>
			Number.isFinite(m.value) && !same(m.value, expected) && !all.slice(0, i).some(e => same(e.value, m.value)),
	);
}

/** σ's value used as its slope. */
function sigmoidAsSlope(step: NamedNode, scaled: number): Mistake | undefined {
	const sigma = step.value.data;
	const slope = sigma * (1 - sigma);
	if (slope === 0) return undefined;
	return {
		value: (scaled * sigma) / slope,
		reason: 'sigmoidValue',
		params: {node: step.name, input: step.deps[0]?.name ?? '', sigma: f(sigma)},
	};
}

/** tanh's slope taken as 1 − a instead of 1 − a². */
function tanhAsSlope(step: NamedNode, scaled: number): Mistake | undefined {
	const a = step.value.data;
	const slope = 1 - a * a;
	if (slope === 0) return undefined;
	return {
		value: (scaled * (1 - a)) / slope,
		reason: 'tanhValue',
		params: {node: step.name, a: f(a), oneMinus: f(1 - a)},
	};
}

/** The slope of ½u² halved once more (u/2): half the answer. */
const halfKept = (step: NamedNode, scaled: number): Mistake => ({
	value: scaled / 2,
	reason: 'halvedSlope',
	params: {node: step.name, text: step.text},
});

/** The ½ of a squared error left out: twice the answer. */
const halfLeftOut = (step: NamedNode, scaled: number): Mistake => ({
	value: 2 * scaled,
	reason: 'forgotHalf',
	params: {node: step.name, text: step.text},
});

/**
 * Mistakes that scale a whole gradient from `of` down to `wrt`: σ taken as its
 * own slope, or the ½ of a squared error left out, on a step every path crosses.
 */
function scalingMistakes(graph: LevelGraph, of: string, wrt: string, expected: number): Mistake[] {
	const mistakes: Mistake[] = [];
	for (const step of onEveryPath(graph, of, wrt, n => n.op === 'sigmoid')) {
		const m = sigmoidAsSlope(step, expected);
		if (m !== undefined) mistakes.push(m);
	}
	for (const step of onEveryPath(graph, of, wrt, n => n.op === 'tanh')) {
		const m = tanhAsSlope(step, expected);
		if (m !== undefined) mistakes.push(m);
	}
	for (const step of onEveryPath(graph, of, wrt, n => isHalfSquare(graph, n)))
		mistakes.push(halfLeftOut(step, expected), halfKept(step, expected));
	return mistakes;
}

/** Forward values of the named nodes. */
export function valueFields(graph: LevelGraph, steps: readonly Step[], names: readonly string[]): Field[] {
	return names.map(name => {
		const node = requireNode(graph, name);
		const step = steps.find(s => s.name === name);
		const work =
			step === undefined
				? `${name} = ${f(node.value.data)}`
				: `${name} = ${node.text} = ${substitute(graph, step)} = ${f(node.value.data)}`;
		return {
			id: `value:${name}`,
			role: 'value',
			label: name,
			expected: node.value.data,
			node: name,
			mistakes: withSign(node.value.data, step === undefined ? [] : forwardMistakes(graph, node, step)),
			work,
			// The step worked out again from the names it reads, each as shown or as answered.
			builds: [
				{
					kind: 'step',
					inputs: node.deps.map(dep => ({
						value: graph.byName.get(dep.name)?.value.data ?? 0,
						field: `value:${dep.name}`,
					})),
					compute: xs => stepAt(node, new Map(node.deps.map((dep, i) => [dep.name, xs[i] ?? 0])))?.value,
				},
			],
		};
	});
}

/** Steps that apply a one-input function: its input is a value one step short. */
const appliedFunctions: ReadonlySet<NodeOp> = new Set(unaryFunctionOperators);

/** A sum with one term left out, weights paired with the wrong inputs, an activation not yet applied, a ½ left out. */
function forwardMistakes(graph: LevelGraph, node: NamedNode, step: Step): Mistake[] {
	const mistakes: Mistake[] = [];
	const [left, right] = node.value.inputs;
	const expr = step.expr;
	if (expr.kind === 'binary' && (expr.op === '+' || expr.op === '-') && left !== undefined && right !== undefined) {
		mistakes.push({value: left.data, reason: 'leftOutTerm', params: {term: printMaths(expr.right)}});
		mistakes.push({
			value: expr.op === '+' ? right.data : -right.data,
			reason: 'leftOutTerm',
			params: {term: printMaths(expr.left)},
		});
	}
	if (expr.kind === 'call' && appliedFunctions.has(node.op) && left !== undefined) {
		mistakes.push({
			value: left.data,
			reason: 'beforeActivation',
			params: {arg: expr.args.map(arg => printMaths(arg)).join(', '), applied: printMaths(expr)},
		});
	}
	const products = twoProducts(graph, node);
	if (products !== undefined) {
		const [[a1, b1], [a2, b2]] = products;
		const v = (n: NamedNode) => n.value.data;
		const swapped = node.value.data - (v(a1) * v(b1) + v(a2) * v(b2)) + (v(a1) * v(b2) + v(a2) * v(b1));
		mistakes.push({
			value: swapped,
			reason: 'swappedPairs',
			params: {pairs: `${a1.name}·${b1.name} + ${a2.name}·${b2.name}`},
		});
	}
	if (isHalfSquare(graph, node)) mistakes.push(halfLeftOut(node, node.value.data));
	return mistakes.filter(m => Math.abs(m.value - node.value.data) > 1e-12);
}

/** ∂of/∂wrt for each `dOf/dWrt` ask. */
export function gradientFields(graph: LevelGraph, asks: readonly string[]): Field[] {
	return asks.map(ask => {
		const [, of = '', wrt = ''] = /^d(\w+)\/d(\w+)$/.exec(ask) ?? [];
		const root = requireNode(graph, of);
		requireNode(graph, wrt);
		const grads = gradientsFrom(graph, root);
		const expected = grads.get(wrt) ?? 0;
		const consumers = graph.nodes.filter(n => n.deps.some(dep => dep.name === wrt) && (grads.get(n.name) ?? 0) !== 0);
		const terms = consumers.map(c => ({
			via: c,
			upstream: grads.get(c.name) ?? 0,
			local: c.deps.find(dep => dep.name === wrt)?.local ?? 0,
		}));
		const mistakes: Mistake[] = [];
		let work = `${d(of, wrt)} = 1`;
		if (of !== wrt) {
			// The output's own gradient is 1, so a term through the output is just its local
			// derivative; for a product of two names that is the other name.
			const partner = (t: (typeof terms)[number]) =>
				t.via.op === 'mul' && t.via.deps.length === 2
					? (t.via.deps.find(dep => dep.name !== wrt)?.name ?? d(of, wrt))
					: d(of, wrt);
			const symbolic = terms
				.map(t => (t.via.name === of ? partner(t) : `${d(of, t.via.name)}·${d(t.via.name, wrt)}`))
				.join(' + ');
			const numeric = terms
				.map(t =>
					t.via.name === of
						? terms.length === 1
							? f(t.local)
							: factor(t.local)
						: `${factor(t.upstream)}·${factor(t.local)}`,
				)
				.join(' + ');
			work =
				terms.length === 0
					? `${d(of, wrt)} = 0`
					: [d(of, wrt), symbolic, numeric, f(expected)]
							.filter((part, i, all) => i === 0 || part !== all[i - 1])
							.join(' = ');
		}
		const [only] = terms;
		if (terms.length === 1 && only !== undefined) {
			const via = only.via.name;
			const link = {of, wrt, via, upstream: f(only.upstream)};
			const winner = only.via.op === 'max' && only.local === 0 ? only.via.deps.find(dep => dep.local !== 0) : undefined;
			// A max node that passed wrt over: the upstream gradient here means it was shared, not routed.
			if (winner !== undefined)
				mistakes.push({value: only.upstream, reason: 'maxToBoth', params: {...link, winner: winner.name}});
			// Through the output itself the upstream gradient is just 1: typing 1 there means the add rule was used.
			else if (only.local !== 1)
				mistakes.push(
					via === of
						? {value: only.upstream, reason: 'addRule', params: {via, wrt}}
						: {value: only.upstream, reason: 'upstreamOnly', params: link},
				);
			if (only.upstream !== 1) mistakes.push({value: only.local, reason: 'localOnly', params: link});
			const own = graph.byName.get(wrt)?.value.data ?? 0;
			const partner = partnerIn(graph, only.via, wrt);
			if (partner !== undefined && own !== only.local) {
				// Through the output itself there is no upstream gradient to speak of.
				mistakes.push(
					via === of
						? {value: own, reason: 'ownValue', params: {of, wrt, partner: partner.label}}
						: {value: only.upstream * own, reason: 'ownInput', params: {...link, partner: partner.label}},
				);
			}
			const other = otherAddend(graph, only.via, wrt);
			if (other !== undefined) {
				mistakes.push({
					value: only.upstream * other.value.data,
					reason: 'addSwap',
					params: via === of ? {via, wrt, other: other.name} : {...link, other: other.name},
				});
			}
		} else if (terms.length > 1) {
			for (const t of terms) {
				mistakes.push({
					value: t.upstream * t.local,
					reason: 'onePath',
					params: {of, wrt, via: t.via.name, paths: String(terms.length)},
				});
			}
		}
		if (of !== wrt) mistakes.push(...scalingMistakes(graph, of, wrt, expected));
		return {
			id: `grad:${of}:${wrt}`,
			role: 'gradient',
			label: d(of, wrt),
			expected,
			node: wrt,
			mistakes: withSign(expected, mistakes),
			work,
			builds: gradientBuilds(graph, of, wrt, grads),
		};
	});
}

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
		mistakes: withSign(product, [
			...linkSlips.map(slip => slip.mistake(product * slip.factor)),
			...missingLinks(
				fields.map(x => x.label),
				factors,
			),
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

/**
 * A product of links with links missing: only the last link typed (the one
 * next to the variable, the last field filled in), or one link left out. A
 * link of ±1 left out changes nothing a learner can see, so it is not named.
 */
function missingLinks(labels: readonly string[], locals: readonly number[]): Mistake[] {
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
		mistakes.push({value: rest, reason: 'leftOutLink', params: {link: labels[i] ?? '', value: f(local)}});
	}
	return mistakes;
}

/** On a gradient with one path, that path's links with links missing (see missingLinks). */
function singlePathSlips(graph: LevelGraph, of: string, wrt: string): Mistake[] {
	if (countPaths(graph, of, wrt) !== 1) return [];
	const [path] = namedPaths(graph, of, wrt);
	if (path === undefined) return [];
	const uppers = path.nodes.slice(0, -1);
	const labels = uppers.map((n, j) => d(n, itemAt(path.nodes, j + 1)));
	const locals = uppers.map((n, j) => graph.byName.get(n)?.deps.find(x => x.name === path.nodes[j + 1])?.local ?? 0);
	return missingLinks(labels, locals);
}

/**
 * The slip of the lecture note: going from a weighted sum down to a hidden
 * activation (y1 → H1) it writes ∂y1/∂w21·∂w21/∂H1, putting ∂y1/∂w21 = H1
 * where the chain needs the single factor ∂y1/∂H1 = w21.
 */
function isNoteSlip(graph: LevelGraph, upper: NamedNode, lower: string): boolean {
	const partner = partnerIn(graph, upper, lower);
	return (
		partner?.named === true &&
		graph.byName.get(partner.label)?.op === 'input' &&
		graph.byName.get(lower)?.op !== 'input' &&
		upper.value.op === '+'
	);
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
	if (upper.op === 'sigmoid') {
		const m = sigmoidAsSlope(upper, local);
		if (m !== undefined) mistakes.push(m);
	}
	if (upper.op === 'tanh') {
		const m = tanhAsSlope(upper, local);
		if (m !== undefined) mistakes.push(m);
	}
	if (isHalfSquare(graph, upper)) mistakes.push(halfLeftOut(upper, local), halfKept(upper, local));
	return mistakes;
}

/** How one link, got wrong, scales a product of local derivatives that contains it. */
function productSlips(
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
		const m = tanhAsSlope(upper, 1);
		if (m !== undefined) slips.push({factor: 1, mistake: p => ({...m, value: m.value * p})});
	}
	if (isHalfSquare(graph, upper))
		slips.push(
			{factor: 2, mistake: p => ({...halfLeftOut(upper, p / 2)})},
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
				p.nodes
					.slice(0, -1)
					.flatMap((n, j) => {
						const upper = entryOf(graph.byName, n);
						const lower = itemAt(p.nodes, j + 1);
						const local = upper.deps.find(x => x.name === lower)?.local ?? 0;
						return productSlips(graph, upper, lower, local).map(slip => slip.mistake(p.product * slip.factor));
					})
					.concat(missingLinks(links, locals)),
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
				params: {of, wrt, via: p.nodes[1] ?? '', paths: String(paths.length)},
			})),
			...scalingMistakes(graph, of, wrt, total),
		]),
		work: `${d(of, wrt)} = ${paths.map(p => factor(p.product)).join(' + ')} = ${f(total)}`,
		builds: [sumOf(paths.map((p, i) => termOf({value: p.product, field: `path:${i}`}))), ...pathBuild],
	});
	return fields;
}

/** ∂E/∂param and the updated parameter, plus the error before and after that step. */
export function updateFields(
	graph: LevelGraph,
	steps: readonly Step[],
	inputs: Readonly<Record<string, number>>,
	param: string,
	learningRate: number,
	outputName: string | undefined,
): {fields: Field[]; preview: UpdatePreview} {
	const node = requireNode(graph, param);
	if (node.op !== 'input') throw new GraphError(`the parameter '${param}' must be an input, not a step`);
	const E = graph.output.name;
	const grads = gradientsFrom(graph, graph.output);
	const g = grads.get(param) ?? 0;
	const before = node.value.data;
	const after = before - learningRate * g;
	const next = errorAt(steps, {...inputs, [param]: after}, outputName);
	const eta = f(learningRate);
	const updateFigures = figuresToShowStep(before, after);
	const fields: Field[] = [
		{
			id: `grad:${E}:${param}`,
			role: 'gradient',
			label: d(E, param),
			expected: g,
			node: param,
			mistakes: withSign(g, [...scalingMistakes(graph, E, param, g), ...singlePathSlips(graph, E, param)]),
			work: `${d(E, param)} = ${f(g)}`,
			builds: gradientBuilds(graph, E, param, grads),
		},
		{
			id: `update:${param}`,
			role: 'update',
			label: `${param} − η·${d(E, param)}`,
			expected: after,
			node: undefined,
			mistakes: withSign(after, [
				{value: before + learningRate * g, reason: 'plusSign', params: {param}},
				{value: before - g, reason: 'forgotRate', params: {eta}},
				{value: -learningRate * g, reason: 'stepOnly', params: {param, step: f(-learningRate * g)}},
				{value: learningRate * g, reason: 'stepOnly', params: {param, step: f(-learningRate * g)}},
			])
				.filter(m => m.reason !== 'wrongSign')
				// A step far smaller than the weight (w11's in the note) leaves some slips within a
				// unit of the answer's last needed figure, where no typed answer can tell them apart.
				.filter(m => Math.abs(m.value - after) > lastFigureUnit(after, updateFigures)),
			work: `${param} − η·${d(E, param)} = ${f(before)} − ${eta}·${factor(g)} = ${f(after)}`,
			builds: [
				sumOf([
					termOf({value: before}),
					{coefficient: -learningRate, factors: [{value: g, field: `grad:${E}:${param}`}]},
				]),
			],
			...(updateFigures === 3 ? {} : {figures: updateFigures}),
		},
	];
	return {
		fields,
		preview: {
			param,
			learningRate,
			before,
			after,
			errorBefore: graph.output.value.data,
			errorAfter: next.value,
			undefinedAt: next.undefinedAt,
		},
	};
}

/** The output at other inputs, or which step has no value there. */
function errorAt(
	steps: readonly Step[],
	inputs: Readonly<Record<string, number>>,
	outputName: string | undefined,
): {value: number | undefined; undefinedAt: string | undefined} {
	try {
		return {value: buildGraph(steps, inputs, outputName).output.value.data, undefinedAt: undefined};
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return {value: undefined, undefinedAt: /step '([^']+)'/.exec(error.message)?.[1] ?? '?'};
	}
}

/**
 * A new weight must be typed with enough figures that its rounding can't be
 * the old weight: w11 = 0.15 → 0.149781 needs 4 (0.1498), since 0.150 is
 * also the unchanged weight.
 */
export function figuresToShowStep(before: number, after: number): number {
	const step = Math.abs(after - before);
	let figures = 3;
	if (step === 0 || after === 0) return figures;
	while (figures < 12 && lastFigureUnit(after, figures) / 2 >= step / 2) figures++;
	return figures;
}

/** One unit in the `figures`-th significant figure of `x`. */
const lastFigureUnit = (x: number, figures: number) =>
	x === 0 ? 0 : 10 ** (Math.floor(Math.log10(Math.abs(x))) - figures + 1);

function requireNode(graph: LevelGraph, name: string): NamedNode {
	const node = graph.byName.get(name);
	if (node === undefined) throw new GraphError(`'${name}' is not a node of the graph`);
	return node;
}

/** The step's expression with each name replaced by its value, negatives in brackets. */
function substitute(graph: LevelGraph, step: Step): string {
	return printMaths(step.expr, 0, name => graph.byName.get(name)?.value.data ?? 0);
}
