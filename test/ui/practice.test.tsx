import {describe, expect, it} from 'vitest';
import {concepts} from '../../src/game/practice/concepts.js';
import {currentLevel} from '../../src/game/store.js';
import {keys, type StartOptions, startGame} from '../support/game.js';
import {progressSolving} from '../support/levels.js';

async function start(options: StartOptions) {
	const game = await startGame(options);
	const answerAll = async (wrongFirst = false) => {
		const fields = currentLevel(game.store.getState())?.fields ?? [];
		for (const [i, field] of fields.entries()) {
			if (i === 0 && wrongFirst) await game.type(`${-field.expected}\r`);
			if (i === 0 && wrongFirst) await game.press('u');
			await game.type(`${field.expected}\r`);
		}
	};
	return {...game, answerAll};
}

describe('practice', () => {
	it('the menu shows what is due and p plays it; the summary names the mistakes and the next review', async () => {
		const {frame, press, answerAll, advanceClock} = await start({
			progress: progressSolving(['add-node', 'many-paths']),
		});
		expect(frame().split('\n')[3]).toBe(' Practice: 2 reviews due · add node, many paths  (p · o overview)');
		await press('p');
		expect(frame().split('\n')[0]).toMatch(/^ Practice › The add node · 1 +practice 1\/5$/);
		expect(frame().split('\n').at(-1)).toBe(
			' Enter check · Tab next · h hint −1★ · g solution · i intro · ? help · Esc end',
		);
		await answerAll(true);
		expect(frame()).toContain('✓ Solved!');
		expect(frame()).toContain('Enter next · Esc summary · ? help');
		await press(keys.enter);
		expect(frame()).toContain('practice 2/5');
		await answerAll();
		await press(keys.escape);
		expect(frame()).toContain('Practice summary');
		expect(frame()).toContain('add node · 1 level');
		expect(frame()).toContain('mistakes: sign ×1');
		expect(frame()).toContain('next review in 10 min');
		expect(frame()).toContain('many paths · 1 level');
		expect(frame()).toContain('no mistakes');
		expect(frame()).toContain('next review in 2 days');
		await press(keys.enter);
		expect(frame().split('\n')[3]).toBe(' Practice: nothing due; next add node in 10 min  (p · o overview)');
		advanceClock(11 * 60_000);
		await press('j');
		expect(frame().split('\n')[3]).toBe(' Practice: 1 review due · add node  (p · o overview)');
	});

	it('a summary of five concepts scrolls at 80×24, so every concept, its mistakes in words, hints and next review show', async () => {
		const {frame, press, answerAll, store} = await start({
			progress: progressSolving(['add-node', 'multiply-node', 'forward-pass', 'chain-rule']),
		});
		await press('p');
		expect(store.getState().practice?.plan).toHaveLength(5);
		expect(new Set(store.getState().practice?.plan).size).toBe(5);
		for (let i = 0; i < 5; i++) {
			if (i === 4) await press('h', 'y');
			await answerAll(true);
			await press(keys.enter);
		}
		expect(frame()).toContain('Practice summary');
		expect(frame().split('\n').length).toBeLessThanOrEqual(23);
		expect(frame()).toMatch(/lines 1–\d+ of \d+/);
		expect(frame()).toContain('↑↓ PgUp PgDn scroll');
		// Every line of the summary, by its number, as the screens scrolled through show it.
		const byNumber = new Map<number, string>();
		for (let i = 0; i < 4; i++) {
			const rows = frame().split('\n');
			const [, from = '1'] = /lines (\d+)–/.exec(rows[0] ?? '') ?? [];
			for (const [j, line] of rows.slice(3, -1).entries()) byNumber.set(Number(from) + j, line.trim());
			await press(' ');
		}
		const text = [...byNumber.values()].join('\n');
		for (const concept of store.getState().practice?.plan ?? []) {
			const name = {
				'add-node': 'add node',
				'multiply-node': 'multiply node',
				'max-gate': 'max node',
				'weighted-sum': 'weighted sum',
				'chain-rule': 'chain rule',
				'sigmoid-neuron': 'sigmoid neuron',
				'tanh-neuron': 'tanh neuron',
			}[concept as string];
			expect(text).toContain(`${name} · 1 level`);
		}
		expect(text.match(/next review in 10 min/g)).toHaveLength(5);
		expect(text).toContain('1 hint');
		expect(text).toMatch(/mistakes: (sign|[a-z ]+) ×1/);
		expect(frame()).toMatch(/lines \d+–(\d+) of \1/);
	}, 120_000);

	it('finishing chapter 1, which asks only forward values, unlocks no practice yet: the menu names the chapter that will', async () => {
		const {frame} = await start({progress: progressSolving(['forward-pass'])});
		expect(frame()).toContain('Practice: unlocks when you finish chapter 2, Add node');
	});

	it('p with nothing to practise says why on the menu', async () => {
		const {frame, press} = await start({});
		expect(frame()).toContain('Practice: unlocks when you finish chapter 2, Add node');
		await press('p');
		expect(frame()).toContain('⚠ Nothing to practise yet: finish a chapter first, or start one concept with');
	});

	it('o on the menu opens the overview: due concepts weakest first, accuracy, recall and next review', async () => {
		const {frame, press, answerAll} = await start({progress: progressSolving(['add-node', 'many-paths'])});
		await press('p');
		await answerAll(true);
		await press(keys.enter);
		await answerAll();
		await press(keys.escape, keys.enter);
		await press('o');
		const rows = frame().split('\n');
		expect(rows[0]).toBe(' Practice overview');
		expect(rows.length).toBeLessThanOrEqual(23);
		const text = frame();
		expect(text).toContain('Nothing due now; 2 concepts on the schedule.');
		// The missed concept first: it comes back sooner.
		expect(text.indexOf('add node')).toBeLessThan(text.indexOf('many paths'));
		expect(text).toContain('1 level · right first try 67% (last 3 answers) · recall now 100% ·');
		expect(text).toContain('1 level · right first try 100% (last 3 answers) · recall now 100% ·');
		// Every concept but the two on the schedule is still to open.
		expect(text).toContain(`${concepts.length - 2} more concepts open as you finish their chapters`);
		expect(rows.at(-1)).toBe(' Enter menu · p practise · ? help · q quit');
		await press(keys.enter);
		expect(frame()).toContain('Practice: nothing due; next add node in 10 min  (p · o overview)');
	});

	it('speaks Korean', async () => {
		const {frame, press, answerAll, resize} = await start({lang: 'ko', progress: progressSolving(['chain-rule'])});
		expect(frame()).toContain('연습: 복습 3개 · 연쇄법칙, 시그모이드 뉴런, tanh 뉴런  (p · o 현황)');
		// On a narrow screen the list of concepts gives way, never the keys.
		await resize(60, 24);
		expect(frame().split('\n')[3]).toMatch(/^ 연습: 복습 3개 · 연쇄법칙, .*… {2}\(p · o 현황\)$/);
		await resize(80, 24);
		await press('p');
		expect(frame()).toMatch(/연습 › (\d단계 사슬|시그모이드 뉴런|tanh 뉴런) · 1/);
		expect(frame()).toContain('연습 1/5');
		await answerAll(true);
		await press(keys.escape);
		expect(frame()).toContain('연습 결과');
		expect(frame()).toContain('한 번에 맞힘: 답 ');
		expect(frame()).toContain('다음 복습 10분 뒤');
	});

	it('a redraw of the menu, the overview or the summary reads no clock: the time comes with the key or the screen', async () => {
		let reads = 0;
		const game = await startGame({
			progress: progressSolving(['add-node', 'many-paths']),
			now: () => {
				reads++;
				return 1_000_000;
			},
		});
		const redraw = async (columns: number) => {
			reads = 0;
			await game.resize(columns, 24);
			expect(reads).toBe(0);
		};
		await redraw(90);
		expect(game.frame()).toContain('Practice: 2 reviews due');
		await game.press('o');
		await redraw(80);
		expect(game.frame()).toContain('Practice overview');
		await game.press(keys.enter, 'p', keys.escape);
		await redraw(90);
		expect(game.frame()).toContain('Practice summary');
	});
});
