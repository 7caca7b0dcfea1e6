import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseAnswer} from '../../src/game/answer.js';

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
				expect(parsed).toMatchObject({ok: true, value: x === 0 ? 0 : x});
			}),
			{numRuns: 1000},
		);
	});
});

describe('the figures typed', () => {
	const cases: [string, number | undefined][] = [
		['-0.0870', 3],
		['0.197', 3],
		['200', 3],
		['1e-3', 1],
		['1.50e-3', 3],
		['.5', 1],
		['0.1498', 4],
		['0', undefined],
		['2*0.197', undefined],
		['(0.197)', undefined],
	];
	for (const [text, figures] of cases) {
		it(`${text} has ${figures ?? 'no'} typed figures`, () => {
			expect(parseAnswer(text)).toMatchObject({ok: true, figures});
		});
	}
});

describe('full-width input', () => {
	const cases: [string, number][] = [
		['３', 3],
		['０．１９７', 0.197],
		['－０．１９７', -0.197],
		['１／４', 0.25],
		['２＊－４', -8],
		['　７　', 7],
		['0.197・2', 0.394],
	];
	for (const [text, value] of cases) {
		it(`reads ${JSON.stringify(text)} as ${value}`, () => {
			const parsed = parseAnswer(text);
			expect(parsed.ok).toBe(true);
			if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
		});
	}

	it('still refuses what is not a number after folding', () => {
		expect(parseAnswer('ａｂｃ')).toEqual({ok: false, reason: 'not-a-number'});
		expect(parseAnswer('３。５')).toEqual({ok: false, reason: 'not-a-number'});
	});
});
