import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {serializeProgress} from '../../src/game/save-file.js';
import {progressSolving} from '../support/levels.js';
import {hasTmux, TerminalSession} from './tmux.js';

// npm test builds dist/ before the tests run, so packing skips the prepack build.
const work = mkdtempSync(join(tmpdir(), 'bpq-pack-'));
const project = join(work, 'project');
let tarball = '';
let packed: {files: {path: string}[]; size: number}[] = [];

const npm = (args: string[], cwd: string) =>
	execFileSync('npm', [...args, '--no-audit', '--no-fund', `--cache=${join(work, 'npm-cache')}`], {
		cwd,
		encoding: 'utf8',
	});

beforeAll(() => {
	packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', `--pack-destination=${work}`], process.cwd()));
	tarball = join(work, readdirSync(work).find(f => f.endsWith('.tgz')) ?? '');
	execFileSync('mkdir', ['-p', project]);
	writeFileSync(join(project, 'package.json'), '{"name": "player", "private": true, "type": "module"}');
	npm(['install', tarball], project);
}, 120_000);

describe('the published package', () => {
	it('is under 1 MB and holds only the built code, levels, the READMEs and LICENSE', () => {
		expect(statSync(tarball).size).toBeLessThan(1024 * 1024);
		const paths = packed[0]?.files.map(f => f.path) ?? [];
		for (const path of paths) expect(path).toMatch(/^(dist\/|levels\/|README(\.ko)?\.md$|LICENSE$|package\.json$)/);
		expect(paths).toContain('dist/cli.js');
		// The CLI is split: commands and the game are chunks that dist/cli.js imports when they run.
		expect(paths.some(p => /^dist\/chunks\/play-\w+\.js$/.test(p))).toBe(true);
		expect(paths).toContain('dist/engine/index.js');
		expect(paths).toContain('dist/engine/index.d.ts');
		expect(paths).toContain('levels/01-forward-pass.json');
		// Screens past the menu and the practice generator load after the first frame: every chunk ships.
		const chunks = readdirSync('dist/chunks');
		expect(chunks.length).toBeGreaterThan(10);
		for (const chunk of chunks) expect(paths).toContain(`dist/chunks/${chunk}`);
	});

	it('declares no runtime dependencies', () => {
		const manifest = JSON.parse(execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], {encoding: 'utf8'}));
		expect(manifest.dependencies ?? {}).toEqual({});
	});

	const bin = () => join(project, 'node_modules', '.bin', 'backprop-quest');
	const run = (...args: string[]) =>
		spawnSync(bin(), args, {encoding: 'utf8', env: {...process.env, BACKPROP_QUEST_HOME: join(work, 'home')}});

	it('answers --version and --help from the installed copy without a terminal', () => {
		expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
		expect(run('--help').stdout).toContain('Progress is saved in');
	});

	it('lists the levels as JSON from the installed copy', () => {
		const levels = JSON.parse(run('list', '--json').stdout) as {id: string}[];
		expect(levels.length).toBeGreaterThanOrEqual(24);
	});

	it('exports scores from the installed copy', () => {
		const csv = run('export', '--format', 'csv').stdout;
		expect(csv.split('\r\n')[0]).toBe(
			'player,pack,id,chapter,title,solved,stars,points,attempts,hints,timeSeconds,firstSolvedAt,lastSolvedAt',
		);
	});

	it('lets a learner script the engine: import { Value } from "backprop-quest/engine"', () => {
		const script = join(project, 'example.mjs');
		writeFileSync(
			script,
			[
				"import { Value } from 'backprop-quest/engine';",
				'const x = new Value(-2), y = new Value(5), z = new Value(-4);',
				'const f = x.add(y).mul(z);',
				'f.backward();',
				'console.log(f.data, x.grad, y.grad, z.grad);',
			].join('\n'),
		);
		expect(execFileSync(process.execPath, [script], {cwd: project, encoding: 'utf8'}).trim()).toBe('-12 -4 -4 3');
	});

	describe.skipIf(!hasTmux)('played from the installed copy in a terminal', () => {
		let session: TerminalSession | undefined;
		afterEach(() => {
			session?.close();
			session = undefined;
		});

		it('draws the menu, then loads a level screen and the practice generator as the player reaches them', async () => {
			const home = mkdtempSync(join(work, 'home-'));
			writeFileSync(
				join(home, 'progress.json'),
				serializeProgress(progressSolving(['add-node'], {at: new Date()}), '0.1.0', new Date()),
			);
			const installed = join(project, 'node_modules', 'backprop-quest', 'dist', 'cli.js');
			session = new TerminalSession([], {home, program: installed});
			await session.waitFor('Practice: 1 review due');
			session.press('Enter');
			await session.waitFor('Compute the forward values:');
			session.press('Escape');
			await session.waitFor('Practice: 1 review due');
			session.type('p');
			await session.waitFor('practice 1/5');
		}, 30_000);
	});
});
