import {describe, expect, it} from 'vitest';
import {parseFormula} from '../../src/levels/formula.js';
import {buildGraph} from '../../src/levels/graph.js';
import {levelById} from '../support/levels.js';

describe('how a step is drawn', () => {
	const graph = buildGraph(
		parseFormula(
			[
				'p = a * b',
				'd = a - b',
				'z = w * x + b',
				'h = w * x + a * b + 1',
				's = sigmoid(z)',
				't = tanh(w * x)',
				'L = 0.5 * (s - a) ^ 2',
				'm = (a + b) * x',
				'n = -a',
				'c = a',
			].join('; '),
		),
		{a: 2, b: 3, w: 0.5, x: -1},
	);
	const op = (name: string) => graph.byName.get(name)?.op;

	it('one operation on names and numbers is its own gate', () => {
		expect([op('p'), op('d'), op('n'), op('c')]).toEqual(['mul', 'sub', 'neg', 'rename']);
	});

	it('a weighted sum is a + gate and an activation keeps its name, whatever feeds them', () => {
		expect([op('z'), op('h'), op('s'), op('t')]).toEqual(['add', 'add', 'sigmoid', 'tanh']);
	});

	it('a step whose main operation would misdescribe it is drawn as ƒ', () => {
		// ½(s − a)² is not the product of s and a; (a + b)·x is not a product of a, b and x.
		expect([op('L'), op('m')]).toEqual(['expression', 'expression']);
	});
});

describe('mistakes named for compound steps', () => {
	it('the squared error does not get the × node’s "other input" explanation', () => {
		// L = ½(a − t)² at a = 0.5, t = 1: typing a itself (0.5) is a sign slip, not a swap.
		const field = levelById('chain-sigmoid-neuron').fields.find(f => f.label === '∂L/∂a');
		expect(field?.expected).toBe(-0.5);
		expect(field?.mistakes.map(m => m.reason)).not.toContain('ownInput');
		expect(field?.mistakes.map(m => m.reason)).not.toContain('ownValue');
	});

	it('a real product still does: without an upstream gradient at the output, with one below it', () => {
		expect(levelById('mul-swap').fields.flatMap(f => f.mistakes.map(m => m.reason))).toContain('ownValue');
		expect(levelById('mul-upstream').fields.flatMap(f => f.mistakes.map(m => m.reason))).toContain('ownInput');
	});
});
