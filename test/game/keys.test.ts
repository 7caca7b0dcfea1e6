import {describe, expect, it} from 'vitest';
import {hangulToKeys} from '../../src/game/hangul-keys.js';
import {continuesAnswer} from '../../src/game/keys.js';

describe('Korean keyboard layout', () => {
	it('maps single jamo to the keys that type them', () => {
		expect(['ㅂ', 'ㅗ', 'ㅓ', 'ㅏ', 'ㅎ', 'ㅑ', 'ㅊ', 'ㅜ', 'ㄱ', 'ㅁ', 'ㅣ', 'ㄴ'].map(hangulToKeys)).toEqual([
			'q',
			'h',
			'j',
			'k',
			'g',
			'i',
			'c',
			'n',
			'r',
			'a',
			'l',
			's',
		]);
	});

	it('splits composed syllables into their keys', () => {
		expect(hangulToKeys('해')).toBe('go');
		expect(hangulToKeys('ㄴㅑㅎㅡㅐㅑㅇ')).toBe('sigmoid');
		expect(hangulToKeys('닭')).toBe('ekfr');
	});

	it('leaves digits, symbols and Latin letters alone', () => {
		expect(hangulToKeys('-4.5e3 ?q')).toBe('-4.5e3 ?q');
	});
});

describe('letters in an answer field', () => {
	it('continue a function name or an exponent', () => {
		expect(continuesAnswer('', 's')).toBe(true);
		expect(continuesAnswer('sigm', 'o')).toBe(true);
		expect(continuesAnswer('tan', 'h')).toBe(true);
		expect(continuesAnswer('1', 'e')).toBe(true);
		expect(continuesAnswer('2*', 'e')).toBe(true);
	});

	it('are command keys otherwise', () => {
		expect(continuesAnswer('', 'h')).toBe(false);
		expect(continuesAnswer('-4', 'g')).toBe(false);
		expect(continuesAnswer('0.5', 'i')).toBe(false);
		expect(continuesAnswer('', 'q')).toBe(false);
		expect(continuesAnswer('', 'j')).toBe(false);
	});
});
