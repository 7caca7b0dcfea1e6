import {describe, expect, it} from 'vitest';
import {type Level, parseChapterFile} from '../../src/levels/loader.js';
import {keys, startGame} from '../support/game.js';

// E = w^1.5 at w = 0.5 has slope 1.5·√0.5 ≈ 1.061; with η = 1 the step lands at w ≈ −0.561,
// where w^1.5 has no value. The level itself is fine; only the preview of the error after the step is not.
const chapter = (learningRate: number) =>
	parseChapterFile(
		'pack.json',
		JSON.stringify({
			formatVersion: 1,
			chapter: {id: 'steps', title: {en: 'Steps', ko: '걸음'}},
			levels: [
				{
					id: 'step-out-of-domain',
					kind: 'update',
					title: {en: 'Too far', ko: '너무 멀리'},
					intro: {en: 'One step of w.', ko: 'w의 한 걸음.'},
					explain: {en: 'The step is too long.', ko: '걸음이 너무 깁니다.'},
					hints: [{en: 'The slope of w^1.5 is 1.5·w^0.5.', ko: 'w^1.5의 기울기는 1.5·w^0.5입니다.'}],
					formula: 's0 = w * 1; s3 = s0 ^ 1.5',
					inputs: {w: 0.5},
					param: 'w',
					learningRate,
				},
			],
		}),
		1,
	);

describe('an update level whose step leaves the domain', () => {
	it('loads, and says the error after the step is undefined at the new weight', () => {
		const {levels, errors} = chapter(1);
		expect(errors).toEqual([]);
		const update = (levels[0] as Level).update;
		expect(update?.after).toBeCloseTo(0.5 - 1.5 * Math.sqrt(0.5), 12);
		expect(update).toMatchObject({errorAfter: undefined, undefinedAt: 's3'});
	});

	it('shows the preview line as undefined once the level is solved', async () => {
		const level = chapter(1).levels[0] as Level;
		const {frame, type, press} = await startGame({levels: [level], startLevel: level.id});
		await type('1.06');
		await press(keys.enter);
		await type('-0.561');
		await press(keys.enter);
		expect(frame()).toContain('the error after it is undefined, because step s3');
		expect(frame()).toContain('has no value at w =');
	});

	it('with a short step keeps the usual preview', () => {
		const update = (chapter(0.1).levels[0] as Level).update;
		expect(update?.errorAfter).toBeCloseTo((0.5 - 0.15 * Math.sqrt(0.5)) ** 1.5, 12);
		expect(update?.undefinedAt).toBeUndefined();
	});
});
