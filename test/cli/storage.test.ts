import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {resetProgress} from '../../src/cli/commands/reset.js';
import {loadProgress, resolveDataDir, saveFileName, saveProgress} from '../../src/cli/storage.js';
import {emptyProgress, type PlayResult, type Progress, recordPlay, solvedCount} from '../../src/game/progress.js';
import {serializeProgress} from '../../src/game/save-file.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'bpq-save-'));
const play: PlayResult = {
	levelId: 'mul-swap',
	stars: 2,
	solved: true,
	attempts: 3,
	hints: 1,
	timeMs: 12_345,
	finishedAt: new Date('2026-03-04T05:06:07.000Z'),
};
const played: Progress = recordPlay(emptyProgress, play);
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
		['a file with no version', '{"levels": {}}'],
		['a file whose levels are not a table', '{"version": 1, "levels": []}'],
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

	it('never lets one backup replace another made in the same millisecond', () => {
		const dir = fresh();
		writeFileSync(join(dir, saveFileName), 'first');
		loadProgress(dir, now);
		writeFileSync(join(dir, saveFileName), 'second');
		const loaded = loadProgress(dir, now);
		const stamp = join(dir, `${saveFileName}.bad-2026-05-06T07-08-09.000Z`);
		expect(readFileSync(stamp, 'utf8')).toBe('first');
		expect(readFileSync(`${stamp}-2`, 'utf8')).toBe('second');
		expect(loaded.warnings[0]).toContain(`${stamp}-2`);
	});

	it('leaves a save from a newer version untouched, plays in memory, and never writes over it', () => {
		const dir = fresh();
		const text = '{"version": 99, "levels": {}}';
		writeFileSync(join(dir, saveFileName), text);
		const loaded = loadProgress(dir, now);
		expect(loaded.progress).toEqual(emptyProgress);
		expect(loaded.warnings[0]).toMatch(/newer backprop-quest .* left untouched .* in memory only\. Update the game/);
		expect(saveProgress(dir, played, '0.1.0', now)).toMatch(/could not save progress .* not written over/);
		expect(readFileSync(join(dir, saveFileName), 'utf8')).toBe(text);
	});

	it('never writes over a save it cannot read, and says how to fix it', () => {
		const dir = fresh();
		// A folder in the save's place can't be read even by root, like a file without read permission.
		mkdirSync(join(dir, saveFileName));
		const loaded = loadProgress(dir, now);
		expect(loaded.warnings[0]).toMatch(/could not read .*progress\.json \(EISDIR.*left untouched.*chmod u\+rw/);
		expect(saveProgress(dir, played, '0.1.0', now)).toMatch(/could not save progress .*not written over/);
		expect(statSync(join(dir, saveFileName)).isDirectory()).toBe(true);
	});

	it('drops one bad record with a warning naming it, keeps the rest and a copy of the file as it was', () => {
		const dir = fresh();
		const good = {status: 'solved', stars: 2, points: 999, attempts: 1, hints: 0, timeMs: 5};
		const text = JSON.stringify({
			version: 1,
			app: '0.1.0',
			savedAt: '2026-01-01T00:00:00.000Z',
			levels: {keep: good, broken: {...good, stars: -1}},
		});
		writeFileSync(join(dir, saveFileName), text);
		const loaded = loadProgress(dir, now);
		expect(Object.keys(loaded.progress.levels)).toEqual(['keep']);
		// Points follow from stars, whatever the file says.
		expect(loaded.progress.levels.keep?.points).toBe(200);
		expect(loaded.warnings).toHaveLength(1);
		expect(loaded.warnings[0]).toMatch(/dropped a bad record .*levels\.broken\.stars: must be at least 0/);
		expect(readFileSync(join(dir, `${saveFileName}.bad-2026-05-06T07-08-09.000Z`), 'utf8')).toBe(text);
	});

	it('accepts a byte-order mark and a version written as text', () => {
		const dir = fresh();
		const text = serializeProgress(played, '0.1.0', now).replace('"version": 2', '"version": "2"');
		writeFileSync(join(dir, saveFileName), `\uFEFF${text}`);
		expect(loadProgress(dir)).toEqual({progress: played, warnings: []});
	});

	it('keeps levels named __proto__ and constructor as ordinary records', () => {
		const dir = fresh();
		const record = {status: 'solved', stars: 3, attempts: 1, hints: 0, timeMs: 5};
		writeFileSync(
			join(dir, saveFileName),
			`{"version": 1, "levels": {"__proto__": ${JSON.stringify(record)}, "other": ${JSON.stringify(record)}}}`,
		);
		const {progress} = loadProgress(dir);
		expect(Object.keys(progress.levels)).toEqual(['__proto__', 'other']);
		const id: string = 'constructor';
		expect(progress.levels[id]).toBeUndefined();
		const after = recordPlay(progress, {...play, levelId: 'constructor'});
		expect(after.levels[id]?.stars).toBe(2);
		expect(solvedCount(emptyProgress, ['constructor', 'toString'])).toBe(0);
	});

	it('merges two games on one folder instead of letting the last writer win', () => {
		const dir = fresh();
		const first = recordPlay(emptyProgress, {...play, levelId: 'a', stars: 1});
		const second = recordPlay(emptyProgress, {...play, levelId: 'b', stars: 3});
		expect(saveProgress(dir, first, '0.1.0', now)).toBeUndefined();
		expect(saveProgress(dir, second, '0.1.0', now)).toBeUndefined();
		// The first game improves on a level the second one also played: the best stars stay.
		const better = recordPlay(first, {...play, levelId: 'b', stars: 1});
		expect(saveProgress(dir, better, '0.1.0', now)).toBeUndefined();
		const {levels} = loadProgress(dir).progress;
		expect(Object.keys(levels).sort()).toEqual(['a', 'b']);
		expect(levels.a?.stars).toBe(1);
		expect(levels.b?.stars).toBe(3);
		expect(levels.b?.firstSolvedAt).toBe('2026-03-04T05:06:07.000Z');
	});

	it('removes temporary files left by a save that was killed', () => {
		const dir = fresh();
		saveProgress(dir, played, '0.1.0', now);
		writeFileSync(join(dir, `${saveFileName}.tmp-4242`), 'half');
		writeFileSync(join(dir, `${saveFileName}.tmp-0a1b2c3d4e5f6a7b`), 'half');
		expect(loadProgress(dir).progress).toEqual(played);
		expect(readdirSync(dir)).toEqual([saveFileName]);
	});

	it('says so when the data folder is a file', () => {
		const dir = fresh();
		writeFileSync(join(dir, 'file'), 'x');
		const loaded = loadProgress(join(dir, 'file'));
		expect(loaded.warnings[0]).toMatch(/the data folder .*file is not a folder .* --data-dir/);
		expect(saveProgress(join(dir, 'file'), played, '0.1.0', now)).toMatch(/is not a folder/);
		expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('x');
	});

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
		expect(warning).toMatch(/the data folder .*blocker.*sub is not a folder/);
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

describe('a save with what this version does not expect', () => {
	const good = {status: 'solved', stars: 3, points: 300, attempts: 1, hints: 0, timeMs: 5};
	const write = (file: Record<string, unknown>) => {
		const dir = fresh();
		writeFileSync(join(dir, saveFileName), JSON.stringify(file));
		return dir;
	};

	it.each([
		['savedAt', 5, /savedAt: a number, not text/],
		['playerName', 123, /playerName: a number, not text/],
		['app', {}, /app: an object, not text/],
		['practice', [], /practice: a list, not a table of concepts/],
	] as const)(
		'drops %s of the wrong type with a warning naming it and keeps every level record',
		(field, value, named) => {
			const dir = write({version: 2, levels: {solved: good}, [field]: value});
			const loaded = loadProgress(dir, now);
			expect(Object.keys(loaded.progress.levels)).toEqual(['solved']);
			expect(loaded.warnings).toHaveLength(1);
			expect(loaded.warnings[0]).toMatch(/dropped a field of the wrong type from .*progress\.json/);
			expect(loaded.warnings[0]).toMatch(named);
			expect(loaded.warnings[0]).toMatch(/every level record is kept; the file as it was is kept as .*\.bad-/);
			// Play goes on from the solved level, and the next save writes a clean file.
			expect(saveProgress(dir, loaded.progress, '0.1.0', now)).toBeUndefined();
			expect(loadProgress(dir, now).warnings).toEqual([]);
		},
	);

	it('keeps unknown top-level fields and unknown practice concepts as they were through the next save', () => {
		const future = {
			version: 2,
			levels: {solved: good},
			cloudSync: {token: 'keep-me', every: 60},
			theme: 'dark',
			practice: {'softmax-jacobian': {answers: 4, whatever: [1, 2]}},
		};
		const dir = write(future);
		const loaded = loadProgress(dir, now);
		expect(loaded.warnings).toEqual([]);
		expect(saveProgress(dir, recordPlay(loaded.progress, play), '0.1.0', now)).toBeUndefined();
		const saved = JSON.parse(readFileSync(join(dir, saveFileName), 'utf8')) as Record<string, unknown>;
		expect(saved.cloudSync).toEqual(future.cloudSync);
		expect(saved.theme).toBe('dark');
		expect(saved.practice).toEqual(future.practice);
		expect(Object.keys(saved.levels as object).sort()).toEqual(['mul-swap', 'solved']);
		expect(saved.version).toBe(2);
	});

	it('never lets an unknown field stand in for one it writes', () => {
		const dir = write({version: 2, levels: {}, savedAt: '2020-01-01T00:00:00.000Z'});
		expect(saveProgress(dir, played, '0.1.0', now)).toBeUndefined();
		expect(JSON.parse(readFileSync(join(dir, saveFileName), 'utf8')).savedAt).toBe(now.toISOString());
	});

	it.each([
		['"3.0"', '3.0'],
		['3', '3'],
		['2.1', '2.1'],
		['"v3"', 'v3'],
		['"3.0.1"', '3.0.1'],
	])('reads version %s as a newer game: left untouched and never called corrupt', (json, shown) => {
		const dir = fresh();
		const text = `{"version": ${json}, "levels": {"solved": ${JSON.stringify(good)}}}`;
		writeFileSync(join(dir, saveFileName), text);
		const loaded = loadProgress(dir, now);
		expect(loaded.warnings).toHaveLength(1);
		expect(loaded.warnings[0]).toContain(
			`newer backprop-quest (it has save format version ${shown}; this game reads version 2)`,
		);
		expect(loaded.warnings[0]).not.toMatch(/unreadable|corrupt/);
		expect(saveProgress(dir, played, '0.1.0', now)).toMatch(/not written over/);
		expect(readdirSync(dir)).toEqual([saveFileName]);
		expect(readFileSync(join(dir, saveFileName), 'utf8')).toBe(text);
	});
});

describe('a save far larger than any save', () => {
	it('is not read at all: left untouched, play in memory, never written over', () => {
		const dir = fresh();
		const file = join(dir, saveFileName);
		writeFileSync(file, '');
		truncateSync(file, 20 * 1024 * 1024);
		const loaded = loadProgress(dir, now);
		expect(loaded.progress).toEqual(emptyProgress);
		expect(loaded.warnings).toEqual([
			expect.stringMatching(
				/save file .*progress\.json is not read: it is 20 MB, far larger than any save \(at most 16 MB is read\)\. It is left untouched .*move it away/,
			),
		]);
		expect(saveProgress(dir, played, '0.1.0', now)).toMatch(/not written over; move it away/);
		expect(statSync(file).size).toBe(20 * 1024 * 1024);
		expect(readdirSync(dir)).toEqual([saveFileName]);
	});
});
