import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {numericalGradient, type Shape, Tensor, Value} from '../../src/engine/index.js';

// The same formulas written twice: once on tensors, once expanded element by
// element on the scalar Value engine. Reverse mode on both must agree to 1e-12.

/** A tensor written out as scalars: a shape and its Values, row-major. */
type Scalars = {readonly shape: Shape; readonly v: readonly Value[]};

const rowsColumns = (s: Shape): [number, number] =>
	s.length === 0 ? [1, 1] : s.length === 1 ? [1, s[0] as number] : [s[0] as number, s[1] as number];

function broadcastShape(a: Shape, b: Shape): number[] {
	const [ar, ac] = rowsColumns(a);
	const [br, bc] = rowsColumns(b);
	const rows = Math.max(ar, br);
	const columns = Math.max(ac, bc);
	const rank = Math.max(a.length, b.length);
	return rank === 2 ? [rows, columns] : rank === 1 ? [columns] : [];
}

function pairwise(a: Scalars, b: Scalars, f: (x: Value, y: Value) => Value): Scalars {
	const shape = broadcastShape(a.shape, b.shape);
	const [rows, columns] = rowsColumns(shape);
	const [ar, ac] = rowsColumns(a.shape);
	const [br, bc] = rowsColumns(b.shape);
	const v: Value[] = [];
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < columns; j++) {
			const x = a.v[(ar === 1 ? 0 : i) * ac + (ac === 1 ? 0 : j)] as Value;
			const y = b.v[(br === 1 ? 0 : i) * bc + (bc === 1 ? 0 : j)] as Value;
			v.push(f(x, y));
		}
	}
	return {shape, v};
}

const each = (a: Scalars, f: (x: Value) => Value): Scalars => ({shape: a.shape, v: a.v.map(f)});

function total(values: readonly Value[]): Value {
	let s = values[0] as Value;
	for (const x of values.slice(1)) s = s.add(x);
	return s;
}

function reduce(a: Scalars, axis: number | undefined, mean: boolean): Scalars {
	const [rows, columns] = rowsColumns(a.shape);
	const at = (i: number, j: number) => a.v[i * columns + j] as Value;
	const scale = (s: Value, n: number) => (mean ? s.div(n) : s);
	if (axis === undefined || a.shape.length === 1) return {shape: [], v: [scale(total(a.v), a.v.length)]};
	if (axis === 0) {
		const v = Array.from({length: columns}, (_, j) =>
			scale(total(Array.from({length: rows}, (_, i) => at(i, j))), rows),
		);
		return {shape: [columns], v};
	}
	const v = Array.from({length: rows}, (_, i) =>
		scale(total(Array.from({length: columns}, (_, j) => at(i, j))), columns),
	);
	return {shape: [rows], v};
}

function matmul(a: Scalars, b: Scalars): Scalars {
	const [n, k] = a.shape as [number, number];
	const m = b.shape[1] as number;
	const v: Value[] = [];
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < m; j++) {
			v.push(total(Array.from({length: k}, (_, p) => (a.v[i * k + p] as Value).mul(b.v[p * m + j] as Value))));
		}
	}
	return {shape: [n, m], v};
}

function softmaxRows(a: Scalars): Scalars {
	const [rows, columns] = rowsColumns(a.shape);
	const v: Value[] = [];
	for (let i = 0; i < rows; i++) {
		const e = a.v.slice(i * columns, (i + 1) * columns).map(x => x.exp());
		const s = total(e);
		v.push(...e.map(x => x.div(s)));
	}
	return {shape: a.shape, v};
}

const leaves = (shape: Shape, values: readonly number[]): Scalars => ({shape, v: values.map(x => new Value(x))});

function expectSame(tensor: Tensor, scalars: Scalars): void {
	expect(tensor.shape).toEqual(scalars.shape);
	for (const [i, value] of scalars.v.entries()) {
		const got = tensor.grad[i] as number;
		expect(Math.abs(got - value.grad)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value.grad)));
	}
}

// --- random shapes that broadcast ---

const dim = fc.integer({min: 1, max: 4});
const outShape = fc.oneof(
	fc.constant([] as number[]),
	fc.tuple(dim).map(s => [...s]),
	fc.tuple(dim, dim).map(s => [...s]),
);

/** A shape that broadcasts to `out`: the same or fewer trailing axes, each either full or 1. */
function operandShape(out: readonly number[]): fc.Arbitrary<number[]> {
	return fc
		.tuple(fc.integer({min: 0, max: out.length}), fc.array(fc.boolean(), {minLength: 2, maxLength: 2}))
		.map(([rank, ones]) => out.slice(out.length - rank).map((d, i) => (ones[i] ? 1 : d)));
}

const valuesFor = (shape: readonly number[]) =>
	fc.array(fc.double({min: -2, max: 2, noNaN: true}), {minLength: size(shape), maxLength: size(shape)});

function size(shape: readonly number[]): number {
	return shape.reduce((a, b) => a * b, 1);
}

type Pair = {a: number[]; b: number[]; out: number[]; av: number[]; bv: number[]; weights: number[]};
const pair: fc.Arbitrary<Pair> = outShape.chain(out =>
	fc.tuple(operandShape(out), operandShape(out)).chain(([a, b]) => {
		const o = broadcastShape(a, b);
		return fc.record({
			a: fc.constant(a),
			b: fc.constant(b),
			out: fc.constant(o),
			av: valuesFor(a),
			bv: valuesFor(b),
			weights: valuesFor(o),
		});
	}),
);

const binaryOps = ['add', 'sub', 'mul', 'div'] as const;
const unaryOps = ['none', 'exp', 'log', 'tanh', 'sigmoid', 'relu', 'neg', 'square', 'softmax'] as const;
const reductions = ['sum', 'mean', 'sum0', 'mean0', 'sum1', 'mean1'] as const;

describe('tensor gradients equal the scalar engine’s on the same formula, element by element', () => {
	it('binary op with broadcasting, then a function, then a weighted reduction', () => {
		fc.assert(
			fc.property(
				pair,
				fc.constantFrom(...binaryOps),
				fc.constantFrom(...unaryOps),
				fc.constantFrom(...reductions),
				(p, binary, unary, reduction) => {
					const ta = Tensor.fromFlat(p.a, p.av);
					const tb = Tensor.fromFlat(p.b, p.bv);
					const sa = leaves(p.a, p.av);
					const sb = leaves(p.b, p.bv);
					// div sees b² + 0.5 so it never divides by 0; log sees y² + 1.
					const tDen = binary === 'div' ? tb.pow(2).add(0.5) : tb;
					const sDen = binary === 'div' ? each(sb, x => x.pow(2).add(0.5)) : sb;
					let t = ta[binary](tDen);
					let s = pairwise(sa, sDen, (x, y) => x[binary](y));
					if (unary === 'log') {
						t = t.pow(2).add(1).log();
						s = each(s, x => x.pow(2).add(1).log());
					} else if (unary === 'square') {
						t = t.pow(2);
						s = each(s, x => x.pow(2));
					} else if (unary === 'softmax') {
						if (t.shape.length === 0) return;
						t = t.softmax();
						s = softmaxRows(s);
					} else if (unary !== 'none') {
						t = t[unary]();
						s = each(s, x => x[unary]());
					}
					t = t.mul(Tensor.fromFlat(p.out, p.weights));
					s = pairwise(s, leaves(p.out, p.weights), (x, y) => x.mul(y));
					const axis = reduction.endsWith('0') ? 0 : reduction.endsWith('1') ? 1 : undefined;
					if (axis !== undefined && axis >= t.shape.length) return;
					const mean = reduction.startsWith('mean');
					t = mean ? t.mean(axis) : t.sum(axis);
					s = reduce(s, axis, mean);
					const tl = t.sum();
					const sl = total(s.v);
					expect(Math.abs(tl.item() - sl.data)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(sl.data)));
					tl.backward();
					sl.backward();
					expectSame(ta, sa);
					expectSame(tb, sb);
				},
			),
			{numRuns: 300},
		);
	});

	const layer = fc.tuple(dim, dim, dim).chain(([n, k, m]) =>
		fc.record({
			n: fc.constant(n),
			k: fc.constant(k),
			m: fc.constant(m),
			x: valuesFor([n, k]),
			w: valuesFor([k, m]),
			b: valuesFor([m]),
			labels: fc.array(fc.integer({min: 0, max: m - 1}), {minLength: n, maxLength: n}),
			head: fc.constantFrom('tanh-mean', 'relu-transpose', 'cross-entropy', 'squared-error'),
		}),
	);

	it('a layer on a batch: X @ W + b, then a loss', () => {
		fc.assert(
			fc.property(layer, ({n, k, m, x, w, b, labels, head}) => {
				const tx = Tensor.fromFlat([n, k], x);
				const tw = Tensor.fromFlat([k, m], w);
				const tb = Tensor.fromFlat([m], b);
				const sx = leaves([n, k], x);
				const sw = leaves([k, m], w);
				const sb = leaves([m], b);
				const tz = tx.matmul(tw).add(tb);
				const sz = pairwise(matmul(sx, sw), sb, (p, q) => p.add(q));
				let tl: Tensor;
				let sl: Value;
				if (head === 'tanh-mean') {
					tl = tz.tanh().mean();
					sl = reduce(
						each(sz, v => v.tanh()),
						undefined,
						true,
					).v[0] as Value;
				} else if (head === 'relu-transpose') {
					tl = tz.relu().transpose().mean(1).sum();
					sl = total(
						reduce(
							each(sz, v => v.relu()),
							0,
							true,
						).v,
					);
				} else if (head === 'cross-entropy') {
					tl = tz.crossEntropy(labels);
					const p = softmaxRows(sz);
					sl = total(labels.map((y, i) => (p.v[i * m + y] as Value).log())).div(-n);
				} else {
					tl = tz.sub(1).pow(2).mean();
					sl = reduce(
						each(sz, v => v.sub(1).pow(2)),
						undefined,
						true,
					).v[0] as Value;
				}
				expect(Math.abs(tl.item() - sl.data)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(sl.data)));
				tl.backward();
				sl.backward();
				expectSame(tx, sx);
				expectSame(tw, sw);
				expectSame(tb, sb);
			}),
			{numRuns: 200},
		);
	});
});

describe('tensor gradients agree with finite differences', () => {
	it('through a two-layer net with softmax cross-entropy', () => {
		fc.assert(
			fc.property(
				fc.tuple(dim, dim).chain(([n, h]) =>
					fc.record({
						n: fc.constant(n),
						h: fc.constant(h),
						params: fc.array(fc.double({min: -1.5, max: 1.5, noNaN: true}), {
							minLength: 2 * h + h + h * 3 + 3,
							maxLength: 2 * h + h + h * 3 + 3,
						}),
						x: valuesFor([n, 2]),
						labels: fc.array(fc.integer({min: 0, max: 2}), {minLength: n, maxLength: n}),
					}),
				),
				({n, h, params, x, labels}) => {
					const loss = (flat: readonly number[]) => {
						let at = 0;
						const take = (shape: number[]) => {
							const t = Tensor.fromFlat(shape, flat.slice(at, at + size(shape)));
							at += size(shape);
							return t;
						};
						const w1 = take([2, h]);
						const b1 = take([h]);
						const w2 = take([h, 3]);
						const b2 = take([3]);
						const hidden = Tensor.fromFlat([n, 2], x).matmul(w1).add(b1).tanh();
						return {params: [w1, b1, w2, b2], loss: hidden.matmul(w2).add(b2).crossEntropy(labels)};
					};
					const run = loss(params);
					run.loss.backward();
					const analytic = run.params.flatMap(p => [...p.grad]);
					const numeric = numericalGradient(flat => loss(flat).loss.item(), params);
					for (const [i, g] of analytic.entries()) {
						expect(Math.abs(g - (numeric[i] as number))).toBeLessThan(1e-6);
					}
				},
			),
			{numRuns: 60},
		);
	});

	it('through softmax, log, division and a mean over an axis', () => {
		const z0 = [0.3, -1.2, 2, 0.7, 0.1, -0.4];
		const f = (flat: readonly number[]) => {
			const z = Tensor.fromFlat([2, 3], flat);
			const p = z.softmax();
			return {
				z,
				out: p
					.log()
					.mul(Tensor.from([[1, 2, 3]]))
					.div(p.add(1))
					.mean(0)
					.sum(),
			};
		};
		const {z, out} = f(z0);
		out.backward();
		const numeric = numericalGradient(x => f(x).out.item(), z0);
		for (const [i, g] of [...z.grad].entries()) expect(g).toBeCloseTo(numeric[i] as number, 8);
	});
});
