// A product worked from the learner's own wrong factor is told that factor's
// slip. On chain-sigmoid-neuron, σ typed for σ′ (0.5 for ∂a/∂z = 0.25) and the
// ½ of ½(a − t)² left out (−1 for ∂L/∂a = −0.5) both make ∂L/∂w = −0.5: a
// learner who typed σ a moment ago and multiplied it is told about σ, not the ½.
import {describe, expect, it} from 'vitest';
import {keys, startGame} from '../support/game.js';
import {levelById, progressBefore} from '../support/levels.js';

async function openNeuronChain(lang: 'en' | 'ko') {
	const game = await startGame({progress: progressBefore('chain-sigmoid-neuron'), lang, columns: 100, rows: 30});
	expect(game.frame()).toContain(levelById('chain-sigmoid-neuron').spec.title[lang]);
	await game.press(keys.enter);
	return game;
}

const said = {
	en: {sigma: 'uses the value σ = 0.5 itself in place of the slope ∂a/∂z', half: '½', weight: 'That is w itself'},
	ko: {sigma: '∂a/∂z 자리에 σ 값(0.5) 자체를 썼습니다', half: '½', weight: '입력한 것은 w의 값입니다'},
} as const;

/** The feedback line under the fields: the rows after the last field. */
const feedback = (frame: string) => {
	const rows = frame.split('\n');
	const last = rows.findLastIndex(r => r.includes('= ['));
	return rows
		.slice(last + 1)
		.filter(r => r.trim() !== '')
		.slice(0, 3)
		.join(' ');
};

describe('a product worked from the learner’s own wrong factor', () => {
	for (const lang of ['en', 'ko'] as const)
		it(`names σ for σ′, the slip the learner made, not the ½ left out (${lang})`, async () => {
			const game = await openNeuronChain(lang);
			await game.type('-0.5');
			await game.press(keys.enter);
			// σ itself typed for ∂a/∂z: told at once.
			await game.type('0.5');
			await game.press(keys.enter);
			expect(feedback(game.frame())).toContain(said[lang].sigma);
			await game.press(keys.tab);
			await game.type('2');
			await game.press(keys.enter);
			// Then their own three factors multiplied.
			await game.type('-0.5*0.5*2');
			await game.press(keys.enter);
			expect(game.frame()).toMatch(/∂L\/∂w\s+= \[-0\.5\*0\.5\*2/);
			expect(feedback(game.frame())).toContain(said[lang].sigma);
			expect(feedback(game.frame())).not.toContain(said[lang].half);
		});

	for (const lang of ['en', 'ko'] as const)
		it(`names w for x, carried into the product, not a halved slope that gives the same −0.125 (${lang})`, async () => {
			const game = await openNeuronChain(lang);
			await game.press(keys.tab, keys.tab);
			// w itself typed for ∂z/∂w = x.
			await game.type('1');
			await game.press(keys.enter);
			expect(feedback(game.frame())).toContain(said[lang].weight);
			await game.press(keys.tab);
			await game.type('-0.5*0.25*1');
			await game.press(keys.enter);
			expect(feedback(game.frame())).toContain(said[lang].weight);
		});

	it('with no factor typed, the product is told the first slip that gives its number', async () => {
		const game = await openNeuronChain('en');
		await game.press(keys.tab, keys.tab, keys.tab);
		await game.type('-0.5');
		await game.press(keys.enter);
		expect(feedback(game.frame())).toContain('twice the answer');
	});
});
