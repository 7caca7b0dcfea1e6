import {describe, expect, it} from 'vitest';
import {messages} from '../../src/ui/strings.js';
import {tableMistakes, tableStrings} from '../support/table-strings.js';
import {englishWords, particleProblems} from './korean-text.js';

describe('the Korean strings table', () => {
	const ko = messages('ko');
	const texts: [string, string][] = [...tableStrings({...ko, mistakes: {}}, 'ko'), ...tableMistakes(ko)];

	it('reaches every part of the table, the mistakes included', () => {
		expect(texts.length).toBeGreaterThan(200);
		expect(texts.some(([, text]) => text.includes('상류 기울기'))).toBe(true);
	});

	it('puts every particle on its word, in the form that fits how the word is read', () => {
		const problems = texts.flatMap(([path, text]) => particleProblems(text).map(p => `${path}: ${p}`));
		expect([...new Set(problems)]).toEqual([]);
	});

	it('uses no English words, only maths, key names and names', () => {
		const words = texts.flatMap(([path, text]) => englishWords(text).map(w => `${path}: ${w}`));
		expect([...new Set(words)]).toEqual([]);
	});

	it('says 국소 기울기 and 상류 기울기, as the glossary does', () => {
		for (const [path, text] of texts) {
			expect(text, path).not.toMatch(/국소 미분|위에서 온/);
		}
	});
});
