import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {particleProblems} from './korean-text.js';

/** Every Korean text of a level file, with where it is. */
function koreanTexts(value: unknown, path: string): [string, string][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => koreanTexts(v, `${path}[${i}]`));
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, v]): [string, string][] =>
		key === 'ko' && typeof v === 'string' ? [[path, v]] : koreanTexts(v, `${path}.${key}`),
	);
}

describe('Korean level texts', () => {
	for (const file of readdirSync('levels').filter(f => f.endsWith('.json'))) {
		it(`${file}: every particle sits on its word, in the form that fits how the word is read`, () => {
			const texts = koreanTexts(JSON.parse(readFileSync(join('levels', file), 'utf8')), file);
			expect(texts.length).toBeGreaterThan(0);
			const problems = texts.flatMap(([path, text]) => particleProblems(text).map(p => `${path}: ${p}`));
			expect(problems).toEqual([]);
		});
	}

	it('the check finds a particle cut off by a space and a form that does not fit', () => {
		expect(particleProblems('∂L/∂s = 7 를 곱하세요')).toHaveLength(1);
		expect(particleProblems('E1를 거치는')).toEqual(['"를" should be "을": …E1를']);
		expect(particleProblems('w21는 줄었습니다')).toHaveLength(1);
		expect(particleProblems('상류 기울기(∂L/∂s = 7)를 곱하고 학습률(η = 0.1)을 곱한 뒤 w21은 E1과 E2로')).toEqual([]);
		expect(particleProblems('y = 3x² + 3x 의 기울기')).toHaveLength(1);
		expect(particleProblems('Tab 다음 칸 · h 힌트 · c 이어서')).toEqual([]);
	});

	it('generated practice levels: particles and the glossary terms, for every concept and difficulty', () => {
		const problems = concepts.flatMap(concept =>
			difficulties.flatMap(difficulty =>
				[1, 2, 3].flatMap(seed => {
					const texts = koreanTexts(
						generateLevel(concept, seed, 0, difficulty).spec,
						`${concept}/${difficulty}/${seed}`,
					);
					return texts.flatMap(([path, text]) => [
						...particleProblems(text).map(p => `${path}: ${p}`),
						...(/국소 미분|위에서 온/.test(text) ? [`${path}: say 국소 기울기 / 상류 기울기: ${text}`] : []),
					]);
				}),
			),
		);
		expect([...new Set(problems)]).toEqual([]);
	});
});
