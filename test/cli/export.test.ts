import {spawnSync} from 'node:child_process';
import {
	chmodSync,
	chownSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {exportScores} from '../../src/cli/commands/export.js';
import {scoreRows, scoresCsv} from '../../src/game/export.js';
import {emptyProgress, type Progress, recordPlay} from '../../src/game/progress.js';
import {loadLevelPack} from '../../src/levels/loader.js';

const levels = loadLevelPack('levels').levels;
const progress: Progress = [
	{levelId: 'weighted-sum', stars: 3},
	{levelId: 'activation', stars: 2},
].reduce<Progress>(
	(p, {levelId, stars}) =>
		recordPlay(p, {
			levelId,
			stars,
			solved: true,
			attempts: 2,
			hints: 3 - stars,
			timeMs: 61_500,
			finishedAt: new Date('2026-01-02T03:04:05.000Z'),
		}),
	{...emptyProgress, playerName: 'Ada'} as Progress,
);
const base = {
	levels,
	progress,
	lang: 'en' as const,
	out: undefined,
	force: false,
	appVersion: '0.1.0',
	now: new Date('2026-02-03T04:05:06.000Z'),
};

describe('export', () => {
	it('JSON: one row per level in play order, with totals, versions, the player and the pack', () => {
		const doc = JSON.parse(exportScores({...base, format: 'json', pack: 'period-3'}).stdout);
		expect(doc).toMatchObject({
			schemaVersion: 3,
			app: {name: 'backprop-quest', version: '0.1.0'},
			player: 'Ada',
			pack: 'period-3',
			exportedAt: '2026-02-03T04:05:06.000Z',
			totals: {levels: levels.length, solved: 2, stars: 5, points: 500, timeSeconds: 123},
		});
		expect(doc.levels.map((r: {id: string}) => r.id)).toEqual(levels.map(l => l.id));
		expect(doc.levels[1]).toEqual({
			id: 'activation',
			chapter: 'Forward pass',
			title: 'Through the activation',
			solved: true,
			stars: 2,
			points: 200,
			attempts: 2,
			hints: 1,
			timeSeconds: 61.5,
			firstSolvedAt: '2026-01-02T03:04:05.000Z',
			lastSolvedAt: '2026-01-02T03:04:05.000Z',
		});
		expect(doc.levels[2]).toMatchObject({id: 'error', solved: false, stars: 0, firstSolvedAt: ''});
	});

	it('CSV parses back with a real CSV parser and matches the progress', () => {
		const text = exportScores({...base, format: 'csv'}).stdout;
		const records = parse(text, {columns: true}) as Record<string, string>[];
		expect(records).toHaveLength(levels.length);
		expect(records[0]).toMatchObject({
			player: 'Ada',
			pack: 'built-in',
			id: 'weighted-sum',
			solved: 'true',
			stars: '3',
			points: '300',
			timeSeconds: '61.5',
		});
		expect(text.split('\r\n')[0]).toBe(
			'player,pack,id,chapter,title,solved,stars,points,attempts,hints,timeSeconds,firstSolvedAt,lastSolvedAt',
		);
	});

	it('CSV quotes commas, quotes and line breaks (RFC 4180)', () => {
		const rows = scoreRows(levels.slice(0, 1), emptyProgress, 'en').map(r => ({...r, title: 'a, "b"\nc'}));
		const text = scoresCsv(rows);
		expect(text).toContain('"a, ""b""\nc"');
		expect((parse(text, {columns: true}) as Record<string, string>[])[0]?.title).toBe('a, "b"\nc');
	});

	it('Korean titles survive the round trip under --lang ko', () => {
		const records = parse(exportScores({...base, lang: 'ko', format: 'csv'}).stdout, {columns: true}) as Record<
			string,
			string
		>[];
		expect(records[0]).toMatchObject({chapter: '순전파', title: '가중합'});
	});

	it('--out writes a file and refuses to overwrite it without --force', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'bpq-export-')), 'scores.csv');
		expect(exportScores({...base, format: 'csv', out}).code).toBe(0);
		expect(existsSync(out)).toBe(true);
		writeFileSync(out, 'keep me');
		const refused = exportScores({...base, format: 'csv', out});
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('already exists; add --force');
		expect(readFileSync(out, 'utf8')).toBe('keep me');
		expect(exportScores({...base, format: 'csv', out, force: true}).code).toBe(0);
		expect(readFileSync(out, 'utf8')).toContain('weighted-sum');
	});

	it('CSV shows a cell a spreadsheet would run as a formula as text, and JSON keeps it exact', () => {
		const dangerous = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1)', '\tx', '\rx'];
		const rows = scoreRows(levels.slice(0, dangerous.length), emptyProgress, 'en').map((r, i) => ({
			...r,
			id: dangerous[i] ?? '',
			chapter: dangerous[i] ?? '',
			title: dangerous[i] ?? '',
		}));
		const records = parse(scoresCsv(rows), {columns: true}) as Record<string, string>[];
		for (const [i, text] of dangerous.entries()) {
			expect(records[i]).toMatchObject({id: `'${text}`, chapter: `'${text}`, title: `'${text}`});
		}
		// Numbers and plain text are left alone.
		expect(records[0]).toMatchObject({stars: '0', timeSeconds: '0'});
		const plain = parse(exportScores({...base, format: 'csv'}).stdout, {columns: true}) as Record<string, string>[];
		expect(plain[0]?.title).toBe('The weighted sum');
	});

	describe('--out', () => {
		const folder = () => mkdtempSync(join(tmpdir(), 'bpq-export-'));

		it('follows a link to a regular file only with --force, and writes the file, not over the link', () => {
			const dir = folder();
			writeFileSync(join(dir, 'real.csv'), 'old');
			symlinkSync('real.csv', join(dir, 'link.csv'));
			expect(exportScores({...base, format: 'csv', out: join(dir, 'link.csv')}).code).toBe(1);
			expect(exportScores({...base, format: 'csv', out: join(dir, 'link.csv'), force: true}).code).toBe(0);
			expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
			expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toContain('weighted-sum');
		});

		it('refuses a dangling link, a folder and a FIFO, even with --force', () => {
			const dir = folder();
			symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.csv'));
			mkdirSync(join(dir, 'folder.csv'));
			const fifo = spawnSync('mkfifo', [join(dir, 'fifo.csv')]).status === 0;
			const cases: [string, RegExp][] = [
				['dangling.csv', /is a symbolic link to nothing/],
				['folder.csv', /is a folder, not a regular file/],
				...(fifo ? ([['fifo.csv', /is a FIFO, not a regular file/]] as [string, RegExp][]) : []),
			];
			for (const [name, message] of cases) {
				for (const force of [false, true]) {
					const result = exportScores({...base, format: 'csv', out: join(dir, name), force});
					expect(result.code).toBe(1);
					expect(result.stderr).toMatch(message);
				}
			}
			expect(existsSync(join(dir, 'nowhere'))).toBe(false);
			expect(readdirSync(dir).sort()).toEqual(
				['dangling.csv', 'fifo.csv', 'folder.csv'].filter(n => fifo || n !== 'fifo.csv'),
			);
		});

		it('refuses a read-only file even with --force and leaves it as it was', () => {
			const out = join(folder(), 'scores.csv');
			writeFileSync(out, 'keep me');
			chmodSync(out, 0o444);
			const result = exportScores({...base, format: 'csv', out, force: true});
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/scores\.csv is read-only, so it is not replaced, even with --force; .*chmod u\+w/);
			expect(readFileSync(out, 'utf8')).toBe('keep me');
			expect(statSync(out).mode & 0o777).toBe(0o444);
		});

		it('keeps the mode of the file it replaces, also through a link: a private file stays private', () => {
			const dir = folder();
			writeFileSync(join(dir, 'private.csv'), 'old');
			chmodSync(join(dir, 'private.csv'), 0o600);
			symlinkSync('private.csv', join(dir, 'link.csv'));
			expect(exportScores({...base, format: 'csv', out: join(dir, 'link.csv'), force: true}).code).toBe(0);
			expect(readFileSync(join(dir, 'private.csv'), 'utf8')).toContain('weighted-sum');
			expect(statSync(join(dir, 'private.csv')).mode & 0o777).toBe(0o600);
			writeFileSync(join(dir, 'shared.csv'), 'old');
			chmodSync(join(dir, 'shared.csv'), 0o664);
			expect(exportScores({...base, format: 'csv', out: join(dir, 'shared.csv'), force: true}).code).toBe(0);
			expect(statSync(join(dir, 'shared.csv')).mode & 0o777).toBe(0o664);
		});

		it.skipIf(process.getuid?.() !== 0)('writes through a link only to a file the user owns', () => {
			const dir = folder();
			writeFileSync(join(dir, 'theirs.csv'), 'not yours');
			chownSync(join(dir, 'theirs.csv'), 65534, 65534);
			symlinkSync('theirs.csv', join(dir, 'link.csv'));
			const result = exportScores({...base, format: 'csv', out: join(dir, 'link.csv'), force: true});
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/link\.csv is a symbolic link to .*theirs\.csv, which belongs to another user/);
			expect(readFileSync(join(dir, 'theirs.csv'), 'utf8')).toBe('not yours');
		});

		it('says when replacing a file detaches its hard links', () => {
			const dir = folder();
			writeFileSync(join(dir, 'scores.csv'), 'old');
			linkSync(join(dir, 'scores.csv'), join(dir, 'backup.csv'));
			const result = exportScores({...base, format: 'csv', out: join(dir, 'scores.csv'), force: true});
			expect(result.code).toBe(0);
			expect(result.stderr).toMatch(
				/note: .*scores\.csv has 1 other hard link; it keeps the old content, and .*scores\.csv becomes a file of its own/,
			);
			expect(readFileSync(join(dir, 'backup.csv'), 'utf8')).toBe('old');
			expect(readFileSync(join(dir, 'scores.csv'), 'utf8')).toContain('weighted-sum');
		});

		it('shows control characters in a file name as codes', () => {
			const out = join(folder(), 'a\u001B[2Jb.csv');
			writeFileSync(out, 'old');
			const result = exportScores({...base, format: 'csv', out});
			expect(result.stderr).toContain('a\\u001b[2Jb.csv already exists');
			expect(result.stderr).not.toContain('\u001B');
		});

		it('refuses a device even with --force', () => {
			const result = exportScores({...base, format: 'csv', out: '/dev/null', force: true});
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/\/dev\/null is a device, not a regular file/);
		});
	});

	it('refuses an unknown format, showing any control character in it as a code', () => {
		expect(exportScores({...base, format: 'xml'}).code).toBe(2);
		const result = exportScores({...base, format: 'x\u001B]0;owned\u0007'});
		expect(result.stderr).toBe("backprop-quest: --format takes json or csv, not 'x\\u001b]0;owned\\u0007'\n");
	});
});
