import {spawnSync} from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
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
	it('JSON: one row per level in play order, with totals, versions and the player', () => {
		const doc = JSON.parse(exportScores({...base, format: 'json'}).stdout);
		expect(doc).toMatchObject({
			schemaVersion: 2,
			app: {name: 'backprop-quest', version: '0.1.0'},
			player: 'Ada',
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
			id: 'weighted-sum',
			solved: 'true',
			stars: '3',
			points: '300',
			timeSeconds: '61.5',
		});
		expect(text.split('\r\n')[0]).toBe(
			'id,chapter,title,solved,stars,points,attempts,hints,timeSeconds,firstSolvedAt,lastSolvedAt',
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

		it('refuses a device even with --force', () => {
			const result = exportScores({...base, format: 'csv', out: '/dev/null', force: true});
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/\/dev\/null is a device, not a regular file/);
		});
	});

	it('refuses an unknown format', () => {
		expect(exportScores({...base, format: 'xml'}).code).toBe(2);
	});
});
