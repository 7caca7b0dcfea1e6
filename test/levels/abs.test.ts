// `abs` joined the game by one entry in the operator table and one engine method;
// these tests follow it through everything that reads the table.
import {describe, expect, it} from 'vitest';
import {Value} from '../../src/engine/index.js';
import {parseAnswer} from '../../src/game/answer.js';
import {continuesAnswer} from '../../src/game/keys.js';
import {pretty} from '../../src/game/practice/family.js';
import {parseFormula, printMaths} from '../../src/levels/formula.js';
import {buildGraph, gradientsFrom} from '../../src/levels/graph.js';
import {mentionsActivation, operators} from '../../src/levels/operators.js';

describe('the abs operation', () => {
	it('has slope −1 left of 0, 1 right of it and 0 at 0', () => {
		for (const [x, slope] of [
			[-3, -1],
			[2.5, 1],
			[0, 0],
		] as const) {
			const v = new Value(x);
			const out = v.abs();
			out.backward();
			expect([out.data, v.grad]).toEqual([Math.abs(x), slope]);
		}
	});

	it('is read by formulas, and the graph carries its gradient on: f = |x|·y at x = −3, y = 2', () => {
		const graph = buildGraph(parseFormula('a = abs(x); f = a * y'), {x: -3, y: 2});
		const f = graph.byName.get('f');
		expect(f?.value.data).toBe(6);
		const grads = f === undefined ? new Map() : gradientsFrom(graph, f);
		expect([grads.get('x'), grads.get('y')]).toEqual([-2, 3]);
	});

	it('can be typed in an answer, letter by letter', () => {
		expect(parseAnswer('abs(-0.5) * 4')).toEqual({ok: true, value: 2});
		expect(continuesAnswer('', 'a')).toBe(true);
		expect(continuesAnswer('ab', 's')).toBe(true);
	});

	it('prints as maths, and is not an activation', () => {
		expect(printMaths(parseFormula('y = abs(x - 1) ^ 2')[0]?.expr ?? {kind: 'number', value: 0, column: 0})).toBe(
			'|x − 1|²',
		);
		expect(pretty('d = w - t; L = abs(d)')).toBe('d = w − t, L = |d|');
		expect(operators.abs.activation).toBe(false);
		expect(mentionsActivation('L = abs(z)')).toBe(false);
		expect(mentionsActivation('a = sigmoid(z)')).toBe(true);
		expect(mentionsActivation('a = σ(z)')).toBe(true);
	});
});
