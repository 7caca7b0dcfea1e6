// A learner working a matrix level by hand, for the checking rule's property
// test: every number they hold is one the screen shows (an input as written,
// another node's value to 3 or 4 figures) or one of their own accepted
// answers, and every number they work out follows the rule the level teaches,
// with the intermediate results of a step (each exp of a softmax, a sum, a
// square) at full precision or rounded to 3 figures on the way. The rules are
// applied here from the formula on the engine, not read from the checker's reach.
import {crossEntropyLabel} from '../../src/levels/cross-entropy-label.js';
import {type Expr, parseFormula, printExpr} from '../../src/levels/formula.js';
import type {Level} from '../../src/levels/loader.js';
import {buildMatrixGraph, evaluateStep, type MatrixGraph, type TensorInput} from '../../src/levels/matrix-graph.js';
import {roundTo} from '../../src/levels/reach.js';

type Rows = number[][];

const each = (m: readonly (readonly number[])[], f: (x: number, i: number, j: number) => number): Rows =>
	m.map((row, i) => row.map((x, j) => f(x, i, j)));
const rounded = (m: readonly (readonly number[])[], figures: number): Rows => each(m, x => roundTo(x, figures));
const key = (m: Rows) => JSON.stringify(m);

/** Matrices once each, in order, at most `cap`. */
function distinct(ms: readonly Rows[], cap = 4): Rows[] {
	const seen = new Set<string>();
	const out: Rows[] = [];
	for (const m of ms) {
		if (m.some(row => row.some(x => !Number.isFinite(x))) || seen.has(key(m))) continue;
		seen.add(key(m));
		out.push(m);
	}
	return out.slice(0, cap);
}

/** Every pick of one option per slot, capped. */
function combos<T>(options: readonly (readonly T[])[], cap = 24): T[][] {
	let all: T[][] = [[]];
	for (const opts of options) all = all.flatMap(c => opts.map(o => [...c, o])).slice(0, cap);
	return all;
}

/** Rows as the engine takes them: a 1×1 as a number, so it broadcasts. */
const asInput = (m: Rows): TensorInput => (m.length === 1 && m[0]?.length === 1 ? (m[0][0] ?? 0) : m);

const nameExpr = (name: string): Expr => ({kind: 'name', name, column: 0});

/**
 * Evaluates an expression the way a learner does, step by step; with `round`
 * every intermediate result (not the expression's own value) is rounded to 3
 * figures. A softmax is worked as its exps, their row sums and the division.
 */
export function evaluateByHand(expr: Expr, values: ReadonlyMap<string, Rows>, round: boolean): Rows | undefined {
	const inner = (e: Expr): Rows | undefined => {
		const got = walk(e);
		return got === undefined || !round ? got : rounded(got, 3);
	};
	const walk = (e: Expr): Rows | undefined => {
		if (e.kind === 'number') return [[e.value]];
		if (e.kind === 'name') return values.get(e.name);
		if (e.kind === 'call' && e.fn === 'softmax' && e.args[0] !== undefined) {
			const z = inner(e.args[0]);
			if (z === undefined) return undefined;
			const exps = each(z, x => (round ? roundTo(Math.exp(x), 3) : Math.exp(x)));
			const sums = exps.map(row => {
				const s = row.reduce((a, b) => a + b, 0);
				return round ? roundTo(s, 3) : s;
			});
			return each(exps, (x, i) => x / (sums[i] ?? Number.NaN));
		}
		// The operation itself, on its operands' values as the learner holds them.
		const bound = new Map<string, TensorInput>();
		let k = 0;
		const bind = (arg: Expr): Expr | undefined => {
			if (arg.kind === 'number') return arg;
			const v = inner(arg);
			if (v === undefined) return undefined;
			const name = `handValue${k++}`;
			bound.set(name, asInput(v));
			return nameExpr(name);
		};
		let shallow: Expr | undefined;
		if (e.kind === 'negate') {
			const arg = bind(e.arg);
			shallow = arg === undefined ? undefined : {...e, arg};
		} else if (e.kind === 'binary') {
			const left = bind(e.left);
			const right = e.op === '^' ? e.right : bind(e.right);
			shallow = left === undefined || right === undefined ? undefined : {...e, left, right};
		} else {
			const args: Expr[] = [];
			for (const [i, a] of e.args.entries()) {
				const arg = i > 0 && a.kind === 'number' ? a : bind(a);
				if (arg === undefined) return undefined;
				args.push(arg);
			}
			shallow = {...e, args};
		}
		return shallow === undefined ? undefined : evaluateStep(shallow, bound);
	};
	return walk(expr);
}

/** What a learner holds and builds on one matrix level, grid by grid. */
export class MatrixLearner {
	private readonly graph: MatrixGraph;
	private readonly out: string;
	private readonly grids = new Set<string>();
	private readonly figures = new Map<string, number>();
	private readonly memo = new Map<string, Rows[]>();

	constructor(private readonly level: Level) {
		if (level.matrix === undefined) throw new Error(`${level.id} is not a matrix level`);
		this.graph = level.matrix;
		this.out = this.graph.output.name;
		for (const f of level.fields) {
			const grid = f.cell?.grid.id;
			if (grid !== undefined) {
				this.grids.add(grid);
				this.figures.set(grid, Math.max(this.figures.get(grid) ?? 3, f.figures ?? 3));
			}
		}
	}

	private node(name: string) {
		const node = this.graph.byName.get(name);
		if (node === undefined) throw new Error(`${this.level.id} has no node ${name}`);
		return node;
	}

	private once(id: string, make: () => Rows[]): Rows[] {
		const known = this.memo.get(id);
		if (known !== undefined) return known;
		this.memo.set(id, []);
		const made = distinct(make(), 8);
		this.memo.set(id, made);
		return made;
	}

	/** A grid the level asks: the learner holds its answer as they typed it (rounded, or their own build rounded). */
	private answered(id: string, expected: Rows, builds: () => Rows[]): Rows[] {
		const n = this.figures.get(id) ?? 3;
		return distinct([rounded(expected, n), ...builds().map(m => rounded(m, n))]);
	}

	/** A node's value as the learner holds it. */
	heldValue(name: string): Rows[] {
		const node = this.node(name);
		if (node.expr === undefined) return [node.rows.map(row => [...row])];
		const id = `value:${name}`;
		if (this.grids.has(id))
			return this.answered(
				id,
				node.rows.map(r => [...r]),
				() => this.built(id),
			);
		return distinct([rounded(node.rows, 3), rounded(node.rows, 4)]);
	}

	/** ∂output/∂name as the learner holds it. */
	heldGrad(name: string): Rows[] {
		if (name === this.out) return [[[1]]];
		const expected = (this.graph.grads.get(name) ?? []).map(r => [...r]);
		const id = `grad:${this.out}:${name}`;
		if (this.grids.has(id)) return this.answered(id, expected, () => this.built(id));
		// No screen shows a gradient nobody asks: the learner works it out.
		return distinct([expected, ...this.built(id)]);
	}

	/** The values the learner works out for a grid, at full precision. */
	built(id: string): Rows[] {
		return this.once(id, () => {
			const [kind = '', a = '', b = ''] = id.split(':');
			if (kind === 'value') return this.forward(a);
			if (kind === 'grad') return this.backward(b);
			if (kind === 'jac') return this.jacobian(a);
			if (kind === 'after') return this.afterStep(a);
			return [];
		});
	}

	/** A step worked out from the values its inputs hold, exactly or rounding each intermediate result. */
	private forward(name: string, held: (n: string) => Rows[] = n => this.heldValue(n)): Rows[] {
		const node = this.node(name);
		if (node.expr === undefined) return [];
		const expr = node.expr;
		return combos(node.reads.map(held)).flatMap(picked => {
			const values = new Map(node.reads.map((r, i) => [r, picked[i] ?? []] as const));
			return [false, true].flatMap(round => {
				const got = evaluateByHand(expr, values, round);
				return got === undefined ? [] : [got];
			});
		});
	}

	/** ∂output/∂name: one step of the chain rule back from the step that reads it. */
	private backward(name: string): Rows[] {
		const consumers = this.graph.nodes.filter(n => n.reads.includes(name));
		const consumer = consumers[0];
		if (consumers.length !== 1 || consumer?.expr === undefined) return [];
		const expr = consumer.expr;
		// Softmax into a cross-entropy: the level teaches (P − Y)/N.
		const label =
			expr.kind === 'call' && expr.fn === 'softmax' ? crossEntropyLabel(this.level.steps, consumer.name) : undefined;
		if (label !== undefined) {
			const y = this.node(label).rows;
			const n = /\bmean\(/.test(this.level.spec.kind === 'matrix' ? this.level.spec.formula : '') ? y.length : 1;
			return this.heldValue(consumer.name).map(p => each(p, (x, i, j) => (x - (y[i]?.[j] ?? 0)) / n));
		}
		const steps = parseFormula(
			`${consumer.name} = ${printExpr(expr)}; handLoss = sum(${consumer.name} * handUpstream)`,
		);
		return combos([...consumer.reads.map(r => this.heldValue(r)), this.heldGrad(consumer.name)]).flatMap(picked => {
			const inputs: Record<string, TensorInput> = {handUpstream: asInput(picked.at(-1) ?? [])};
			consumer.reads.forEach((r, i) => {
				inputs[r] = this.shaped(r, picked[i] ?? []);
			});
			const g = buildMatrixGraph(steps, inputs, 'handLoss').grads.get(name);
			return g === undefined ? [] : [g.map(r => [...r])];
		});
	}

	/** Rows in a node's own shape. */
	private shaped(name: string, m: Rows): TensorInput {
		const shape = this.node(name).shape;
		if (shape.length === 0) return m[0]?.[0] ?? 0;
		if (shape.length === 1) return m[0] ?? [];
		return m;
	}

	/** ∂P/∂Z of one row from P as held: P[i]·(1 − P[i]) on the diagonal, −P[i]·P[j] off it. */
	private jacobian(p: string): Rows[] {
		return this.heldValue(p).map(held => {
			const row = held[0] ?? [];
			return row.map((pi, i) => row.map((pj, j) => (i === j ? pi * (1 - pi) : -pi * pj)));
		});
	}

	/** After the step: a parameter moved by −η times the learner's gradient, or a value at the moved parameters. */
	private afterStep(name: string): Rows[] {
		const spec = this.level.spec;
		if (spec.kind !== 'matrix' || spec.learningRate === undefined || spec.params === undefined) return [];
		const eta = spec.learningRate;
		const params = spec.params;
		if (params.includes(name)) {
			const w = this.node(name).rows;
			return this.heldGrad(name).map(g => each(w, (x, i, j) => x - eta * (g[i]?.[j] ?? 0)));
		}
		// The moved parameters as the learner typed them, then each step forward again.
		const movedHeld = (p: string) => {
			const id = `after:${p}`;
			const moved = this.level.fields.filter(f => f.cell?.grid.id === id);
			const rows = this.node(p).rows.map((row, i) =>
				row.map((_, j) => moved.find(f => f.cell?.row === i && f.cell.col === j)?.expected ?? 0),
			);
			return this.answered(id, rows, () => this.built(id));
		};
		const order = this.level.steps.map(s => s.name);
		const upTo = order.slice(0, order.indexOf(name) + 1);
		return combos(params.map(movedHeld), 8).flatMap(picked =>
			[false, true].flatMap(round => {
				const values = new Map<string, Rows>();
				for (const n of this.graph.nodes)
					if (n.expr === undefined)
						values.set(
							n.name,
							n.rows.map(r => [...r]),
						);
				for (const [i, p] of params.entries()) values.set(p, picked[i] ?? []);
				for (const s of upTo) {
					const got = evaluateByHand(this.node(s).expr ?? nameExpr(s), values, round);
					if (got === undefined) return [];
					values.set(s, round && s !== name ? rounded(got, 3) : got);
				}
				const got = values.get(name);
				return got === undefined ? [] : [got];
			}),
		);
	}
}
