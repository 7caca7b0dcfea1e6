import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {serializeProgress} from '../../src/game/save-file.js';
import {isTrainingLevel, loadLevelPack} from '../../src/levels/loader.js';
import {answerText} from '../../src/levels/typed-answers.js';
import {progressBefore} from '../support/levels.js';
import {cli, hasTmux, TerminalSession} from './tmux.js';

const levels = loadLevelPack('levels').levels;
// An SGR sequence such as ESC[36m.
const colourCode = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);
let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

describe.skipIf(!hasTmux)('the built CLI in a real terminal (tmux)', () => {
	it('plays the whole first chapter by keyboard with answers from the engine, then export shows it', async () => {
		const chapter = levels.filter(l => l.chapter.number === 1);
		session = new TerminalSession([]);
		await session.waitFor('Continue: The weighted sum');
		session.press('Enter');
		for (const level of chapter) {
			await session.waitFor(`1. Forward pass › ${level.spec.title.en}`);
			for (const field of level.fields) {
				session.type(answerText(field, 8));
				session.press('Enter');
			}
			await session.waitFor('✓ Solved!');
			session.press('Enter');
			await session.waitFor(`Level complete: ${level.spec.title.en}`);
			session.press('Enter');
		}
		await session.waitFor('2. Add node ›');
		session.press('Escape');
		await session.waitFor(`${chapter.length}/${levels.length} solved`);
		session.press('q');
		expect(await session.exitCode()).toBe(0);

		// The solves were saved, and export shows them with their stars.
		const exported = spawnSync(process.execPath, [cli, 'export', '--format', 'json'], {
			encoding: 'utf8',
			env: {...process.env, BACKPROP_QUEST_HOME: session.dir},
		});
		const doc = JSON.parse(exported.stdout) as {levels: {id: string; solved: boolean; stars: number}[]};
		expect(doc.levels.filter(l => l.solved).map(l => [l.id, l.stars])).toEqual(chapter.map(l => [l.id, 3]));
	});

	it('speaks Korean when LANG is Korean', async () => {
		session = new TerminalSession([], {env: {LANG: 'ko_KR.UTF-8'}});
		await session.waitFor('이어서 하기: 가중합');
		session.press('Enter');
		await session.waitFor('1. 순전파 › 가중합');
		session.type('ㅂ');
		session.press('Escape');
		await session.waitFor('↑↓ 이동');
		session.type('ㅂ');
		expect(await session.exitCode()).toBe(0);
	});

	it('draws colour normally and none at all with NO_COLOR', async () => {
		session = new TerminalSession([], {env: {FORCE_COLOR: '1'}});
		await session.waitFor('Continue: The weighted sum');
		expect(session.screenWithEscapes()).toMatch(colourCode);
		session.press('q');
		session.close();
		session = new TerminalSession([], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}});
		await session.waitFor('Continue: The weighted sum');
		expect(session.screenWithEscapes()).not.toMatch(colourCode);
		session.press('q');
		expect(await session.exitCode()).toBe(0);
	});

	it('redraws a level when the terminal is resized', async () => {
		session = new TerminalSession(['--level', 'add-pass-through']);
		await session.waitFor('Pass it through');
		session.resize(100, 30);
		await session.waitFor(`─${'─'.repeat(97)}`);
		session.resize(50, 15);
		await session.waitFor(/Please enlarge the terminal/);
		session.resize(80, 24);
		await session.waitFor('Find the gradients:');
		session.press('C-c');
		expect(await session.exitCode()).toBe(0);
	});

	it('a save file overwritten with garbage is kept as a backup, with a warning, and the game starts', async () => {
		session = new TerminalSession([]);
		writeFileSync(join(session.dir, 'progress.json'), 'garbage{{{');
		session.close();
		const dir = session.dir;
		session = new TerminalSession([], {env: {BACKPROP_QUEST_HOME: dir}});
		await session.waitFor('Continue: The weighted sum');
		const screen = await session.waitFor(/unreadable/);
		expect(screen).toMatch(/progress\.json/);
		expect(readdirSync(dir).some(f => f.startsWith('progress.json.bad-'))).toBe(true);
		session.press('q');
		expect(await session.exitCode()).toBe(0);
	});

	it('trains a lab level live to its goal', async () => {
		session = new TerminalSession(['--level', 'descent-one-weight']);
		await session.waitFor('step 0 · loss 25 · η 0.05');
		// Up the dial: 0.07, 0.1, 0.15, 0.2, 0.3, 0.5.
		session.type('++++++');
		await session.waitFor('η 0.5 ');
		session.type(' ');
		await session.waitFor(/Goal reached at step \d+: ★★★/);
		session.press('Enter');
		await session.waitFor('Level complete: Roll down the curve');
		session.press('q');
		expect(await session.exitCode()).toBe(0);
	});

	it('the moons lab trains live, diverges with a clear message when η is pushed up, and resets', async () => {
		session = new TerminalSession(['--level', 'lab-moons']);
		await session.waitFor('step 0 · loss 1.658 · η 0.05');
		session.type(' ');
		await session.waitFor(/step [1-9]\d* · loss \d/);
		session.type(' ');
		await session.waitFor('⏸ paused');
		session.type('+'.repeat(20));
		await session.waitFor('η 5 ');
		session.type(' ');
		const screen = await session.waitFor('✗ Diverged');
		expect(screen).not.toMatch(/NaN|Infinity/);
		session.type('r');
		await session.waitFor('step 0 · loss 1.658 · η 5');
		session.press('C-c');
		expect(await session.exitCode()).toBe(0);
	});

	it('opens every lab from the menu with the cursor and Enter, and each one trains', async () => {
		const labs = levels.filter(isTrainingLevel);
		session = new TerminalSession([]);
		await session.waitFor('Continue: The weighted sum');
		let cursor = 0;
		for (const lab of labs) {
			const index = levels.indexOf(lab);
			session.type('j'.repeat(index - cursor));
			cursor = index;
			await session.waitFor(new RegExp(`▸ new +${lab.spec.title.en}`));
			session.press('Enter');
			await session.waitFor(lab.spec.title.en);
			await session.waitFor(/step 0 · loss \d/);
			session.type(' ');
			await session.waitFor(/step [1-9]\d* · loss \d/);
			session.press('Escape');
			await session.waitFor('Continue: The weighted sum');
		}
		session.press('q');
		expect(await session.exitCode()).toBe(0);
	});

	it('"next level" leads from the last answer level into the first lab, and from one lab into the next, each training', async () => {
		// A save where every level before the last weight update is solved: "continue" opens that one.
		const [firstLab, secondLab] = levels.filter(isTrainingLevel);
		if (firstLab === undefined || secondLab === undefined) throw new Error('the pack has fewer than two labs');
		const lastAnswerLevel = levels[levels.indexOf(firstLab) - 1];
		if (lastAnswerLevel === undefined) throw new Error('the first lab has no level before it');
		const progress = progressBefore(lastAnswerLevel.id, {levels});
		const dir = mkdtempSync(join(tmpdir(), 'bpq-e2e-road-'));
		writeFileSync(join(dir, 'progress.json'), serializeProgress(progress, '0.0.0', new Date(0)));
		session = new TerminalSession([], {env: {BACKPROP_QUEST_HOME: dir}});
		await session.waitFor(`Continue: ${lastAnswerLevel.spec.title.en}`);
		session.type('c');
		await session.waitFor(lastAnswerLevel.spec.title.en);
		for (const field of lastAnswerLevel.fields) {
			session.type(answerText(field, 8));
			session.press('Enter');
		}
		await session.waitFor('✓ Solved!');
		session.press('Enter');
		await session.waitFor(`Level complete: ${lastAnswerLevel.spec.title.en}`);
		session.press('Enter');
		await session.waitFor(firstLab.spec.title.en);
		await session.waitFor('step 0 · loss 25 · η 0.05');
		// Up the dial to η = 0.5, which reaches the goal in a few steps.
		session.type('++++++');
		await session.waitFor('η 0.5 ');
		session.type(' ');
		await session.waitFor(/step [1-9]\d* · loss/);
		await session.waitFor(/Goal reached at step \d+/);
		session.press('Enter');
		await session.waitFor(`Level complete: ${firstLab.spec.title.en}`);
		session.press('Enter');
		// The next lab has its own network, not the previous lab's curve.
		await session.waitFor(secondLab.spec.title.en);
		const fresh = await session.waitFor(/step 0 · loss \d/);
		expect(fresh).not.toContain('w = ');
		session.type(' ');
		await session.waitFor(/step [1-9]\d* · loss \d/);
		session.press('C-c');
		expect(await session.exitCode()).toBe(0);
	});

	it('Ctrl-C exits cleanly with 0 from inside a level', async () => {
		session = new TerminalSession(['--level', 'mul-swap']);
		await session.waitFor('Swap the inputs');
		// A key echoed into the field proves the game is reading keys before Ctrl-C is sent.
		session.type('12');
		await session.waitFor('▸ ∂z/∂x = [12');
		session.press('C-c');
		expect(await session.exitCode()).toBe(0);
	});

	it('shows "please enlarge" in a 40×10 terminal and recovers on resize', async () => {
		session = new TerminalSession([], {columns: 40, rows: 10});
		await session.waitFor(/Please enlarge the terminal/);
		session.resize(80, 24);
		await session.waitFor('Continue: The weighted sum');
		session.press('q');
		expect(await session.exitCode()).toBe(0);
	});
});

describe('without a terminal', () => {
	it('says a terminal is needed, names the commands that work, and exits 2', () => {
		const result = spawnSync(process.execPath, [cli], {input: '', encoding: 'utf8', env: {...process.env, CI: 'true'}});
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/needs an interactive terminal/);
		expect(result.stderr).toMatch(/list.*export.*validate.*--help/);
	});

	it('answers --version and --help', () => {
		expect(spawnSync(process.execPath, [cli, '--version'], {encoding: 'utf8'}).stdout.trim()).toMatch(
			/^\d+\.\d+\.\d+$/,
		);
		expect(spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'}).stdout).toContain(
			'backprop-quest validate PATH',
		);
	});
});
