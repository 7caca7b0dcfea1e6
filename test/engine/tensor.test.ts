import {inspect} from 'node:util';
import {describe, expect, it} from 'vitest';
import {EngineDomainError, EngineShapeError, formatShape, Tensor, TensorArena} from '../../src/engine/index.js';

const X = () =>
	Tensor.from(
		[
			[1, 2, 3],
			[4, 5, 6],
		],
		'X',
	);

describe('Tensor.from and back', () => {
	it('reads a scalar, a vector and a matrix, and gives them back as plain arrays', () => {
		expect(Tensor.from(2.5).shape).toEqual([]);
		expect(Tensor.from([1, 2]).shape).toEqual([2]);
		expect(X().shape).toEqual([2, 3]);
		expect(X().toArray()).toEqual([
			[1, 2, 3],
			[4, 5, 6],
		]);
		expect(Tensor.from([1, 2]).toArray()).toEqual([1, 2]);
		expect(Tensor.from(-3).toArray()).toBe(-3);
		expect(X().gradArray()).toEqual([
			[0, 0, 0],
			[0, 0, 0],
		]);
	});

	it('refuses ragged rows, empty arrays and deeper nesting, naming the tensor', () => {
		expect(() => Tensor.from([[1, 2], [3]], 'W')).toThrow('W: row 2 has 1 values but row 1 has 2');
		expect(() => Tensor.from([])).toThrow(EngineShapeError);
		expect(() => Tensor.from(JSON.parse('[[[1]]]'), 'A')).toThrow('A: row 1 holds an array; tensors go up to matrices');
		expect(() => Tensor.from([1, Number.NaN])).toThrow('is not a number');
		expect(() => Tensor.fromFlat([2, 2], [1, 2, 3])).toThrow('shape 2×2 holds 4 values, got 3');
	});

	it('prints shapes the way the game writes them', () => {
		expect([formatShape([]), formatShape([3]), formatShape([2, 3])]).toEqual(['scalar', '3', '2×3']);
		expect(inspect(Tensor.from([1, 2], 'b'))).toBe('Tensor(b, 2, [1,2])');
	});
});

describe('operations: values and gradients on small examples', () => {
	it('matmul: Y = X @ W, ∂L/∂X = G·Wᵀ and ∂L/∂W = Xᵀ·G', () => {
		const x = X();
		const w = Tensor.from(
			[
				[1, 0],
				[0, 1],
				[1, -1],
			],
			'W',
		);
		const y = x.matmul(w);
		expect(y.toArray()).toEqual([
			[4, -1],
			[10, -1],
		]);
		y.sum().backward();
		// G is all ones: ∂L/∂X rows are W's row sums, ∂L/∂W rows are X's column sums.
		expect(x.gradArray()).toEqual([
			[1, 1, 0],
			[1, 1, 0],
		]);
		expect(w.gradArray()).toEqual([
			[5, 5],
			[7, 7],
			[9, 9],
		]);
	});

	it('matmul takes a vector as a row on the left and a column on the right', () => {
		expect(Tensor.from([1, 1]).matmul(X()).toArray()).toEqual([5, 7, 9]);
		expect(
			X()
				.matmul(Tensor.from([1, 0, -1]))
				.toArray(),
		).toEqual([-2, -2]);
	});

	it('names both shapes when a product does not fit', () => {
		const w = Tensor.from(
			[
				[1, 2],
				[3, 4],
			],
			'W',
		);
		expect(() => X().matmul(w)).toThrow('matmul: X (2×3) @ W (2×2): the left has 3 columns but the right has 2 rows');
		expect(() => X().matmul(Tensor.from([0.5, -0.5], 'b'))).toThrow(
			'matmul: X (2×3) @ b (2): the left has 3 columns but the right has 2 rows',
		);
		expect(() => X().matmul(Tensor.from(2))).toThrow(EngineShapeError);
	});

	it('transpose swaps rows and columns and sends the gradient back transposed', () => {
		const x = X();
		const t = x.transpose();
		expect(t.shape).toEqual([3, 2]);
		expect(t.toArray()).toEqual([
			[1, 4],
			[2, 5],
			[3, 6],
		]);
		t.mul(Tensor.from([[1, 10]]))
			.sum()
			.backward();
		expect(x.gradArray()).toEqual([
			[1, 1, 1],
			[10, 10, 10],
		]);
	});

	it('a bias row broadcasts over the rows forward and is summed over them backward', () => {
		const x = X();
		const b = Tensor.from([10, 20, 30], 'b');
		const y = x.add(b);
		expect(y.toArray()).toEqual([
			[11, 22, 33],
			[14, 25, 36],
		]);
		y.mul(Tensor.from([[1], [2]]))
			.sum()
			.backward();
		expect(b.gradArray()).toEqual([3, 3, 3]);
		expect(x.gradArray()).toEqual([
			[1, 1, 1],
			[2, 2, 2],
		]);
	});

	it('a scalar broadcasts over anything and collects every gradient', () => {
		const s = Tensor.from(2, 's');
		const x = X();
		x.mul(s).sum().backward();
		expect(s.gradArray()).toBe(21);
		expect(x.gradArray()).toEqual([
			[2, 2, 2],
			[2, 2, 2],
		]);
	});

	it('says which shapes do not broadcast', () => {
		expect(() => X().add(Tensor.from([1, 2], 'b'))).toThrow(
			'add: X (2×3) and b (2) do not broadcast: their last axes are 3 and 2, and neither is 1',
		);
		expect(() => X().sub(Tensor.from([[1], [2], [3]]))).toThrow('their rows are 2 and 3');
	});

	it('sum and mean over everything or along one axis, with keepDims', () => {
		const x = X();
		expect(x.sum().toArray()).toBe(21);
		expect(x.sum(0).toArray()).toEqual([5, 7, 9]);
		expect(x.sum(1).toArray()).toEqual([6, 15]);
		expect(x.sum(-1).toArray()).toEqual([6, 15]);
		expect(x.sum(1, {keepDims: true}).toArray()).toEqual([[6], [15]]);
		expect(x.mean().toArray()).toBe(3.5);
		expect(x.mean(0).toArray()).toEqual([2.5, 3.5, 4.5]);
		expect(x.mean(1).toArray()).toEqual([2, 5]);
		const m = x.mean(0).sum();
		m.backward();
		expect(x.gradArray()).toEqual([
			[0.5, 0.5, 0.5],
			[0.5, 0.5, 0.5],
		]);
		expect(() => x.sum(2)).toThrow('sum: X (2×3) has no axis 2; its axes are 0 and 1');
		expect(() => Tensor.from(1).mean(0)).toThrow('a scalar has no axes');
	});

	it('element-wise functions with their local slopes', () => {
		const z = Tensor.from([-1, 0, 2], 'z');
		expect(z.relu().toArray()).toEqual([0, 0, 2]);
		z.relu().sum().backward();
		expect(z.gradArray()).toEqual([0, 0, 1]);
		const t = Tensor.from([0.5]);
		t.tanh().sum().backward();
		expect(t.grad[0]).toBeCloseTo(1 - Math.tanh(0.5) ** 2, 15);
		const s = Tensor.from([0]);
		s.sigmoid().sum().backward();
		expect(s.grad[0]).toBe(0.25);
		expect(Tensor.from([1000, -1000]).sigmoid().toArray()).toEqual([1, 0]);
		expect(Tensor.from([0, 1]).exp().toArray()).toEqual([1, Math.E]);
		expect(Tensor.from([1, 3]).pow(2).toArray()).toEqual([1, 9]);
		expect(Tensor.from([1, -3]).neg().toArray()).toEqual([-1, 3]);
	});

	it('refuses values outside an operation’s domain', () => {
		expect(() => Tensor.from([1, 0], 'p').log()).toThrow(EngineDomainError);
		expect(() => Tensor.from([1, 0], 'p').log()).toThrow('log of p (2), which holds 0');
		expect(() => X().div(Tensor.from([1, 0, 2], 'd'))).toThrow('div: d (3) holds a 0');
		expect(() => Tensor.from([-2]).pow(0.5)).toThrow(EngineDomainError);
	});
});

describe('softmax and cross-entropy', () => {
	it('softmax of each row sums to 1 and ignores a shift of the row', () => {
		const z = Tensor.from([
			[1, 2, 3],
			[1001, 1002, 1003],
		]);
		const [row, shifted] = z.softmax().toArray() as number[][];
		expect((row as number[]).reduce((a, b) => a + b)).toBeCloseTo(1, 15);
		expect(row?.[2]).toBeCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)), 15);
		for (const [j, p] of (shifted as number[]).entries()) expect(p).toBeCloseTo(row?.[j] as number, 15);
	});

	it('cross-entropy with class indices is −log p of the right class, and its gradient is (p − y)/N', () => {
		const z = Tensor.from(
			[
				[2, 1, 0],
				[0, 0, 0],
			],
			'Z',
		);
		const loss = z.crossEntropy([0, 2]);
		const p = z.softmax().toArray() as number[][];
		expect(loss.item()).toBeCloseTo(-(Math.log(p[0]?.[0] as number) + Math.log(1 / 3)) / 2, 14);
		loss.backward();
		const g = z.gradArray() as number[][];
		expect(g[0]?.[0]).toBeCloseTo(((p[0]?.[0] as number) - 1) / 2, 15);
		expect(g[0]?.[1]).toBeCloseTo((p[0]?.[1] as number) / 2, 15);
		expect(g[1]?.[2]).toBeCloseTo((1 / 3 - 1) / 2, 15);
	});

	it('written out in full, −Σ Y·log P / N gives the same loss and gradient', () => {
		const logits = [
			[0.5, -1, 2],
			[1, 1, -0.5],
		];
		const a = Tensor.from(logits);
		const b = Tensor.from(logits);
		const y = Tensor.from([
			[0, 0, 1],
			[1, 0, 0],
		]);
		const short = a.crossEntropy([2, 0]);
		const long = y.mul(b.softmax().log()).sum().neg().div(2);
		expect(long.item()).toBeCloseTo(short.item(), 14);
		short.backward();
		long.backward();
		for (let i = 0; i < 6; i++) expect(b.grad[i]).toBeCloseTo(a.grad[i] as number, 14);
	});

	it('refuses a label outside the classes and a count that does not match the rows', () => {
		const z = Tensor.from([[1, 2, 3]], 'Z');
		expect(() => z.crossEntropy([3])).toThrow('crossEntropy: label 3 of row 1 is not a class: the classes are 0 to 2');
		expect(() => z.crossEntropy([0.5])).toThrow(EngineDomainError);
		expect(() => z.crossEntropy([0, 1])).toThrow('Z (1×3) has 1 row of logits but 2 labels were given');
	});
});

describe('backward', () => {
	it('starts only from one number', () => {
		expect(() => X().backward()).toThrow(
			'backward: X (2×3) has 6 values; start from one number (sum or mean it first)',
		);
	});

	it('adds the gradients of a tensor used twice', () => {
		const x = Tensor.from([1, 2], 'x');
		x.mul(x).add(x).sum().backward();
		expect(x.gradArray()).toEqual([3, 5]);
	});

	it('accumulates into a reused leaf until zeroGrad clears it', () => {
		const w = Tensor.from([1, 2], 'w');
		w.sum().backward();
		w.sum().backward();
		expect(w.gradArray()).toEqual([2, 2]);
		w.zeroGrad();
		expect(w.gradArray()).toEqual([0, 0]);
	});

	it('lists its inputs before itself', () => {
		const x = X();
		const y = x.transpose().sum();
		const order = y.topologicalOrder();
		expect(order.map(t => t.op)).toEqual(['input', 'transpose', 'sum']);
		expect(y.inputs[0]?.inputs[0]).toBe(x);
	});
});

describe('TensorArena', () => {
	// A layer and a loss, as a training step computes them, on parameters kept outside the arena.
	const w = Tensor.from(
		[
			[0.5, -1],
			[2, 0.25],
		],
		'W',
	);
	const b = Tensor.from([0.1, -0.2], 'b');
	const step = (arena?: TensorArena) => {
		w.zeroGrad();
		b.zeroGrad();
		const pass = () =>
			X()
				.matmul(
					Tensor.from([
						[1, 0],
						[0, 1],
						[1, 1],
					]),
				)
				.matmul(w)
				.add(b)
				.tanh()
				.pow(2)
				.mean();
		const loss = arena === undefined ? pass() : arena.run(pass);
		loss.backward();
		return {loss: loss.item(), w: w.gradArray(), b: b.gradArray()};
	};

	it('gives the same loss and gradients as a pass without one, pass after pass', () => {
		const plain = step();
		const arena = new TensorArena();
		for (let i = 0; i < 3; i++) {
			arena.reclaim();
			expect(step(arena)).toEqual(plain);
		}
	});

	it('makes its buffers in the first pass and lends the same ones to every later pass', () => {
		const arena = new TensorArena();
		step(arena);
		const made = arena.buffers;
		expect(made).toBeGreaterThan(0);
		for (let i = 0; i < 3; i++) {
			arena.reclaim();
			step(arena);
		}
		expect(arena.buffers).toBe(made);
	});

	it('leaves tensors made outside it alone', () => {
		const arena = new TensorArena();
		w.zeroGrad();
		arena.run(() => w.mul(2).sum()).backward();
		arena.reclaim();
		expect(w.gradArray()).toEqual([
			[2, 2],
			[2, 2],
		]);
		w.zeroGrad();
	});
});
