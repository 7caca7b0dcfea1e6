import {describe, expect, it} from 'vitest';
import {startGame} from '../support/game.js';

/** A lab with a tally of how often each counted part of its screen renders. */
async function countedLab(levelId: string) {
	const renders = new Map<string, number>();
	const game = await startGame({
		startLevel: levelId,
		countRenders: part => renders.set(part, (renders.get(part) ?? 0) + 1),
	});
	const count = (part: string) => renders.get(part) ?? 0;
	return {...game, count, snapshot: () => new Map(renders)};
}

describe('a running lab redraws only what changed', () => {
	it('steps of the moons lab redraw the chart and the map, not the title, the introduction or the keys', async () => {
		const {frame, press, count, snapshot} = await countedLab('lab-moons');
		expect(frame()).toContain('step 0');
		const before = snapshot();
		await press('s', 's', 's', 's', 's');
		expect(frame()).toContain('step 5');
		for (const part of ['lab-title', 'lab-text', 'lab-footer']) expect(count(part)).toBe(before.get(part));
		expect(count('lab-chart') - (before.get('lab-chart') ?? 0)).toBeGreaterThanOrEqual(5);
		expect(count('lab-panel') - (before.get('lab-panel') ?? 0)).toBeGreaterThanOrEqual(5);
	});

	it('the log axis redraws the chart and leaves an unchanged parameter table alone', async () => {
		const {frame, press, count} = await countedLab('lab-notes-network');
		await press('s');
		expect(frame()).toContain('step 1 ');
		const panel = count('lab-panel');
		const chart = count('lab-chart');
		await press('l');
		expect(frame()).toContain('log axis');
		expect(count('lab-chart')).toBeGreaterThan(chart);
		expect(count('lab-panel')).toBe(panel);
	});
});
