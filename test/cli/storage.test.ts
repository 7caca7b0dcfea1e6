import {chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {resetProgress} from '../../src/cli/commands/reset.js';
import {loadProgress, resolveDataDir, saveFileName, saveProgress} from '../../src/cli/storage.js';
import {emptyProgress, type Progress, recordPlay} from '../../src/game/progress.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'bpq-save-'));
const played: Progress = recordPlay(emptyProgress, {
	levelId: 'mul-swap',
	stars: 2,
	solved: true,
	attempts: 3,
	hints: 1,
	timeMs: 12_345,
	finishedAt: new Date('2026-03-04T05:06:07.000Z'),
});
const now = new Date('2026-05-06T07:08:09.000Z');

describe('the data folder', () => {
	it('is --data-dir, then BACKPROP_QUEST_HOME, then the XDG data folder', () => {
		expect(resolveDataDir('/flag', {BACKPROP_QUEST_HOME: '/env'})).toBe('/flag');
		expect(resolveDataDir(undefined, {BACKPROP_QUEST_HOME: '/env'})).toBe('/env');
		expect(resolveDataDir(undefined, {XDG_DATA_HOME: '/xdg'})).toMatch(/backprop-quest$/);
	});
});

describe('saving and loading', () => {
	it('round-trips progress', () => {
		const dir = fresh();
		expect(saveProgress(dir, {...played, playerName: '민지'}, '0.1.0', now)).toBeUndefined();
		expect(loadProgress(dir)).toEqual({progress: {...played, playerName: '민지'}, warnings: []});
	});

	it('starts fresh without a warning when there is no save yet', () => {
		expect(loadProgress(join(fresh(), 'not-yet'))).toEqual({progress: emptyProgress, warnings: []});
	});

	const corrupt: [string, string][] = [
		['garbage', '\u0000\u0001 not json at all'],
		['a truncated file', '{"version": 1, "app": "0.1.0", "savedAt": "2026-'],
		['an unknown version', '{"version": 99, "levels": {}}'],
		[
			'a wrong shape',
			'{"version": 1, "app": "0.1.0", "savedAt": "2026-01-01T00:00:00.000Z", "levels": {"a": {"stars": 9}}}',
		],
	];
	for (const [what, text] of corrupt) {
		it(`moves ${what} aside to a backup, warns with its name, and starts fresh`, () => {
			const dir = fresh();
			writeFileSync(join(dir, saveFileName), text);
			const loaded = loadProgress(dir, now);
			expect(loaded.progress).toEqual(emptyProgress);
			const backup = join(dir, `${saveFileName}.bad-2026-05-06T07-08-09.000Z`);
			expect(readFileSync(backup, 'utf8')).toBe(text);
			expect(loaded.warnings).toHaveLength(1);
			expect(loaded.warnings[0]).toContain(backup);
			expect(existsSync(join(dir, saveFileName))).toBe(false);
		});
	}

	it('leaves the old save intact when a write was interrupted before the rename', () => {
		const dir = fresh();
		saveProgress(dir, played, '0.1.0', now);
		writeFileSync(join(dir, `${saveFileName}.tmp-4242`), '{"version": 1, "levels": {"half');
		expect(loadProgress(dir).progress).toEqual(played);
	});

	it('never leaves a temporary file behind after a save', () => {
		const dir = fresh();
		saveProgress(dir, played, '0.1.0', now);
		expect(readdirSync(dir)).toEqual([saveFileName]);
	});

	it('warns instead of throwing when the folder cannot be written', () => {
		const dir = fresh();
		writeFileSync(join(dir, 'blocker'), '');
		const warning = saveProgress(join(dir, 'blocker', 'sub'), played, '0.1.0', now);
		expect(warning).toMatch(/could not save progress to .*blocker.*progress\.json \(E\w+\); it is kept in memory/);
	});

	it.skipIf(process.getuid?.() === 0)('warns when the save folder is read-only', () => {
		const dir = fresh();
		chmodSync(dir, 0o500);
		expect(saveProgress(dir, played, '0.1.0', now)).toMatch(/could not save progress/);
		chmodSync(dir, 0o700);
	});
});

describe('reset', () => {
	it('keeps a backup and empties the progress with --yes', async () => {
		const dir = fresh();
		saveProgress(dir, played, '0.1.0', now);
		const result = await resetProgress(dir, {yes: true, interactive: false, appVersion: '0.1.0', now});
		expect(result.code).toBe(0);
		const backup = join(dir, `${saveFileName}.backup-2026-05-06T07-08-09.000Z`);
		expect(result.stdout).toContain(backup);
		expect(loadProgress(dir).progress).toEqual(emptyProgress);
		expect(JSON.parse(readFileSync(backup, 'utf8')).levels['mul-swap'].stars).toBe(2);
	});

	it('refuses without --yes when it cannot ask', async () => {
		const dir = fresh();
		saveProgress(dir, played, '0.1.0', now);
		const result = await resetProgress(dir, {yes: false, interactive: false, appVersion: '0.1.0', now});
		expect(result.code).toBe(2);
		expect(loadProgress(dir).progress).toEqual(played);
	});
});
