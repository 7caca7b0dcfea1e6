// The checking rule, both ways, over every field of every shipped level and of
// generated practice levels. The values a learner builds are worked out here
// the way a learner works them out (numbers as the screen shows them, their own
// accepted answers, the rules the level teaches), not from the rule's own reach.
import {describe, expect, it} from 'vitest';
import {ambiguousMistakes, checkField, figuresFor, type Typed} from '../../src/game/check.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Field} from '../../src/levels/answers.js';
import {type NamedNode, stepAt} from '../../src/levels/graph.js';
import {type Level, loadLevelPack} from '../../src/levels/loader.js';
import {contains, preimage, roundTo} from '../../src/levels/reach.js';
import {MatrixLearner} from '../support/matrix-learner.js';

const seeds = Number(process.env.PRACTICE_SEEDS ?? 100);
const timeout = Math.max(120_000, seeds * 60);

const asTyped = (value: number, figures: number): Typed => ({value: roundTo(value, figures), figures});
const arithmetic = (value: number): Typed => ({value, figures: undefined});
const unique = (xs: number[]) => [...new Set(xs.filter(Number.isFinite))];

/** A number as a label (3 figures) or a hint (4 figures) shows it. */
const shown = (x: number) => unique([roundTo(x, 3), roundTo(x, 4)]);

/** Every pick of one option per slot, capped (the first options are the plainest). */
function combos(options: readonly number[][], cap = 48): number[][] {
	let all: number[][] = [[]];
	for (const opts of options) all = all.flatMap(c => opts.map(o => [...c, o])).slice(0, cap);
	return all;
}

class Learner {
	private readonly byId: Map<string, Field>;
	private readonly memo = new Map<string, number[]>();
	private matrix: MatrixLearner | undefined;

	constructor(private readonly level: Level) {
		this.byId = new Map(level.fields.map(f => [f.id, f]));
	}

	private node(name: string): NamedNode {
		return this.level.graph?.byName.get(name) as NamedNode;
	}

	/** What the learner has on screen for a field they answered: its roundings and their own built answers, to 3 figures. */
	answers(id: string, fallback: number): number[] {
		const f = this.byId.get(id);
		if (f === undefined) return shown(fallback);
		const n = figuresFor(f);
		return unique([roundTo(f.expected, n), ...this.built(f).map(v => roundTo(v, n))]).slice(0, 4);
	}

	/** ∂upper/∂lower worked out from the step's inputs as labels show them, and from its output (σ(1 − σ), 1 − a²). */
	localWays(upperName: string, lower: string): number[] {
		const upper = this.node(upperName);
		const local = upper.deps.find(d => d.name === lower)?.local ?? 0;
		const values = [roundTo(local, 3)];
		for (const digits of [3, 4]) {
			const at = new Map(upper.deps.map(d => [d.name, roundTo(this.node(d.name).value.data, digits)]));
			const got = stepAt(upper, at)?.locals.get(lower);
			if (got !== undefined) values.push(got);
			const y = roundTo(upper.value.data, digits);
			if (upper.op === 'sigmoid') values.push(y * (1 - y));
			if (upper.op === 'tanh') values.push(1 - y * y);
			if (upper.op === 'exp') values.push(y);
		}
		return unique(values);
	}

	private pathProducts(nodes: readonly string[]): number[] {
		const options = nodes.slice(0, -1).map((n, j) => this.localWays(n, nodes[j + 1] as string));
		return combos(options).map(c => c.reduce((p, x) => p * x, 1));
	}

	/** Values a learner builds for a field, at full precision. */
	built(f: Field): number[] {
		const known = this.memo.get(f.id);
		if (known !== undefined) return known;
		this.memo.set(f.id, []);
		const values = unique(this.build(f));
		this.memo.set(f.id, values);
		return values;
	}

	private build(f: Field): number[] {
		const cell = f.cell;
		if (cell !== undefined) {
			if (cell.grid.kind === 'shape') return [];
			this.matrix ??= new MatrixLearner(this.level);
			return this.matrix.built(cell.grid.id).map(m => m[cell.row]?.[cell.col] ?? Number.NaN);
		}
		const [kind, a = '', b = ''] = f.id.split(':');
		switch (kind) {
			case 'value': {
				// value:f:up and value:f:down are f at x ± h, which the learner reads off the calculation, not the graph.
				if (b !== '') return [];
				const node = this.node(a);
				const options = node.deps.map(d => this.answers(`value:${d.name}`, this.node(d.name).value.data));
				return combos(options).flatMap(c => {
					const got = stepAt(node, new Map(node.deps.map((d, i) => [d.name, c[i] ?? 0])))?.value;
					return got === undefined ? [] : [got];
				});
			}
			case 'local':
				return this.localWays(a, b);
			case 'product': {
				const links = this.level.fields.filter(x => x.id.startsWith('local:'));
				const options = links.map(x => {
					const [, u = '', l = ''] = x.id.split(':');
					return unique([...this.answers(x.id, x.expected), ...this.localWays(u, l)]);
				});
				return combos(options).map(c => c.reduce((p, x) => p * x, 1));
			}
			case 'path': {
				const nodes = f.label.split('→');
				return this.pathProducts(nodes);
			}
			case 'total': {
				const paths = this.level.fields.filter(x => x.role === 'path');
				return combos(paths.map(p => this.answers(p.id, p.expected))).map(c => c.reduce((s, x) => s + x, 0));
			}
			case 'grad':
				return this.gradient(a, b);
			case 'update': {
				const spec = this.level.update;
				if (spec === undefined) return [];
				const g = this.level.fields.find(x => x.role === 'gradient');
				const grads = g === undefined ? [] : this.answers(g.id, g.expected);
				return grads.map(x => spec.before - spec.learningRate * x);
			}
			default:
				return [];
		}
	}

	/** ∂of/∂wrt: upstream × local over the steps that read wrt, added. */
	private gradient(of: string, wrt: string): number[] {
		const graph = this.level.graph;
		if (graph === undefined) return [];
		const consumers = graph.nodes.filter(n => n.deps.some(d => d.name === wrt));
		const field = this.byId.get(`grad:${of}:${wrt}`);
		const x = field?.expected ?? 0;
		const terms = consumers.map(c => {
			const locals = this.localWays(c.name, wrt);
			if (c.name === of) return locals;
			const upstream = this.byId.get(`grad:${of}:${c.name}`);
			const ups = upstream === undefined ? [] : this.answers(upstream.id, upstream.expected);
			return ups.flatMap(u => locals.map(l => u * l));
		});
		// Steps that lead nowhere near `of` add nothing; keep the sums whose terms are all known.
		if (terms.some(t => t.length === 0)) return [x];
		return combos(terms).map(c => c.reduce((s, v) => s + v, 0));
	}
}

/** Every rounding of x to `fewest`…8 figures, both neighbours on a tie. */
function roundings(x: number, fewest: number): Typed[] {
	const out: Typed[] = [];
	for (let n = fewest; n <= 8; n++) out.push(asTyped(x, n));
	return out;
}

/** Checks both directions on one level; returns the first failure, or undefined. */
function problems(level: Level, where: string): string[] {
	const found: string[] = [];
	const learner = new Learner(level);
	for (const f of level.fields) {
		const at = `${where} ${f.label}`;
		const needed = figuresFor(f);
		for (const t of roundings(f.expected, needed))
			if (checkField(f, t).kind !== 'right') found.push(`${at}: the rounding ${t.value} is refused`);
		for (const v of learner.built(f)) {
			for (const t of [arithmetic(v), asTyped(v, needed)])
				if (checkField(f, t).kind !== 'right')
					found.push(`${at}: built ${v} typed ${t.figures === undefined ? 'as arithmetic' : t.value} is refused`);
		}
		for (const m of f.mistakes) {
			for (let n = needed; n <= 8; n++) {
				const t = asTyped(m.value, n);
				if (contains(preimage(t.value, n), f.expected)) continue;
				const verdict = checkField(f, t);
				if (verdict.kind === 'right') found.push(`${at}: the mistake ${m.reason} typed ${t.value} is accepted`);
			}
			if (checkField(f, arithmetic(m.value)).kind === 'right')
				found.push(`${at}: the mistake ${m.reason} = ${m.value} is accepted`);
		}
		// A grid's diagnosed mistakes, cell by cell: each must be refused where it is not a rounding of the answer.
		for (const m of f.cell?.grid.mistakes ?? []) {
			const value = m.values[f.cell?.row ?? 0]?.[f.cell?.col ?? 0];
			if (value === undefined) continue;
			for (let n = needed; n <= 8; n++) {
				const t = asTyped(value, n);
				if (contains(preimage(t.value, n), f.expected)) continue;
				if (checkField(f, t).kind === 'right')
					found.push(`${at}: the grid's mistake ${m.reason} typed ${t.value} is accepted`);
			}
		}
		for (const m of ambiguousMistakes(f)) found.push(`${at}: the mistake ${m.reason} = ${m.value} is within reach`);
	}
	return found;
}

describe('the checking rule on every field of every shipped level', () => {
	const shipped = loadLevelPack('levels').levels.filter(l => l.fields.length > 0);
	for (const level of shipped) {
		it(`${level.id}: accepts every rounding and every fair build, refuses every mistake`, () => {
			expect(problems(level, level.id)).toEqual([]);
		});
	}
});

describe(`the checking rule on generated practice levels (${seeds} seeds, every step)`, () => {
	for (const concept of concepts) {
		it(
			`${concept}: accepts every rounding and every fair build, refuses every mistake`,
			() => {
				const found: string[] = [];
				for (let seed = 0; seed < seeds && found.length < 20; seed++)
					for (const difficulty of difficulties)
						found.push(
							...problems(
								generateLevel(concept, seed, 0, difficulty).level,
								`${concept} seed ${seed} step ${difficulty}`,
							),
						);
				expect(found.slice(0, 20)).toEqual([]);
			},
			timeout,
		);
	}
});
