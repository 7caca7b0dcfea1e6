import {describe, expect, it} from 'vitest';
import {fieldById, levelById, playState, progressSolving} from './levels.js';

describe('test support', () => {
	it('refuses a field id the level does not have, naming the ones it has', () => {
		const level = levelById('chain-cs231n-neuron');
		expect(() => playState(level, {solved: ['gradient:s']})).toThrow(
			/level "chain-cs231n-neuron" has no field "gradient:s"; it has .*grad:f:s/,
		);
		expect(playState(level, {solved: ['grad:f:s']}).solved).toEqual({'grad:f:s': true});
		expect(() => fieldById(level, 'grad:f:nope')).toThrow(/has no field/);
	});

	it('refuses an unknown level or chapter', () => {
		expect(() => levelById('no-such-level')).toThrow(/no level "no-such-level" in the pack; it has weighted-sum/);
		expect(() => progressSolving(['no-such-chapter'])).toThrow(/no chapter "no-such-chapter"/);
	});
});
