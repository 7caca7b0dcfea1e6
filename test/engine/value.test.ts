import {inspect} from 'node:util';
import {describe, expect, it} from 'vitest';
import {EngineDomainError, Value} from '../../src/engine/index.js';

const close = (a: number, b: number, digits = 9) => expect(a).toBeCloseTo(b, digits);

describe('ops: value and local derivative', () => {
	const x = new Value(3, 'x');
	const y = new Value(-2, 'y');
	const cases: [string, Value, number, number[]][] = [
		['add', x.add(y), 1, [1, 1]],
		['sub', x.sub(y), 5, [1, -1]],
		['mul', x.mul(y), -6, [-2, 3]],
		['div', x.div(y), -1.5, [-0.5, -0.75]],
		['neg', x.neg(), -3, [-1]],
		['pow', x.pow(3), 27, [27]],
		['exp', x.exp(), Math.exp(3), [Math.exp(3)]],
		['log', x.log(), Math.log(3), [1 / 3]],
		['tanh', x.tanh(), Math.tanh(3), [1 - Math.tanh(3) ** 2]],
		['sigmoid', y.sigmoid(), 1 / (1 + Math.exp(2)), [(1 / (1 + Math.exp(2))) * (1 - 1 / (1 + Math.exp(2)))]],
		['relu of a positive', x.relu(), 3, [1]],
		['relu of a negative', y.relu(), 0, [0]],
	];
	for (const [name, out, value, locals] of cases) {
		it(name, () => {
			close(out.data, value);
			expect(out.localGrads).toHaveLength(locals.length);
			for (const [i, l] of out.localGrads.entries()) close(l, locals[i] as number);
		});
	}

	it('records the op and the inputs in operand order', () => {
		const q = x.mul(y);
		expect(q.op).toBe('*');
		expect(q.inputs).toEqual([x, y]);
		expect(x.pow(2).exponent).toBe(2);
		expect(x.add(1).exponent).toBeNaN();
	});

	it('names the op of every node', () => {
		const ops = [
			x,
			x.add(y),
			x.sub(y),
			x.mul(y),
			x.div(y),
			x.neg(),
			x.pow(2),
			x.exp(),
			x.log(),
			x.tanh(),
			x.sigmoid(),
			x.relu(),
		].map(v => v.op);
		expect(ops).toEqual(['input', '+', '-', '*', '/', 'neg', 'pow', 'exp', 'log', 'tanh', 'sigmoid', 'relu']);
	});

	it('keeps a label, lets it be renamed or cleared, and leaves results unnamed', () => {
		const w = new Value(0.5, 'w11');
		const product = w.mul(2);
		expect([w.label, product.label]).toEqual(['w11', '']);
		product.label = 'net';
		w.label = '';
		expect([w.label, product.label]).toEqual(['', 'net']);
		expect(String(product)).toBe('Value(net=1, grad=0)');
	});

	it('shows its value and gradient when logged', () => {
		const x = new Value(-2, 'x');
		x.mul(3).backward();
		expect(inspect(x)).toBe('Value(x=-2, grad=3)');
		expect(inspect([x.add(1)])).toBe('[ Value(-1, grad=0) ]');
	});

	it('turns into JSON as its numbers and names', () => {
		const x = new Value(-2, 'x');
		const y = x.mul(3);
		y.backward();
		expect(JSON.parse(JSON.stringify({x, y}))).toEqual({
			x: {data: -2, grad: 3, label: 'x', op: 'input'},
			y: {data: -6, grad: 1, label: '', op: '*'},
		});
	});

	it('accepts plain numbers as operands', () => {
		expect(new Value(2).add(3).data).toBe(5);
		expect(new Value(2).mul(3).inputs[1]?.data).toBe(3);
	});
});

describe('backward', () => {
	it('(x+y)·z at (−2, 5, −4): the CS231n circuit', () => {
		const x = new Value(-2, 'x');
		const y = new Value(5, 'y');
		const z = new Value(-4, 'z');
		const q = x.add(y);
		const f = q.mul(z);
		f.backward();
		expect(f.data).toBe(-12);
		expect([f.grad, q.grad, x.grad, y.grad, z.grad]).toEqual([1, -4, -4, -4, 3]);
	});

	it('apple shopping: 100 × 2 × 1.1 = 220', () => {
		const price = new Value(100);
		const count = new Value(2);
		const tax = new Value(1.1);
		const total = price.mul(count).mul(tax);
		total.backward();
		close(total.data, 220);
		close(price.grad, 2.2);
		close(count.grad, 110);
		close(tax.grad, 200);
	});

	it('a value used on two paths gets the sum: y = a·b + a·c gives ∂y/∂a = b + c', () => {
		const a = new Value(2);
		const b = new Value(3);
		const c = new Value(-5);
		const y = a.mul(b).add(a.mul(c));
		y.backward();
		expect(a.grad).toBe(3 + -5);
	});

	it('x + x counts both edges', () => {
		const x = new Value(4);
		const y = x.add(x);
		y.backward();
		expect(x.grad).toBe(2);
	});

	it('edges report upstream, local and their product after backward', () => {
		const x = new Value(-2);
		const y = new Value(5);
		const z = new Value(-4);
		const q = x.add(y);
		const f = q.mul(z);
		f.backward();
		expect(q.edges()).toEqual([
			{input: x, local: 1, upstream: -4, contribution: -4},
			{input: y, local: 1, upstream: -4, contribution: -4},
		]);
		expect(f.edges().map(e => e.contribution)).toEqual([-4, 3]);
	});

	it('multiplying by zero gives a zero gradient, not NaN', () => {
		const x = new Value(0);
		const y = new Value(7);
		const f = x.mul(y).mul(0);
		f.backward();
		expect(x.grad).toBe(0);
		expect(y.grad).toBe(0);
		expect(Number.isNaN(x.grad)).toBe(false);
	});

	it('gives the same gradient order every run', () => {
		const run = () => {
			const a = new Value(1.5);
			const b = a.tanh().mul(a).add(a.sigmoid());
			b.backward();
			return b.topologicalOrder().map(v => v.op);
		};
		expect(run()).toEqual(run());
	});

	it('walks a 200,000-node chain without overflowing the stack', () => {
		const x = new Value(1);
		let y = x;
		for (let i = 0; i < 200_000; i++) y = y.add(1);
		y.backward();
		expect(x.grad).toBe(1);
		expect(y.data).toBe(200_001);
	});

	it('a graph can be backpropagated again after its gradients are zeroed', () => {
		const x = new Value(-2);
		const y = new Value(5);
		const z = new Value(-4);
		const q = x.add(y);
		const f = q.mul(z);
		const grads = () => [x.grad, y.grad, z.grad, q.grad];
		f.backward();
		const first = grads();
		for (const v of [x, y, z, q, f]) v.grad = 0;
		f.backward();
		expect(grads()).toEqual(first);
		expect(first).toEqual([-4, -4, 3, -4]);
	});

	it('backward from an inner node reaches only what that node depends on', () => {
		const x = new Value(-2);
		const z = new Value(-4);
		const q = x.mul(3);
		const f = q.mul(z);
		q.backward();
		expect([x.grad, z.grad, f.grad]).toEqual([3, 0, 0]);
		expect(f.data).toBe(24);
	});

	it('data and grad are plain writable numbers', () => {
		const w = new Value(2);
		const loss = w.mul(w);
		loss.backward();
		w.data -= 0.1 * w.grad;
		expect(w.data).toBeCloseTo(1.6, 12);
		w.grad = 0;
		expect(w.grad).toBe(0);
		expect(loss.data).toBe(4);
	});

	it('one graph after another: each pass sees only its own nodes', () => {
		const a = new Value(1);
		let big = a;
		for (let i = 0; i < 5000; i++) big = big.mul(1.0001);
		big.backward();
		const p = new Value(3);
		const q = p.mul(p);
		q.backward();
		expect(q.topologicalOrder()).toEqual([p, q]);
		expect(p.grad).toBe(6);
		expect(a.grad).toBeCloseTo(1.0001 ** 5000, 9);
		// Walking part of the first graph again still finds all of it.
		expect(big.topologicalOrder()).toHaveLength(5001 + 5000);
	});

	it('micrograd’s golden values', () => {
		const a = new Value(-4);
		const b = new Value(2);
		let c = a.add(b);
		let d = a.mul(b).add(b.pow(3));
		c = c.add(c.add(1));
		c = c.add(new Value(1).add(c).add(a.neg()));
		d = d.add(d.mul(2).add(b.add(a).relu()));
		d = d.add(new Value(3).mul(d).add(b.sub(a).relu()));
		const e = c.sub(d);
		const f = e.pow(2);
		let g = f.div(2);
		g = g.add(new Value(10).div(f));
		g.backward();
		close(g.data, 24.7041, 4);
		close(a.grad, 138.8338, 4);
		close(b.grad, 645.5773, 4);
	});
});

describe('domain errors', () => {
	it('log of zero or a negative number throws a clear error', () => {
		expect(() => new Value(0, 'p').log()).toThrow(EngineDomainError);
		expect(() => new Value(-1, 'p').log()).toThrow(/log of p = -1: log is defined only for positive numbers/);
	});

	it('division by zero throws', () => {
		expect(() => new Value(1, 'a').div(new Value(0, 'b'))).toThrow(/division by zero: a \/ b/);
	});

	it('a negative base with a fractional exponent throws', () => {
		expect(() => new Value(-4).pow(0.5)).toThrow(EngineDomainError);
	});

	it('zero to a negative power throws', () => {
		expect(() => new Value(0).pow(-1)).toThrow(/no finite slope/);
	});

	it('zero to a whole power is fine', () => {
		const x = new Value(0);
		const y = x.pow(2);
		y.backward();
		expect(y.data).toBe(0);
		expect(x.grad).toBe(0);
	});
});
