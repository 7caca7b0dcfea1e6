import {describe, expect, it} from 'vitest';
import type {LabMeasure} from '../../src/game/lab/session.js';
import {trendStory} from '../../src/ui/reader/narrator.js';
import {readerMessages} from '../../src/ui/reader/reader-strings.js';
import {startGame} from '../support/game.js';

describe('a Korean lab names what it plots', () => {
	it('one weight: the curve is the error E(w), so the line under it says 오차', async () => {
		const game = await startGame({startLevel: 'descent-one-weight', lang: 'ko', columns: 120, rows: 40});
		expect(game.frame()).toContain('0단계 · 오차 25 · η 0.05');
		expect(game.frame()).toContain('목표: 오차 0.01 미만 · 20단계 안이면 ★★★, 한도 40단계');
		expect(game.frame()).not.toContain('손실');
	});

	it("the note's network: its one example's error E, as chapter 6 named it, says 오차 in the status, goal and texts", async () => {
		const game = await startGame({startLevel: 'lab-notes-network', lang: 'ko', columns: 120, rows: 40});
		expect(game.frame()).toMatch(/0단계 · 오차 0\.298/);
		expect(game.frame()).toContain('목표: 오차 0.001 미만');
		const spec = game.store.getState().levels.find(l => l.id === 'lab-notes-network')?.spec;
		const texts = [spec?.intro.ko, spec?.explain.ko, ...(spec?.hints.map(h => h.ko) ?? [])].join(' ');
		expect(texts).toContain('오차');
		expect(texts).not.toContain('손실');
	});

	it("the screen reader's story of the curve at the goal names the same measure as the screen", () => {
		const curve = [0.3, 0.05, 0.01, 0.005, 0.001];
		expect(trendStory(curve, 'ko', 'error')).toBe('오차가 3단계 동안 빠르게 줄고, 그 뒤 2단계 동안 천천히 줄었습니다.');
		expect(trendStory(curve, 'ko', 'loss')).toBe('손실이 3단계 동안 빠르게 줄고, 그 뒤 2단계 동안 천천히 줄었습니다.');
	});

	it('a network on a data set: the loss summed over its points says 손실', async () => {
		const game = await startGame({startLevel: 'lab-moons', lang: 'ko', columns: 120, rows: 40});
		expect(game.frame()).toMatch(/0단계 · 손실 \d/);
		expect(game.frame()).toContain('목표: 손실');
	});
});

describe('the screen reader names what a lab plots, as the screen does', () => {
	it("says 오차 for one example's error (the notes lab) and 손실 for a data set, in every lab sentence", () => {
		const ko = readerMessages.ko;
		const said = (measure: LabMeasure) => [
			ko.labFresh('0.001', 150, measure),
			ko.labStatus(40, '0.002', ko.trendFalling, '0.001', 150, measure),
			trendStory([0.3, 0.1, 0.01, 0.009], 'ko', measure),
			trendStory([0.3, 0.1, 0.01], 'ko', measure),
		];
		for (const sentence of said('error')) {
			expect(sentence).toContain('오차');
			expect(sentence).not.toContain('손실');
		}
		for (const sentence of said('loss')) {
			expect(sentence).toContain('손실');
			expect(sentence).not.toContain('오차');
		}
	});
});
