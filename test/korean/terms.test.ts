import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {hintLadder} from '../../src/game/hints.js';
import {concepts} from '../../src/game/practice/concepts.js';
import type {Difficulty} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Level} from '../../src/levels/loader.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {shippedLevels} from '../support/levels.js';

/**
 * One Korean word per concept, across the game, its glossary and README.ko:
 * the word to use, and the variants that crept in for the same concept.
 */
const terms: readonly {concept: string; use: string; not: RegExp}[] = [
	{concept: 'the step limit of a lab', use: '한도', not: /예산|단계\s*제한|제한\s*단계/},
	{concept: 'E, the error of an output', use: '오차', not: /손실\s*\(?E\b|E\s*손실/},
	{concept: 'what a lab adds up over its data', use: '손실', not: /전체 오차를 학습|실험실.{0,10}오차 곡선/},
	{concept: 'the path a gradient takes', use: '경로', not: /갈래|두 길|길마다|길을 따라|길로 (흘러|나뉘)/},
	{concept: 'a node of the graph (add, multiply, max)', use: '노드', not: /게이트/},
	{concept: 'a unit of a layer', use: '뉴런', not: /유닛/},
	{concept: 'the target t', use: '정답', not: /실제값|목표값|목표\s*(값|출력)|목표(는|인|가)?\s*[tT]\d?\b|목표 [tT]/},
	{
		concept: 'weights and biases together',
		use: '매개변수',
		// The labs' parameter counts (weights and biases): never called weights alone.
		not: /가중치\s*(10|17|337|371)\s*개|(10|17|337|371)개의 가중치/,
	},
	{concept: 'the two-moons data set', use: '초승달', not: /두 개의 달|두 달(?=\s|$)/},
	{concept: 'a level pack', use: '팩', not: /묶음/},
	// 예제 stays for a worked example (풀이 예제, 《…》의 예제, 사과 쇼핑 예제, 예제 회로); a row of X is a sample.
	{concept: 'one row of a batch', use: '샘플', not: /(?<!풀이 |의 |알려진 |쇼핑 |그 )예제(?! 회로)/},
	// 배치 is a batch of samples, never the way two factors are arranged.
	{concept: 'the order two matrices are multiplied in', use: '곱하는 순서', not: /곱할 수 있는 배치|배치는 하나뿐/},
	// 부분 기울기 reads as a partial derivative; a kink is 꺾인 점.
	{concept: 'the slope at a kink', use: '꺾인 점', not: /부분 기울기/},
	// The gradient a node receives from the output side is named, not described as coming from above.
	{
		concept: 'the gradient arriving from above',
		use: '상류 기울기',
		not: /위에서\s*(내려온|내려오는|받은|들어온|온|어떤)\s*기울기|위에서 ∂|내려온 기울기|내려오는 기울기/,
	},
	// A factor of a chain-rule product is a local derivative; 인수 stays for a CLI command's argument.
	{
		concept: 'a local derivative that is a factor of the chain',
		use: '국소 기울기',
		not: /고리|(?<!받은 )인수(?!를 받지)/,
	},
];

/** Every source file that holds Korean the game shows: its string tables and the practice texts. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) && /[가-힣]/.test(readFileSync(path, 'utf8')) ? [path] : [];
	});
}

/** The lines of a file that hold Korean: every Korean text in a source file is on one. */
const koreanLines = (file: string): [string, string][] =>
	readFileSync(file, 'utf8')
		.split('\n')
		.flatMap((line, i): [string, string][] => (/[가-힣]/.test(line) ? [[`${file}:${i + 1}`, line]] : []));

/** Every Korean text a player can read about a level: its texts, every hint rung and every diagnosis. */
function levelTexts(level: Level, where: string): [string, string][] {
	const ko = messages('ko');
	const spec = level.spec;
	const out: [string, string][] = [
		[`${where} title`, spec.title.ko],
		[`${where} intro`, spec.intro.ko],
		[`${where} explain`, spec.explain.ko],
		...spec.hints.map((hint, i): [string, string] => [`${where} hints[${i}]`, hint.ko]),
	];
	for (const field of level.fields) {
		for (const mistake of field.mistakes)
			out.push([`${where} ${field.id} ${mistake.reason}`, mistakeText(ko, mistake)]);
		for (const [i, rung] of hintLadder(level, field).entries())
			out.push([`${where} ${field.id} rung ${i + 1}`, rung.kind === 'text' ? rung.text.ko : rung.text]);
	}
	return out;
}

const generated = concepts.flatMap(concept =>
	Array.from({length: 100}, (_, seed) => {
		const {level} = generateLevel(concept, seed, 0, ((seed % 3) + 1) as Difficulty);
		return levelTexts(level, `${concept} seed ${seed}`);
	}).flat(),
);

const everywhere: [string, string][] = [
	...shippedLevels.flatMap(level => levelTexts(level, level.id)),
	...readdirSync('levels').flatMap(file => koreanLines(join('levels', file))),
	...sourceFiles('src').flatMap(koreanLines),
	...generated,
	...koreanLines('README.ko.md'),
];

describe('Korean uses one term per concept', () => {
	it('reads the levels, the string tables, 100 generated levels of every concept and README.ko', () => {
		const where = new Set(everywhere.map(([w]) => w.split(/[ :]/)[0]));
		for (const part of ['src/ui/strings-ko.ts', 'src/cli/cli-strings.ts', 'README.ko.md', 'levels/06-network.json'])
			expect(where.has(part), part).toBe(true);
		expect(generated.length).toBeGreaterThan(concepts.length * 100 * 4);
	});

	for (const {concept, use, not} of terms) {
		it(`${concept}: ${use}, never ${not.source}`, () => {
			const found = everywhere.filter(([, text]) => not.test(text));
			expect([...new Set(found.map(([where, text]) => `${where}: ${text.trim().slice(0, 100)}`))]).toEqual([]);
			expect(everywhere.some(([, text]) => text.includes(use))).toBe(true);
		});
	}

	it('each rule catches the variant it forbids', () => {
		const caught = (text: string) => terms.filter(({not}) => not.test(text)).map(({use}) => use);
		expect(caught('150단계 예산을 넘겼습니다')).toEqual(['한도']);
		expect(caught('손실 E가 줄었습니다')).toEqual(['오차']);
		expect(caught('두 갈래로 나뉩니다')).toEqual(['경로']);
		expect(caught('max 게이트')).toEqual(['노드']);
		expect(caught('은닉 유닛')).toEqual(['뉴런']);
		expect(caught('목표값 t1')).toEqual(['정답']);
		expect(caught('가중치 337개 모두')).toEqual(['매개변수']);
		expect(caught('위에서 내려온 기울기 대신')).toEqual(['상류 기울기']);
		expect(caught('Y = X·W이고 위에서 ∂L/∂Y = G가 내려옵니다')).toEqual(['상류 기울기']);
		expect(caught('노드는 위에서 받은 기울기에 곱합니다')).toEqual(['상류 기울기']);
		expect(caught('마지막 고리만')).toEqual(['국소 기울기']);
		expect(caught('곱할 인수는 세 개')).toEqual(['국소 기울기']);
		expect(caught('인수 3/5: 오차의 기울기')).toEqual(['국소 기울기']);
		expect(caught('check 명령은 인수를 받지 않습니다. 받은 인수: x')).toEqual([]);
		expect(caught('출력 쪽에서 q로 내려오는 상류 기울기와 국소 기울기 3/5')).toEqual([]);
		expect(caught('정답 t1과 오차 E, 매개변수 337개, 150단계 한도')).toEqual([]);
	});
});
