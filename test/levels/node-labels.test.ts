import {describe, expect, it} from 'vitest';
import {hintLadder} from '../../src/game/hints.js';
import {type Level, parseChapterFile} from '../../src/levels/loader.js';
import {keys, startGame} from '../support/game.js';
import {koreanLevels, levelById, progressBefore, shippedLevels} from '../support/levels.js';

/** A one-level chapter file whose gradients level labels its nodes with `labels`. */
function packWith(labels: unknown): string {
	return JSON.stringify({
		formatVersion: 1,
		chapter: {id: 'shop', title: {en: 'Shop', ko: '가게'}},
		levels: [
			{
				id: 'buy',
				kind: 'gradients',
				title: {en: 'Buy', ko: '사기'},
				intro: {en: 'cost = price·count.', ko: '값 = 가격·개수.'},
				formula: 'cost = price * count',
				inputs: {price: 3, count: 2},
				labels,
				ask: ['dcost/dprice'],
				hints: [{en: 'The other input.', ko: '다른 쪽 입력입니다.'}],
				explain: {en: 'It is count.', ko: '개수입니다.'},
			},
		],
	});
}

const load = (labels: unknown, lang: 'en' | 'ko' = 'en') => parseChapterFile('shop.json', packWith(labels), 1, {lang});

describe('node labels in another language', () => {
	it('a Korean game builds a labelled level in its labels; English keeps the names as written', () => {
		const labels = {price: {ko: '가격'}, count: {ko: '개수'}, cost: {ko: '값'}};
		const [english] = load(labels).levels;
		const [korean] = load(labels, 'ko').levels;
		expect(english?.fields.map(f => f.label)).toEqual(['∂cost/∂price']);
		expect(korean?.fields.map(f => [f.label, f.work, f.expected])).toEqual([['∂값/∂가격', '∂값/∂가격 = 개수 = 2', 2]]);
		expect(korean?.labelledIn).toBe('ko');
	});

	it('validate names a label for a missing node, one shared by two nodes, a function name and a label that is not a word', () => {
		const messages = (labels: unknown) => load(labels).errors.map(e => `${e.path}: ${e.message}`);
		expect(messages({prize: {ko: '상'}})).toEqual(["levels[0].labels.prize: 'prize' is not a node of the graph"]);
		expect(messages({price: {ko: '값'}, cost: {ko: '값'}})).toEqual([
			"levels[0].labels.cost.ko: '값' is already what 'price' is called",
		]);
		expect(messages({price: {ko: 'count'}})).toEqual([
			"levels[0].labels.price.ko: 'count' is already what 'count' is called",
		]);
		expect(messages({price: {ko: 'exp'}})).toEqual(["levels[0].labels.price.ko: 'exp' is the name of a function"]);
		expect(messages({price: {ko: '사과 값'}})).toEqual([
			'levels[0].labels.price.ko: a label is one word of letters, digits or _',
		]);
	});

	it('every shipped node named by an English word has a Korean label', () => {
		const unlabelled = koreanLevels.flatMap(level =>
			(level.graph?.nodes ?? []).filter(n => /^[a-z]{3,}$/.test(n.name)).map(n => `${level.id}: ${n.name}`),
		);
		expect(unlabelled).toEqual([]);
	});

	it('a labelled level asks the same numbers with hint ladders of the same shape in both languages', () => {
		const labelled = koreanLevels.filter(level => level.labelledIn === 'ko');
		expect(labelled.map(l => l.id)).toEqual(['apple-shopping', 'apples-and-oranges']);
		const shape = (level: Level) =>
			level.fields.map(f => ({
				expected: f.expected,
				role: f.role,
				rungs: hintLadder(level, f).map(r => r.kind),
			}));
		for (const level of labelled) expect(shape(level)).toEqual(shape(levelById(level.id, shippedLevels)));
	});
});

describe('a Korean player meets the labels the way any player does', () => {
	const solvedBefore = (id: string) => progressBefore(id, {levels: koreanLevels});

	it('continue opens Buying apples in Korean names, and a wrong answer and the worked solution keep them', async () => {
		const {frame, press, type} = await startGame({
			lang: 'ko',
			levels: koreanLevels,
			progress: solvedBefore('apple-shopping'),
		});
		await press('c');
		expect(frame()).toContain('사과 쇼핑');
		expect(frame()).toMatch(/가격 100 ─+┐/);
		expect(frame()).toMatch(/소비세 1\.1 ─+┴─×총액 220/);
		expect(frame()).toContain('∂총액/∂사과값 = [');
		await type('1');
		await press(keys.enter);
		expect(frame().replace(/\s+/g, ' ')).toContain('총액은 사과값에 무언가를 더하기만 한 값이 아니므로');
		await press('g', 'y');
		expect(frame()).toContain('∂총액/∂개수 = ∂총액/∂사과값·∂사과값/∂개수 = 1.1·100 = 110');
		expect(frame()).not.toMatch(/price|count|cost|total|tax/);
	});

	it('continue opens Apples and oranges with its paths named in Korean', async () => {
		const {frame, press} = await startGame({
			lang: 'ko',
			levels: koreanLevels,
			progress: solvedBefore('apples-and-oranges'),
		});
		await press('c');
		expect(frame()).toContain('총액→합계→사과값→개수 = [');
		expect(frame()).toContain('∂총액/∂개수');
		expect(frame()).not.toMatch(/apple|orange|count|sum|total|tax/);
	});
});
