// A number the screen shows can be typed back as an answer: a rounded value keeps its
// trailing zeros up to three figures, so 0.9198 shows as 0.920 and not as a two-figure 0.92.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {typedAs} from '../../src/game/check.js';
import {formatNumber} from '../../src/levels/format.js';

describe('numbers on screen', () => {
	it('keep three figures when rounded, and drop the zeros of an exact value', () => {
		expect(formatNumber(0.9198, 3)).toBe('0.920');
		expect(formatNumber(2.1967, 3)).toBe('2.20');
		expect(formatNumber(0.14001)).toBe('0.140');
		expect(formatNumber(1.0001)).toBe('1.00');
		expect(formatNumber(0.59301)).toBe('0.593');
		expect(formatNumber(0.5, 3)).toBe('0.5');
		expect(formatNumber(2, 3)).toBe('2');
		expect(formatNumber(0.1 + 0.2, 3)).toBe('0.3');
		expect(formatNumber(8.3001e-6, 3)).toBe('8.30×10⁻⁶');
	});

	it('typed back as shown, a rounded value has the three figures an answer needs', () => {
		const shown = fc.double({min: 1e-4, max: 9999, noNaN: true});
		fc.assert(
			fc.property(shown, fc.boolean(), (x, negative) => {
				const value = negative ? -x : x;
				const text = formatNumber(value, 3);
				const typed = typedAs(text);
				const exact = Math.abs(typed.value - value) <= 1e-9 * Math.abs(value);
				return exact || (typed.figures ?? 0) >= 3;
			}),
			{numRuns: 2000},
		);
	});
});
