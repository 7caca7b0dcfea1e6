import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {gradCheck, numericalGradient, Value} from '../../src/engine/index.js';

// A random expression over three leaves, built only from operations that stay
// inside their domains for any input (division and log see 1 + u², never 0).
type Expr =
	| {kind: 'leaf'; index: number}
	| {kind: 'const'; value: number}
	| {kind: 'unary'; op: 'neg' | 'tanh' | 'sigmoid' | 'square' | 'safeLog' | 'softExp'; arg: Expr}
	| {kind: 'binary'; op: 'add' | 'sub' | 'mul' | 'safeDiv'; left: Expr; right: Expr};

const {expr} = fc.letrec<{expr: Expr}>(tie => ({
	expr: fc.oneof(
		{depthSize: 'small', withCrossShrink: true},
		fc.record({kind: fc.constant('leaf' as const), index: fc.integer({min: 0, max: 2})}),
		fc.record({kind: fc.constant('const' as const), value: fc.double({min: -3, max: 3, noNaN: true})}),
		fc.record({
			kind: fc.constant('unary' as const),
			op: fc.constantFrom('neg', 'tanh', 'sigmoid', 'square', 'safeLog', 'softExp'),
			arg: tie('expr'),
		}),
		fc.record({
			kind: fc.constant('binary' as const),
			op: fc.constantFrom('add', 'sub', 'mul', 'safeDiv'),
			left: tie('expr'),
			right: tie('expr'),
		}),
	),
}));

function build(e: Expr, leaves: readonly Value[]): Value {
	switch (e.kind) {
		case 'leaf':
			return leaves[e.index] as Value;
		case 'const':
			return new Value(e.value);
		case 'unary': {
			const a = build(e.arg, leaves);
			if (e.op === 'neg') return a.neg();
			if (e.op === 'tanh') return a.tanh();
			if (e.op === 'sigmoid') return a.sigmoid();
			if (e.op === 'square') return a.pow(2);
			if (e.op === 'safeLog') return a.pow(2).add(1).log();
			return a.tanh().exp();
		}
		case 'binary': {
			const a = build(e.left, leaves);
			const b = build(e.right, leaves);
			if (e.op === 'add') return a.add(b);
			if (e.op === 'sub') return a.sub(b);
			if (e.op === 'mul') return a.mul(b);
			return a.div(b.pow(2).add(1));
		}
	}
}

describe('reverse mode agrees with finite differences', () => {
	it('on random expression graphs', () => {
		fc.assert(
			fc.property(expr, fc.array(fc.double({min: -2, max: 2, noNaN: true}), {minLength: 3, maxLength: 3}), (e, at) => {
				const result = gradCheck(
					leaves => build(e, leaves),
					at,
					x => new Value(x),
					{h: 1e-5, tolerance: 1e-4},
				);
				expect(result.maxError).toBeLessThanOrEqual(1e-4);
			}),
			{numRuns: 300},
		);
	});

	it('on random graphs whose steps are reused, backpropagating from any node', () => {
		// Each step reads any earlier values, so intermediate results fan out too;
		// the reference walks topologicalOrder() and applies the chain rule edge by edge.
		const step = fc.record({
			op: fc.constantFrom('add', 'sub', 'mul', 'tanh', 'sigmoid'),
			a: fc.nat(),
			b: fc.nat(),
		});
		fc.assert(
			fc.property(
				fc.array(step, {minLength: 1, maxLength: 40}),
				fc.array(fc.double({min: -2, max: 2, noNaN: true}), {minLength: 3, maxLength: 3}),
				fc.nat(),
				(steps, at, rootPick) => {
					const nodes = at.map(x => new Value(x));
					for (const {op, a, b} of steps) {
						const x = nodes[a % nodes.length] as Value;
						const y = nodes[b % nodes.length] as Value;
						if (op === 'add') nodes.push(x.add(y));
						else if (op === 'sub') nodes.push(x.sub(y));
						else if (op === 'mul') nodes.push(x.mul(y));
						else if (op === 'tanh') nodes.push(x.tanh());
						else nodes.push(x.sigmoid());
					}
					const root = nodes[3 + (rootPick % steps.length)] as Value;
					const expected = new Map<Value, number>([[root, 1]]);
					const order = root.topologicalOrder();
					for (const node of [...order].reverse()) {
						const upstream = expected.get(node) ?? 0;
						node.inputs.forEach((input, i) => {
							expected.set(input, (expected.get(input) ?? 0) + upstream * (node.localGrads[i] as number));
						});
					}
					root.backward();
					for (const node of nodes) {
						const want = expected.get(node) ?? 0;
						expect(Math.abs(node.grad - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
					}
				},
			),
			{numRuns: 300},
		);
	});

	it('numericalGradient of a known function', () => {
		const [dx, dy] = numericalGradient(([x = 0, y = 0]) => x * x * y, [3, 2]);
		expect(dx).toBeCloseTo(12, 6);
		expect(dy).toBeCloseTo(9, 6);
	});
});
