import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseAnswer} from '../../src/game/answer.js';
import {agrees, checkField} from '../../src/game/check.js';
import type {Field} from '../../src/levels/answers.js';

describe('parseAnswer', () => {
	const cases: [string, number][] = [
		['-4', -4],
		['0.25', 0.25],
		['.5', 0.5],
		['3/4', 0.75],
		['1e-3', 0.001],
		['2*-4', -8],
		['1-0.25', 0.75],
		['  7 ', 7],
		['−4', -4],
		['0.5·0.25·2', 0.25],
		['sigmoid(0)', 0.5],
		['σ(0)', 0.5],
		['1/(1+exp(-0))', 0.5],
		['2^3', 8],
	];
	for (const [text, value] of cases) {
		it(`reads ${JSON.stringify(text)} as ${value}`, () => {
			const parsed = parseAnswer(text);
			expect(parsed.ok).toBe(true);
			if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
		});
	}

	for (const text of ['abc', 'x', '4 4', '1..2', '(', '--', '2*', 'h', 'sigmoid', 'process.exit(1)', 'constructor']) {
		it(`refuses ${JSON.stringify(text)}`, () => {
			expect(parseAnswer(text)).toEqual({ok: false, reason: 'not-a-number'});
		});
	}

	it('says an empty answer is empty', () => {
		expect(parseAnswer('   ')).toEqual({ok: false, reason: 'empty'});
	});

	it('refuses division by zero and overflow as not finite', () => {
		expect(parseAnswer('1/0')).toEqual({ok: false, reason: 'not-finite'});
		expect(parseAnswer('exp(1000)')).toEqual({ok: false, reason: 'not-finite'});
	});

	it('never throws and never accepts a non-number, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string({maxLength: 30}), text => {
				const parsed = parseAnswer(text);
				if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
			}),
			{numRuns: 2000},
		);
	});

	it('reads back every finite number it prints', () => {
		fc.assert(
			fc.property(fc.double({noNaN: true, noDefaultInfinity: true}), x => {
				const parsed = parseAnswer(String(x));
				expect(parsed).toEqual({ok: true, value: x === 0 ? 0 : x});
			}),
			{numRuns: 1000},
		);
	});
});

describe('checkField', () => {
	const field: Field = {
		id: 'grad:f:x',
		role: 'gradient',
		label: '∂f/∂x',
		expected: -4,
		node: 'x',
		mistakes: [
			{value: 1, reason: 'localOnly', params: {}},
			{value: 4, reason: 'wrongSign', params: {}},
		],
		work: '',
	};

	it('accepts agreement to about 3 significant figures', () => {
		expect(checkField(field, -4.003).kind).toBe('right');
		expect(checkField(field, -4.01).kind).toBe('wrong');
	});

	it('uses an absolute tolerance near zero', () => {
		expect(agrees(5e-7, 0)).toBe(true);
		expect(agrees(5e-6, 0)).toBe(false);
	});

	it('names a known mistake', () => {
		expect(checkField(field, 4)).toEqual({kind: 'wrong', mistake: field.mistakes[1], nearMiss: undefined});
	});

	it('says how near a near miss is', () => {
		const verdict = checkField(field, -4.1);
		expect(verdict.kind === 'wrong' && verdict.nearMiss).toBeCloseTo(0.025, 6);
	});

	it('gives no near miss for a far answer', () => {
		expect(checkField(field, 10)).toEqual({kind: 'wrong', mistake: undefined, nearMiss: undefined});
	});
});
