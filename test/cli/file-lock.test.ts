import {mkdtempSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {withFileLock} from '../../src/cli/file-lock.js';
import {loadProgress, saveProgress, saveTestHooks} from '../../src/cli/storage.js';
import {emptyProgress, type Progress} from '../../src/game/progress.js';
import {serializeProgress} from '../../src/game/save-file.js';
import {withSolved} from '../support/levels.js';

const saveIn = () => join(mkdtempSync(join(tmpdir(), 'bpq-lock-')), 'progress.json');
const age = (path: string, seconds: number) => {
	const then = Date.now() / 1000 - seconds;
	utimesSync(path, then, then);
};
const ownStart = () => {
	const stat = readFileSync('/proc/self/stat', 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};
const onLinux = process.platform === 'linux';

describe('the save lock', () => {
	it('clears an empty lock left by a process killed before it wrote its pid', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, '');
		age(`${save}.lock`, 2);
		expect(withFileLock(save, () => 'saved')).toBe('saved');
	});

	it('clears a lock whose owner is gone', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `999999999\n${hostname()}\n`);
		expect(withFileLock(save, () => 'saved')).toBe('saved');
	});

	it('waits for a live owner, then says the save is held by another game', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `${process.pid}\n${hostname()}\n`);
		expect(() => withFileLock(save, () => 'saved', {waitMs: 100})).toThrow(/held by another backprop-quest/);
	});

	it('never takes a live owner’s lock for its age, however old', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `${process.pid}\n${hostname()}\n`);
		age(`${save}.lock`, 3600);
		expect(() => withFileLock(save, () => 'saved', {waitMs: 100})).toThrow(/held by another backprop-quest/);
		expect(readFileSync(`${save}.lock`, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
	});

	it.skipIf(!onLinux)('takes a lock whose pid now belongs to a process that started later', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `${process.pid}\n${hostname()}\n${Number(ownStart()) - 1}\ntoken\n`);
		expect(withFileLock(save, () => 'saved')).toBe('saved');
	});

	it('trusts a lock from another host while its heartbeat goes on, and takes it once it stops', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `4242\nanother-host\n\ntoken\n`);
		age(`${save}.lock`, 5);
		expect(() => withFileLock(save, () => 'saved', {waitMs: 100})).toThrow(/held by another backprop-quest/);
		age(`${save}.lock`, 31);
		expect(withFileLock(save, () => 'saved')).toBe('saved');
	});

	it('removes only its own lock: one another game put in its place stays', () => {
		const save = saveIn();
		const other = `4242\nanother-host\n\nother-token\n`;
		withFileLock(save, () => writeFileSync(`${save}.lock`, other));
		expect(readFileSync(`${save}.lock`, 'utf8')).toBe(other);
	});

	it('holds the lock with its pid, host and a token while the work runs, and removes it after', () => {
		const save = saveIn();
		const inside = withFileLock(save, lock => ({text: readFileSync(`${save}.lock`, 'utf8'), mine: lock.stillMine()}));
		expect(inside.mine).toBe(true);
		expect(inside.text).toMatch(new RegExp(`^${process.pid}\\n${hostname()}\\n\\d*\\n[0-9a-f]{24}\\n$`));
		expect(() => readFileSync(`${save}.lock`)).toThrow(/ENOENT/);
	});
});

describe('a save that loses the lock while it writes', () => {
	const solve = (progress: Progress, levelId: string): Progress => withSolved(progress, levelId, new Date());

	it('says so and saves again, keeping what the other game saved meanwhile', () => {
		const save = saveIn();
		const dir = join(save, '..');
		// Another game judges the lock stale, takes it, saves its own level and lets go, all during this save.
		saveTestHooks.beforeRename = () => {
			saveTestHooks.beforeRename = undefined;
			writeFileSync(`${save}.lock`, `4242\nanother-host\n\nother-token\n`);
			writeFileSync(save, serializeProgress(solve(emptyProgress, 'other-game'), 'test', new Date()));
			writeFileSync(`${save}.lock`, '');
			age(`${save}.lock`, 2);
		};
		const notes: string[] = [];
		try {
			expect(
				saveProgress(dir, solve(emptyProgress, 'this-game'), 'test', new Date(), {onNote: n => notes.push(n)}),
			).toBeUndefined();
		} finally {
			saveTestHooks.beforeRename = undefined;
		}
		expect(notes).toEqual([expect.stringMatching(/took the save lock while this one was saving; .* was saved again/)]);
		expect(Object.keys(loadProgress(dir).progress.levels).sort()).toEqual(['other-game', 'this-game']);
	});
});
