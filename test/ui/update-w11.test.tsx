// L28 (network-update-w11): w11 = 0.15 moves by −0.000219 to 0.149781. Its old value is
// what 0.150 reads as, and the error moves in its 7th figure; the screen says both.
import {describe, expect, it} from 'vitest';
import {formatChange} from '../../src/levels/format.js';
import {keys, startGame} from '../support/game.js';

/** The frame's text with its line breaks and runs of spaces as one space, so a wrapped message reads whole. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('updating w11, whose step hides below the third figure', () => {
	it('says that 0.150 is w11 before the update and asks for 4 figures, then shows the error change', async () => {
		const {frame, type, press} = await startGame({startLevel: 'network-update-w11', columns: 100, rows: 40});
		await type('0.000439');
		await press(keys.enter);
		await type('0.150');
		await press(keys.enter);
		expect(flat(frame())).toContain('That is w11 as it was, before the update');
		expect(flat(frame())).toContain('moves it by only about −0.0002');
		expect(flat(frame())).toContain('at least 4 significant figures');
		expect(flat(frame())).not.toContain('Close');
		await press(keys.backspace, keys.backspace, keys.backspace, keys.backspace, keys.backspace);
		await type('0.1498');
		await press(keys.enter);
		expect(flat(frame())).toContain('One step: w11 0.15 → 0.1498, error 0.2983711 → 0.2983710.');
	});

	it('says the same in Korean', async () => {
		const {frame, type, press} = await startGame({
			startLevel: 'network-update-w11',
			lang: 'ko',
			columns: 100,
			rows: 40,
		});
		await type('0.000439');
		await press(keys.enter);
		await type('0.15');
		await press(keys.enter);
		expect(flat(frame())).toContain('업데이트하기 전의 w11 값입니다');
		expect(flat(frame())).toContain('약 −0.0002만큼만');
		expect(flat(frame())).toContain('유효숫자 4자리 이상');
		expect(flat(frame())).not.toContain('거의 맞았습니다');
		await press(keys.backspace, keys.backspace, keys.backspace, keys.backspace);
		await type('0.1498');
		await press(keys.enter);
		expect(flat(frame())).toContain('오차 0.2983711 → 0.2983710');
	});
});

describe('a change is printed with the figures it takes to show', () => {
	it('keeps 4 figures where they differ, and adds figures, zeros kept, until they do', () => {
		expect(formatChange(0.15, 0.1497807)).toEqual({before: '0.15', after: '0.1498'});
		expect(formatChange(0.298371109, 0.298371013)).toEqual({before: '0.2983711', after: '0.2983710'});
		expect(formatChange(-2.5e-5, -2.4996e-5)).toEqual({before: '−2.5×10⁻⁵', after: '−2.4996×10⁻⁵'});
	});

	it('stops at 8 figures: past them, the usual 4', () => {
		expect(formatChange(1, 1 + 1e-12)).toEqual({before: '1', after: '1'});
		expect(formatChange(0.5, 0.5)).toEqual({before: '0.5', after: '0.5'});
	});
});
