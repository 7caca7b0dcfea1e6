import {describe, expect, it} from 'vitest';
import {Value} from '../../src/engine/index.js';
import {parseAnswer} from '../../src/game/answer.js';
import {checkField} from '../../src/game/check.js';
import {FormulaError, parseFormula} from '../../src/levels/formula.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {levelById} from '../support/levels.js';

describe('the max gate', () => {
	it('routes the whole gradient to the larger input and none to the other', () => {
		const x = new Value(3, 'x');
		const y = new Value(5, 'y');
		const m = x.max(y);
		m.mul(-2).backward();
		expect(m.data).toBe(5);
		expect([x.grad, y.grad]).toEqual([0, -2]);
	});

	it('on a tie gives it all to the first input, so the slopes still add up to 1', () => {
		const x = new Value(4);
		const y = new Value(4);
		x.max(y).backward();
		expect([x.grad, y.grad]).toEqual([1, 0]);
	});

	it('is written max(a, b) in a formula, and max with one argument says what it needs', () => {
		expect(parseFormula('m = max(x, y + 1)')[0]?.expr).toMatchObject({kind: 'call', fn: 'max'});
		expect(() => parseFormula('m = max(x)')).toThrow(
			new FormulaError('max takes 2 arguments separated by commas, found 1', 5),
		);
	});

	it('can be typed as an answer', () => {
		expect(parseAnswer('max(2, -3)')).toEqual({ok: true, value: 2, figures: undefined});
	});
});

describe('the level "the max gate routes the gradient"', () => {
	const level = levelById('max-routes');
	const field = (label: string) => level?.fields.find(f => f.label === label);

	it('asks for the routed gradients at max(3, 5)·(−2)', () => {
		expect(level?.fields.map(f => [f.label, f.expected])).toEqual([
			['∂f/∂m', -2],
			['∂f/∂z', 5],
			['∂f/∂y', -2],
			['∂f/∂x', 0],
		]);
	});

	it('says the gradient was given to both inputs when the smaller one gets it too', () => {
		const loser = field('∂f/∂x');
		if (loser === undefined) throw new Error('no ∂f/∂x field');
		const verdict = checkField(loser, -2);
		expect(verdict).toMatchObject({kind: 'wrong', mistake: {reason: 'maxToBoth'}});
		const mistake = loser.mistakes.find(m => m.reason === 'maxToBoth');
		expect(mistake && mistakeText(messages('en'), mistake)).toBe(
			'✗ That gives x the gradient too. A max node routes the upstream gradient ∂f/∂m only to its larger input, y. What reaches the smaller one?',
		);
	});
});
