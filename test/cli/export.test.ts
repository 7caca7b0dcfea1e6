import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
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
			schemaVersion: 1,
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

	it('refuses an unknown format', () => {
		expect(exportScores({...base, format: 'xml'}).code).toBe(2);
	});
});
