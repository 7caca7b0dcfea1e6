import {describe, expect, it} from 'vitest';
import {countCasts} from '../../bench/casts.js';

describe('type assertions in src', () => {
	it('stay under 40: indexes go through checked accessors, JSON through guards', () => {
		const {total, byFile} = countCasts('src');
		expect(total, JSON.stringify(Object.fromEntries(byFile), null, 1)).toBeLessThan(40);
	});

	it('are counted on the syntax tree, `as const` and `satisfies` left out', () => {
		const {total} = countCasts('test/fixtures/casts');
		expect(total).toBe(3);
	});
});
