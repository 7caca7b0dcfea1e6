import {describe, expect, it} from 'vitest';
import {josa, particleFor, spokenEnding} from '../../src/game/josa.js';

describe('Korean particles after numbers and symbols', () => {
	it('read a variable by its last digit: E1 → 일 → 을, w21 → 일 → 은', () => {
		expect(josa('E1', '을/를')).toBe('E1을');
		expect(josa('w21', '은/는')).toBe('w21은');
		expect(josa('w11', '이/가')).toBe('w11이');
		expect(josa('b2', '을/를')).toBe('b2를');
		expect(josa('E2', '와/과')).toBe('E2와');
		expect(josa('x1', '와/과')).toBe('x1과');
	});

	it('read numbers as Korean numerals, decimals digit by digit', () => {
		expect(josa('7', '을/를')).toBe('7을');
		expect(josa(7, '으로/로')).toBe('7로');
		expect(josa('0.1', '을/를')).toBe('0.1을');
		expect(josa('0.35892', '이/가')).toBe('0.35892가');
		expect(josa('2.2', '와/과')).toBe('2.2와');
		expect(josa('−4', '을/를')).toBe('−4를');
		expect(josa('0', '이/가')).toBe('0이');
		expect(josa('3', '으로/로')).toBe('3으로');
	});

	it('read round numbers by their unit: 10 십, 100 백, 1000 천, 20000 만', () => {
		expect(josa('10', '을/를')).toBe('10을');
		expect(josa('20', '으로/로')).toBe('20으로');
		expect(josa('100', '이/가')).toBe('100이');
		expect(josa('1,000', '은/는')).toBe('1,000은');
		expect(josa('20000', '을/를')).toBe('20000을');
		expect(josa('650', '이/가')).toBe('650이');
		expect(josa('220', '와/과')).toBe('220과');
	});

	it('read Latin letters by their names: E 이, L 엘, s 에스', () => {
		expect(josa('E', '을/를')).toBe('E를');
		expect(josa('L', '을/를')).toBe('L을');
		expect(josa('L', '으로/로')).toBe('L로');
		expect(josa('m', '으로/로')).toBe('m으로');
		expect(josa('x', '이/가')).toBe('x가');
		expect(josa('∂L/∂s', '을/를')).toBe('∂L/∂s를');
		expect(josa('∂E/∂w11', '은/는')).toBe('∂E/∂w11은');
	});

	it('read Greek letters and whole words the game shows', () => {
		expect(josa('η', '을/를')).toBe('η를');
		expect(josa('σ', '은/는')).toBe('σ는');
		expect(josa('ε', '이/가')).toBe('ε이');
		expect(josa('Enter', '을/를')).toBe('Enter를');
		expect(josa('Tab', '을/를')).toBe('Tab을');
		expect(josa('sigmoid', '와/과')).toBe('sigmoid와');
		expect(josa('CSV', '으로/로')).toBe('CSV로');
		expect(josa('JSON', '으로/로')).toBe('JSON으로');
	});

	it('read brackets after a symbol as maths, to their end', () => {
		expect(josa('4(2x + 1)', '은/는')).toBe('4(2x + 1)은');
		expect(josa('σ(h)', '이/가')).toBe('σ(h)가');
		expect(josa('sigmoid(0.3775)', '을/를')).toBe('sigmoid(0.3775)를');
		expect(josa('½', '은/는')).toBe('½은');
		// A bracket set apart by a space is a formula of its own, not an aside to the word before.
		expect(josa('출력 a로 (1 − a²)', '을/를')).toBe('출력 a로 (1 − a²)을');
	});

	it('read past a bracketed aside to the word before it', () => {
		expect(josa('상류 기울기(∂L/∂s = 7)', '을/를')).toBe('상류 기울기(∂L/∂s = 7)를');
		expect(josa('학습률(η = 0.1)', '을/를')).toBe('학습률(η = 0.1)을');
		expect(josa('(7)', '을/를')).toBe('(7)을');
		expect(josa('"풀이 봄"', '으로/로')).toBe('"풀이 봄"으로');
	});

	it('follow es-hangul for Hangul words, including 로 after ㄹ', () => {
		expect(josa('값', '을/를')).toBe('값을');
		expect(josa('기울기', '이/가')).toBe('기울기가');
		expect(josa('출력', '으로/로')).toBe('출력으로');
		expect(josa('메뉴', '으로/로')).toBe('메뉴로');
		expect(josa('레벨', '으로/로')).toBe('레벨로');
		expect(josa('초록', '와/과')).toBe('초록과');
	});

	it('give only the form when asked, and attach nothing between word and particle', () => {
		expect(particleFor('E1', '을/를')).toBe('을');
		expect(particleFor('w21', '이/가')).toBe('이');
		expect(josa('E1 ', '을/를')).toBe('E1을');
		expect(josa('...', '을/를')).toMatch(/^\.\.\.(을|를)$/);
	});

	it('name the sound a word ends on', () => {
		expect(spokenEnding('w21')).toBe('일');
		expect(spokenEnding('1e-3')).toBe('삼');
		expect(spokenEnding('w₂₁')).toBe('일');
		expect(spokenEnding('x²')).toBe('제곱');
		expect(spokenEnding('...')).toBe('');
	});
});
