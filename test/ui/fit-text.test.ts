import {describe, expect, it} from 'vitest';
import {cutAtWord, fitItems, wrapClipped} from '../../src/ui/fit-text.js';
import {displayWidth} from '../../src/ui/text-width.js';

describe('fitting text', () => {
	it('cuts at a word boundary with …', () => {
		expect(cutAtWord('goal: loss below 0.01 within 40 steps', 20)).toBe('goal: loss below…');
		expect(cutAtWord('short', 20)).toBe('short');
		expect(cutAtWord('supercalifragilistic', 8)).toBe('superca…');
		expect(cutAtWord('░ says +1 · x is +1 · o is −1', 12)).toBe('░ says +1…');
	});

	it('counts Hangul as two columns', () => {
		const cut = cutAtWord('목표: 40단계 안에 손실 0.01 미만', 16);
		expect(displayWidth(cut)).toBeLessThanOrEqual(16);
		expect(cut).toBe('목표: 40단계…');
	});

	it('wraps into at most so many rows, the last one cut at a word', () => {
		expect(wrapClipped('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
		expect(wrapClipped('one two', 9, 2)).toEqual(['one two']);
	});

	it('drops the items of lowest priority first, keeping the order', () => {
		const items = [
			{text: 'step 12', priority: 0},
			{text: 'loss 0.5', priority: 0},
			{text: 'goal: loss below 0.01', priority: 1},
			{text: 'log axis', priority: 2},
		];
		expect(fitItems(items, 80)).toBe('step 12 · loss 0.5 · goal: loss below 0.01 · log axis');
		expect(fitItems(items, 45)).toBe('step 12 · loss 0.5 · goal: loss below 0.01');
		expect(fitItems(items, 30)).toBe('step 12 · loss 0.5');
	});
});
