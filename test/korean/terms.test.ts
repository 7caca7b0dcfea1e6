import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * One Korean word per concept, across the game, its glossary and README.ko: the word to use,
 * and the variants that crept in for the same concept.
 */
const terms = [
	{concept: 'the step limit of a lab', use: '한도', not: ['예산', '단계 제한']},
	{concept: 'the path a gradient takes', use: '경로', not: ['두 길', '길마다', '가는 길']},
	{concept: 'a node of the graph (add, multiply, max)', use: '노드', not: ['게이트']},
	{concept: 'a unit of a layer', use: '뉴런', not: ['유닛']},
	{concept: 'the target t', use: '정답', not: ['실제값', '목표값']},
	{concept: 'the two-moons data set', use: '초승달', not: ['두 개의 달']},
] as const;

const sources = [
	...readdirSync('levels').map(f => join('levels', f)),
	'src/ui/strings.ts',
	'src/ui/practice-strings.ts',
	'src/cli/cli-strings.ts',
	...readdirSync('src/game/practice')
		.filter(f => f.endsWith('.ts'))
		.map(f => join('src/game/practice', f)),
	...readdirSync('src/game/practice/families').map(f => join('src/game/practice/families', f)),
	'README.ko.md',
];

/** The lines of a file that hold Korean: every Korean text is on one. */
const koreanLines = (file: string) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.map((line, i) => ({where: `${file}:${i + 1}`, line}))
		.filter(({line}) => /[가-힣]/.test(line));

describe('Korean uses one term per concept', () => {
	for (const {concept, use, not} of terms) {
		it(`${concept}: ${use}, never ${not.join(' / ')}`, () => {
			const found = sources.flatMap(koreanLines).filter(({line}) => not.some(word => line.includes(word)));
			expect(found.map(({where, line}) => `${where}: ${line.trim().slice(0, 80)}`)).toEqual([]);
			expect(sources.flatMap(koreanLines).some(({line}) => line.includes(use))).toBe(true);
		});
	}
});
