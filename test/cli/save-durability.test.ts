import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildSync} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadProgress, saveFileName} from '../../src/cli/storage.js';

const work = mkdtempSync(join(tmpdir(), 'bpq-durable-'));
const child = join(work, 'save-child.mjs');
beforeAll(() => {
	buildSync({
		entryPoints: ['test/support/save-child.ts'],
		outfile: child,
		bundle: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'error',
	});
});

/** Resolves with what the child printed once it has printed `lines` lines, then kills it with SIGKILL. */
function killAfter(proc: ChildProcess, lines: number, extraMs: number): Promise<string> {
	return new Promise((resolve, reject) => {
		let out = '';
		let armed = false;
		proc.stdout?.setEncoding('utf8');
		proc.stdout?.on('data', (chunk: string) => {
			out += chunk;
			if (!armed && out.split('\n').length > lines) {
				armed = true;
				setTimeout(() => proc.kill('SIGKILL'), extraMs);
			}
		});
		proc.on('error', reject);
		proc.on('close', () => resolve(out));
	});
}

describe('a save killed at any moment', () => {
	it('loses no level that a save reported, over many kill -9 during saves', async () => {
		const dir = join(work, 'killed');
		let reported = -1;
		for (let round = 0; round < 15; round++) {
			const proc = spawn(process.execPath, [child, 'loop', dir], {stdio: ['ignore', 'pipe', 'inherit']});
			const out = await killAfter(proc, 1 + (round % 3), round % 4);
			expect(out).not.toMatch(/warning/);
			for (const match of out.matchAll(/^saved (\d+)$/gm)) reported = Math.max(reported, Number(match[1]));
			const loaded = loadProgress(dir);
			expect(loaded.warnings).toEqual([]);
			const ids = new Set(Object.keys(loaded.progress.levels));
			for (let n = 0; n <= reported; n++) expect(ids.has(`level-${n}`), `level-${n}`).toBe(true);
			// The start after a kill clears the half-written temporary files.
			expect(readdirSync(dir).filter(name => name !== saveFileName && !name.endsWith('.lock'))).toEqual([]);
		}
		expect(reported).toBeGreaterThan(10);
		// Fifteen starts and fsynced saves: slow on a busy 2-core machine.
	}, 60_000);
});

describe.skipIf(process.platform === 'win32')('a save that hits the file-size limit', () => {
	it('fails with a warning and keeps the save that was there', () => {
		const dir = join(work, 'limited');
		// ulimit -f counts 1024-byte blocks: 64 KB fits a small save, not a 200 KB one.
		const result = spawnSync('bash', ['-c', `ulimit -f 64 && exec "$0" "$1" grow "$2"`, process.execPath, child, dir], {
			encoding: 'utf8',
		});
		expect(result.stdout).toMatch(/^small saved$/m);
		expect(result.stdout).toMatch(
			/^big could not save progress to .*progress\.json \(EFBIG: the file size limit was reached\)/m,
		);
		const loaded = loadProgress(dir);
		expect(loaded.warnings).toEqual([]);
		expect(Object.keys(loaded.progress.levels)).toEqual(['small']);
		expect(readdirSync(dir)).toEqual([saveFileName]);
	});
});

/** Runs the child to its end, resolving with what it printed; `onLine` sees each line as it comes. */
function runChild(args: string[], onLine: (line: string) => void = () => {}): Promise<string> {
	return new Promise((resolve, reject) => {
		const proc = spawn(process.execPath, [child, ...args], {stdio: ['ignore', 'pipe', 'inherit']});
		let out = '';
		proc.stdout.setEncoding('utf8');
		proc.stdout.on('data', (chunk: string) => {
			out += chunk;
			for (const line of chunk.split('\n')) if (line !== '') onLine(line);
		});
		proc.on('error', reject);
		proc.on('close', () => resolve(out));
	});
}

describe('two games saving at once', () => {
	it('never takes the lock from a live game whose save outlasts the old 10 s limit, and keeps both levels', async () => {
		const dir = join(work, 'two-games');
		let second: Promise<string> | undefined;
		const first = runChild(['slow', dir, 'first-game-level'], line => {
			// While the first game holds the lock, the second solves a level and then quits.
			if (line === 'holding') second = runChild(['quit', dir, 'second-game-level']);
		});
		expect(await first).toMatch(/^slow saved$/m);
		const out = await (second ?? Promise.reject(new Error('the first game never took the lock')));
		// The save after the level waited 2 s and said the lock was held; the one at quit waited its turn.
		expect(out).toMatch(/^level could not save progress .*ELOCKED: another backprop-quest kept the save locked/m);
		expect(out).toMatch(/^quit saved$/m);
		const loaded = loadProgress(dir);
		expect(loaded.warnings).toEqual([]);
		expect(Object.keys(loaded.progress.levels).sort()).toEqual(['first-game-level', 'second-game-level']);
		expect(readdirSync(dir)).toEqual([saveFileName]);
	}, 40_000);
});
