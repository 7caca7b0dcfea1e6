import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {afterEach, describe, expect, it} from 'vitest';
import {concepts} from '../../src/game/practice/concepts.js';
import {levelFingerprint} from '../../src/game/practice/fingerprint.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {type AnswerKind, difficultyFor, emptyHistory, recordPracticeLevel} from '../../src/game/practice/history.js';
import {emptyProgress} from '../../src/game/progress.js';
import {serializeProgress} from '../../src/game/save-file.js';
import {formatNumber} from '../../src/levels/format.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {progressSolving} from '../support/levels.js';
import {cli, hasTmux, TerminalSession} from './tmux.js';

const levels = loadLevelPack('levels').levels;
let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

describe.skipIf(!hasTmux)('practice in a real terminal (tmux)', () => {
	it('opens from the menu once a chapter is solved, and Esc ends on the summary', async () => {
		const progress = progressSolving(['add-node'], {at: new Date(), levels});
		const dir = mkdtempSync(join(tmpdir(), 'bpq-practice-'));
		writeFileSync(join(dir, 'progress.json'), serializeProgress(progress, '0.1.0', new Date()));
		session = new TerminalSession(['--data-dir', dir]);
		await session.waitFor('Practice: 1 review due · add node  (p · o overview)');
		session.type('p');
		await session.waitFor(/Practice › The add node · 1 +practice 1\/5/);
		session.press('Escape');
		await session.waitFor('Practice summary');
		await session.waitFor('No level was finished in this session.');
		session.press('Enter');
		await session.waitFor('Practice: 1 review due · add node  (p · o overview)');
		session.type('q');
		expect(await session.exitCode()).toBe(0);
	});

	it('after the same mistake twice, works one example with its last step left, then goes on', async () => {
		session = new TerminalSession(['practice', '--concept', 'many-paths', '--seed', '2']);
		const made: string[] = [];
		const next = (i: number) => {
			const {level} = generateLevel('many-paths', 2, i, 1, `practice-${i + 1}`, new Set(made));
			made.push(levelFingerprint(level.spec));
			return level;
		};
		for (let i = 0; i < 2; i++) {
			const level = next(i);
			await session.waitFor(`practice ${i + 1}/5`);
			for (const field of level.fields) {
				if (field.role === 'total') {
					// Only the first path, as if the others did not count.
					session.type(formatNumber(level.fields[0]?.expected ?? 0, 8));
					session.press('Enter');
					await session.waitFor('That is only the path through');
					session.type('u');
					// u clears only as a key of its own: the next text waits until the field is empty.
					await session.waitFor(/▸[^\n]*\[▏ +\]/);
				}
				session.type(formatNumber(field.expected, 8));
				session.press('Enter');
			}
			await session.waitFor('✓ Solved!');
			session.press('Enter');
		}
		const example = next(2);
		const screen = await session.waitFor(/Worked example: \d paths to x · 3 +practice 3\/6/);
		expect(screen).toContain('The same mistake twice');
		const total = example.fields.find(f => f.role === 'total');
		session.type(formatNumber(total?.expected ?? 0, 8));
		session.press('Enter');
		await session.waitFor('✓ Solved!');
		session.press('Enter');
		await session.waitFor('practice 4/6');
		session.press('Escape');
		const summary = await session.waitFor('many paths · 3 levels');
		expect(summary).toContain('mistakes: one path of several ×2');
		session.type('q');
		expect(await session.exitCode()).toBe(0);
	}, 60_000);

	it('plays a practice round of five levels by keyboard, and the export shows the record', async () => {
		session = new TerminalSession(['practice', '--concept', 'add-node', '--seed', '5']);
		let history = emptyHistory;
		for (let i = 0; i < 5; i++) {
			const {level} = generateLevel('add-node', 5, i, difficultyFor(history, 'add-node'), `practice-${i + 1}`);
			await session.waitFor(`practice ${i + 1}/5`);
			const answers: AnswerKind[][] = [];
			for (const [j, field] of level.fields.entries()) {
				// One mistake on the first level: the local derivative alone.
				if (i === 0 && j === 1) {
					session.type('1');
					session.press('Enter');
					await session.waitFor('That is only the local derivative');
					session.type('u');
					// u clears only as a key of its own: the next text waits until the field is empty.
					await session.waitFor(/▸[^\n]*\[▏ +\]/);
				}
				session.type(formatNumber(field.expected, 8));
				session.press('Enter');
				answers.push(i === 0 && j === 1 ? ['localOnly', 'right'] : ['right']);
			}
			await session.waitFor('✓ Solved!');
			history = recordPracticeLevel(history, {
				concept: 'add-node',
				answers,
				hints: 0,
				solutionShown: false,
				finishedAt: new Date(),
			});
			session.press('Enter');
		}
		await session.waitFor('Practice summary');
		const summary = await session.waitFor('add node · 5 levels');
		expect(summary).toContain('mistakes: local only ×1');
		// One review for the session, graded by its worst level: the slip brings it back in ten minutes.
		expect(summary).toMatch(/next review in 10 min \(\d{4}-\d\d-\d\d \d\d:\d\d\)/);
		session.press('Enter');
		// Practised by name, the concept is on the schedule though its chapter is not finished.
		await session.waitFor('Practice: nothing due; next add node in 10 min  (p · o overview)');
		session.type('q');
		expect(await session.exitCode()).toBe(0);

		const exported = spawnSync(process.execPath, [cli, 'export', '--format', 'csv', '--concepts'], {
			encoding: 'utf8',
			env: {...process.env, BACKPROP_QUEST_HOME: session.dir},
		});
		const rows = parse(exported.stdout, {columns: true}) as Record<string, string>[];
		const fields = history['add-node']?.fields ?? 0;
		expect(rows).toEqual([
			expect.objectContaining({
				concept: 'add-node',
				levels: '5',
				attempts: String(fields + 1),
				pack: 'built-in',
				mistakes: 'local only 1',
			}),
		]);
	});

	it('a summary of five concepts scrolls at 80×24 until every concept and its next review has shown', async () => {
		const progress = progressSolving(['forward-pass', 'add-node', 'multiply-node', 'chain-rule'], {
			at: new Date(),
			levels,
		});
		const dir = mkdtempSync(join(tmpdir(), 'bpq-summary-'));
		writeFileSync(join(dir, 'progress.json'), serializeProgress(progress, '0.1.0', new Date()));
		session = new TerminalSession(['--data-dir', dir]);
		await session.waitFor(/Practice: 7 reviews due/);
		session.type('p');
		for (let i = 1; i <= 5; i++) {
			await session.waitFor(`practice ${i}/5`);
			// Each level ends on its solution, asked for and confirmed: no answers needed.
			session.type('g');
			await session.waitFor('Show the worked solution?');
			session.type('y');
			await session.waitFor('Enter next · Esc summary');
			session.press('Enter');
		}
		const first = await session.waitFor('Practice summary');
		expect(first).toMatch(/lines 1–\d+ of \d+/);
		expect(first.trimEnd().split('\n').length).toBeLessThanOrEqual(23);
		let seen = first;
		for (let page = 0; page < 4; page++) {
			// Space pages on until the last line shows; each page is waited for by its header, not a fixed pause.
			const [, from = '', to = '', of = ''] = /lines (\d+)–(\d+) of (\d+)/.exec(session.screen()) ?? [];
			if (to === of) break;
			session.type(' ');
			seen += await session.waitFor(new RegExp(`lines (?!${from}–)\\d+–\\d+ of ${of}`));
		}
		const names = ['add node', 'multiply node', 'max node', 'chain rule', 'sigmoid neuron'];
		for (const name of names) expect(seen).toContain(`${name} · 1 level`);
		expect(seen.match(/next review in 10 min/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
		expect(seen).toContain('solution shown once');
		// Scrolled to its end: the last concept's next review is on the last screen.
		const last = session.screen();
		expect(last).toMatch(/lines \d+–(\d+) of \1/);
		expect(last).toMatch(/next review in 10 min[^\n]*\n[\s\S]*↑↓ PgUp PgDn scroll/);
		session.type('q');
		expect(await session.exitCode()).toBe(0);
	}, 60_000);

	it('speaks Korean', async () => {
		session = new TerminalSession(['practice', '--concept', 'chain-rule', '--seed', '2', '--lang', 'ko']);
		await session.waitFor(/연습 › \d단계 사슬 · 1/);
		await session.waitFor('연습 1/5');
		session.press('Escape');
		await session.waitFor('연습 결과');
		session.press('Enter');
		await session.waitFor('연습: 2장을 끝내면 열립니다 (덧셈 노드)');
		session.type('q');
		expect(await session.exitCode()).toBe(0);
	});

	it('generate writes a pack that validate accepts and --levels plays, solved with the engine answers', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-generated-'));
		const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'});
		expect(
			run('generate', '--concept', 'multiply-node', '--count', '3', '--seed', 'kim-minji', '--out', dir).status,
		).toBe(0);
		expect(run('validate', dir).stdout).toBe('✓ 3 levels in 1 file: all valid\n');
		const pack = loadLevelPack(dir).levels;
		session = new TerminalSession(['--levels', dir]);
		const menu = await session.waitFor('Continue: The multiply node · 1');
		// This pack teaches no chapter of the game, so it offers no practice.
		expect(menu).not.toMatch(/Practice: (unlocks|\d+ review|nothing due)/);
		session.press('Enter');
		await session.waitFor('1. Practice: multiply node › The multiply node · 1');
		for (const field of pack[0]?.fields ?? []) {
			session.type(formatNumber(field.expected, 8));
			session.press('Enter');
		}
		await session.waitFor('✓ Solved!');
		session.press('Enter');
		await session.waitFor('Level complete: The multiply node · 1');
		session.press('Escape');
		await session.waitFor('1/3 solved');
		session.type('q');
		expect(await session.exitCode()).toBe(0);
	});
});

describe('practice --list', () => {
	it('prints the overview without a terminal: due concepts weakest first, in English and Korean', () => {
		const now = new Date();
		let practice = recordPracticeLevel(emptyHistory, {
			concept: 'chain-rule',
			answers: [['right'], ['lastLinkOnly', 'right']],
			hints: 0,
			solutionShown: false,
			finishedAt: new Date(now.getTime() - 60 * 60_000),
		});
		practice = recordPracticeLevel(practice, {
			concept: 'many-paths',
			answers: [['right'], ['right']],
			hints: 0,
			solutionShown: false,
			finishedAt: new Date(now.getTime() - 60 * 60_000),
		});
		const dir = mkdtempSync(join(tmpdir(), 'bpq-list-'));
		writeFileSync(join(dir, 'progress.json'), serializeProgress({...emptyProgress, practice}, '0.1.0', now));
		const run = (...args: string[]) =>
			spawnSync(process.execPath, [cli, 'practice', '--list', '--data-dir', dir, ...args], {
				encoding: 'utf8',
				env: {...process.env, CI: 'true'},
			});
		const english = run();
		expect(english.status).toBe(0);
		const lines = english.stdout.split('\n');
		expect(lines.slice(0, 4)).toEqual([
			'Practice overview',
			'',
			'1 of 2 concepts due now, weakest first.',
			'chain rule · due now',
		]);
		expect(lines[4]).toMatch(/^ {2}1 level · right first try 50% \(last 2 answers\) · recall now \d+% · next now \(/);
		expect(lines[5]).toBe('many paths');
		expect(lines[6]).toMatch(
			/^ {2}1 level · right first try 100% \(last 2 answers\) · recall now \d+% · next in 2 days \(/,
		);
		expect(english.stdout).toContain(`${concepts.length - 2} more concepts open as you finish their chapters`);
		const korean = run('--lang', 'ko');
		expect(korean.stdout).toContain('개념 2개 중 1개가 지금 복습할 차례입니다. 약한 개념부터 보여 줍니다.');
		expect(korean.stdout).toContain('연쇄법칙 · 지금 복습');
	});
});
