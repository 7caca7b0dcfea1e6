import {describe, expect, it} from 'vitest';
import {levelIdFromArgument} from '../../src/cli/level-argument.js';
import {shippedLevels} from '../support/levels.js';

describe('--level', () => {
	it('opens a level by its id', () => {
		expect(levelIdFromArgument(shippedLevels, 'mul-swap')).toBe('mul-swap');
	});

	it('opens a level by the number `list` prints before it', () => {
		expect(levelIdFromArgument(shippedLevels, '1')).toBe(shippedLevels[0]?.id);
		expect(levelIdFromArgument(shippedLevels, '2')).toBe('activation');
		expect(levelIdFromArgument(shippedLevels, String(shippedLevels.length))).toBe(shippedLevels.at(-1)?.id);
	});

	it('names no level for a number past the last, zero, or anything else', () => {
		for (const argument of [String(shippedLevels.length + 1), '0', '02', '-1', '1.5', 'nope', ''])
			expect(levelIdFromArgument(shippedLevels, argument)).toBeUndefined();
	});

	it('lets an id that is a number win over a position', () => {
		expect(levelIdFromArgument([{id: 'a'}, {id: '1'}], '1')).toBe('1');
	});
});
