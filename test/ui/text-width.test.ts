import {describe, expect, it} from 'vitest';
import {displayWidth, padEndToWidth, truncateToWidth} from '../../src/ui/text-width.js';

describe('displayWidth', () => {
	it('counts ASCII one column a character and Hangul two', () => {
		expect(displayWidth('loss 0.048')).toBe(10);
		expect(displayWidth('손실 0.048')).toBe(10);
		expect(displayWidth('')).toBe(0);
	});

	it('counts box drawing and shading one column, and ignores colour codes', () => {
		expect(displayWidth('──┤░')).toBe(4);
		expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
	});
});

describe('truncateToWidth', () => {
	it('leaves text that fits alone', () => {
		expect(truncateToWidth('step 3', 6)).toBe('step 3');
	});

	it('cuts with an ellipsis and never passes the width', () => {
		expect(truncateToWidth('gradient descent', 9)).toBe('gradient…');
		expect(displayWidth(truncateToWidth('gradient descent', 9))).toBe(9);
	});

	it('does not split a wide character across the edge', () => {
		expect(truncateToWidth('경사 하강법', 5)).toBe('경사…');
		const cut = truncateToWidth('경사 하강법', 4);
		expect(cut).toBe('경…');
		expect(displayWidth(padEndToWidth(cut, 4))).toBe(4);
	});

	it('can end a cut with a pointer instead of the ellipsis', () => {
		expect(truncateToWidth('the rest of the intro …(i)', 16, ' …(i)')).toBe('the rest of …(i)');
		expect(truncateToWidth('short …(i)', 16, ' …(i)')).toBe('short …(i)');
	});

	it('keeps a cut emoji sequence inside the width', () => {
		const cut = truncateToWidth('ok 👩‍👩‍👧 done', 6);
		expect(displayWidth(cut)).toBeLessThanOrEqual(6);
		expect(cut.endsWith('…')).toBe(true);
	});
});
