import {describe, expect, it} from 'vitest';
import {memoized} from '../../src/ui/memo.js';
import {wrapLines} from '../../src/ui/text-wrap.js';

describe('memoized', () => {
	it('computes each string once while it is remembered, and again after it was forgotten', () => {
		const asked: string[] = [];
		const length = memoized(text => {
			asked.push(text);
			return text.length;
		}, 2);
		expect([length('ab'), length('ab'), length('abc'), length('ab')]).toEqual([2, 2, 3, 2]);
		expect(asked).toEqual(['ab', 'abc']);
		// A third string starts afresh: 'ab' is measured again.
		length('abcd');
		length('ab');
		expect(asked).toEqual(['ab', 'abc', 'abcd', 'ab']);
	});

	it('remembers undefined answers too', () => {
		let calls = 0;
		const nothing = memoized(() => {
			calls++;
			return undefined;
		});
		nothing('x');
		nothing('x');
		expect(calls).toBe(1);
	});
});

describe('wrapLines', () => {
	it('gives each caller its own lines: changing them does not change the next answer', () => {
		const first = wrapLines('one two three', 7);
		first.push('changed');
		expect(wrapLines('one two three', 7)).toEqual(['one two', 'three']);
	});

	it('wraps the same text differently at another width', () => {
		expect(wrapLines('one two three', 7)).toEqual(['one two', 'three']);
		expect(wrapLines('one two three', 20)).toEqual(['one two three']);
	});
});
