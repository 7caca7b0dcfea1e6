import {describe, expect, it} from 'vitest';
import {formatLevelError, parseChapterFile} from '../../src/levels/loader.js';

/** A chapter with one lab level, the spiral lab's fields changed as given. */
function errorsOf(change: Record<string, unknown>): string[] {
	const lab = {
		id: 'spiral',
		kind: 'lab',
		title: {en: 'Spiral', ko: '나선'},
		intro: {en: 'Intro', ko: '소개'},
		hints: [{en: 'Hint', ko: '힌트'}],
		explain: {en: 'Why', ko: '이유'},
		model: {type: 'mlp', sizes: [8, 3], activation: 'tanh', outputActivation: 'linear'},
		data: {type: 'spiral', classes: 3, countPerClass: 10, noise: 0.1, turn: 4, seed: 1},
		loss: 'cross-entropy',
		learningRate: {min: 0.1, max: 1, start: 0.3},
		goal: {loss: 0.1, steps: 100},
		...change,
	};
	const text = JSON.stringify({formatVersion: 1, chapter: {id: 'c', title: {en: 'C', ko: '씨'}}, levels: [lab]});
	return parseChapterFile('c.json', text, 1).errors.map(formatLevelError);
}

describe('a lab with classes', () => {
	it('accepts the spiral with cross-entropy and one output per class', () => {
		expect(errorsOf({})).toEqual([]);
	});

	it('refuses cross-entropy without class labels, and the spiral without cross-entropy', () => {
		expect(errorsOf({data: {type: 'moons', count: 20, noise: 0.1, seed: 1}})).toEqual([
			expect.stringContaining('cross-entropy needs class labels: use the spiral data'),
		]);
		expect(errorsOf({loss: 'mean-squared'})).toEqual([
			expect.stringContaining('the spiral has class labels: use cross-entropy'),
		]);
	});

	it('refuses an output layer that does not match the classes, or that is not linear', () => {
		expect(errorsOf({model: {type: 'mlp', sizes: [8, 2], activation: 'tanh', outputActivation: 'linear'}})).toEqual([
			expect.stringContaining('needs an MLP whose last layer has 3 outputs'),
		]);
		expect(errorsOf({model: {type: 'mlp', sizes: [8, 3], activation: 'tanh', outputActivation: 'sigmoid'}})).toEqual([
			expect.stringContaining('the last layer must be linear'),
		]);
		expect(errorsOf({model: {type: 'notes-2-2-2'}})).toEqual([expect.stringContaining('3 outputs')]);
	});
});
