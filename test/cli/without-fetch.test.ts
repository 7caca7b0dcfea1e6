import {describe, expect, it} from 'vitest';
import {withoutFetch} from '../../src/cli/without-fetch.js';

describe('withoutFetch', () => {
	it('hides fetch while the load runs and gives the same fetch back after', async () => {
		const before = globalThis.fetch;
		const seen = await withoutFetch(async () => typeof globalThis.fetch);
		expect(seen).toBe('undefined');
		expect(globalThis.fetch).toBe(before);
	});

	it('gives fetch back when the load fails', async () => {
		const before = globalThis.fetch;
		await expect(
			withoutFetch(async () => {
				throw new Error('no module');
			}),
		).rejects.toThrow('no module');
		expect(globalThis.fetch).toBe(before);
	});
});
