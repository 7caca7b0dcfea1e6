// Chapter 6's five-factor chain, reached from the menu as a player would: each
// field says which factor it is, the slip is told at the field where it
// happens, and the introduction stays on screen at 80×24 while feedback shows.
import {describe, expect, it} from 'vitest';
import {keys, startGame} from '../support/game.js';
import {levelById, progressBefore} from '../support/levels.js';

async function openLongChain(lang: 'en' | 'ko' = 'en') {
	const game = await startGame({progress: progressBefore('network-hidden-chain'), lang});
	expect(game.frame()).toContain(levelById('network-hidden-chain').spec.title[lang]);
	await game.press(keys.enter);
	return game;
}

/** The rows of the frame from the ruled line down to the first drawn row of the figure. */
const introRows = (frame: string) => {
	const rows = frame.split('\n');
	const rule = rows.findIndex(r => r.startsWith('─'));
	const figure = rows.findIndex(r => r.includes('x1 0.05'));
	return rows.slice(rule + 1, figure - 1).filter(r => r.trim() !== '');
};

describe('the five-factor chain at 80×24', () => {
	it('names each factor beside its field, in the order of the path', async () => {
		const game = await openLongChain();
		const fields = game
			.frame()
			.split('\n')
			.filter(r => r.includes('= ['));
		expect(fields.map(r => r.replace(/^[▸ ]+/, '').replace(/\s+=.*?\]\s*/, ' — '))).toEqual([
			"∂E1/∂Y1 — factor 1 of 5: the error's slope",
			'∂Y1/∂y1 — factor 2 of 5: the slope of σ at y1',
			'∂y1/∂H1 — factor 3 of 5: the slope of a product by H1',
			'∂H1/∂h1 — factor 4 of 5: the slope of σ at h1',
			'∂h1/∂w11 — factor 5 of 5: the slope of a product by w11',
			'∂E1/∂w11 — ',
		]);
	});

	it('keeps the first lines of the introduction on screen while feedback shows', async () => {
		const game = await openLongChain();
		const before = introRows(game.frame());
		expect(before.length).toBeGreaterThanOrEqual(3);
		await game.type('1');
		await game.press(keys.enter);
		expect(game.frame()).toContain('twice the answer');
		await game.press('h', 'y');
		expect(game.frame()).toContain('Hint 1/');
		const during = introRows(game.frame());
		expect(during[0]).toBe(before[0]);
		expect(during[1]).toBe(before[1]);
		expect(during.at(-1)).toContain('i: read it all');
		expect(game.frame()).toContain('x1 0.05');
	});

	it('explains the slip at the field where it happens, and only there', async () => {
		const game = await openLongChain();
		expect(game.frame()).not.toContain('is one link');
		await game.press(keys.tab, keys.tab);
		expect(game.frame()).toContain('∂y1/∂H1 is one link, from y1 straight to H1.');
		expect(game.frame()).toContain('w21 does not depend on H1');
		// The note says which slip to avoid, never what the factor comes to.
		expect(game.frame()).not.toMatch(/= w21|moves w21/);
		await game.press(keys.tab);
		expect(game.frame()).not.toContain('is one link');
	});

	it('the same in Korean', async () => {
		const game = await openLongChain('ko');
		expect(game.frame()).toContain('국소 기울기 3/5: 곱셈 노드의 H1에 대한 기울기');
		expect(game.frame()).not.toContain('곱해지는 w21');
		await game.press(keys.tab, keys.tab);
		expect(game.frame()).toContain('∂y1/∂H1은 y1을 H1로 곧바로 미분한 국소 기울기 하나입니다.');
		expect(game.frame()).not.toContain('w21만큼');
		expect(introRows(game.frame()).at(-1)).toContain('i: 전체 읽기');
	});
});
