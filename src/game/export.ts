import type {Language} from '../levels/language.js';
import type {Level} from '../levels/loader.js';
import {type ConceptRow, conceptCells, conceptColumns} from './practice/export-rows.js';
import type {Progress} from './progress.js';

/**
 * The export's format version; bump it when columns change. Version 2 added `concepts` (practice);
 * 3 the pack's name, the player and pack columns of the CSVs, and mistakes in words in their CSV.
 */
export const exportVersion = 3;

/** Who played which pack: the first two cells of every CSV row, so a class's files can be merged. */
export type ExportOwner = {readonly player: string | undefined; readonly pack: string};

export type ScoreRow = {
	readonly id: string;
	readonly chapter: string;
	readonly title: string;
	readonly solved: boolean;
	readonly stars: number;
	readonly points: number;
	readonly attempts: number;
	readonly hints: number;
	readonly timeSeconds: number;
	readonly firstSolvedAt: string;
	readonly lastSolvedAt: string;
};

export const scoreColumns: readonly (keyof ScoreRow)[] = [
	'id',
	'chapter',
	'title',
	'solved',
	'stars',
	'points',
	'attempts',
	'hints',
	'timeSeconds',
	'firstSolvedAt',
	'lastSolvedAt',
];

/** One row per level, in play order, whether or not it was played. */
export function scoreRows(levels: readonly Level[], progress: Progress, lang: Language): ScoreRow[] {
	return levels.map(level => {
		const r = progress.levels[level.id];
		return {
			id: level.id,
			chapter: level.chapter.title[lang],
			title: level.spec.title[lang],
			solved: r?.status === 'solved',
			stars: r?.stars ?? 0,
			points: r?.points ?? 0,
			attempts: r?.attempts ?? 0,
			hints: r?.hints ?? 0,
			timeSeconds: Math.round((r?.timeMs ?? 0) / 100) / 10,
			firstSolvedAt: r?.firstSolvedAt ?? '',
			lastSolvedAt: r?.lastSolvedAt ?? '',
		};
	});
}

export function scoresJson(
	rows: readonly ScoreRow[],
	meta: {appVersion: string; playerName: string | undefined; exportedAt: Date; pack?: string},
	concepts: readonly ConceptRow[] = [],
): string {
	const totals = {
		levels: rows.length,
		solved: rows.filter(r => r.solved).length,
		stars: rows.reduce((s, r) => s + r.stars, 0),
		points: rows.reduce((s, r) => s + r.points, 0),
		timeSeconds: Math.round(rows.reduce((s, r) => s + r.timeSeconds, 0) * 10) / 10,
	};
	const document = {
		schemaVersion: exportVersion,
		app: {name: 'backprop-quest', version: meta.appVersion},
		...(meta.playerName === undefined ? {} : {player: meta.playerName}),
		...(meta.pack === undefined ? {} : {pack: meta.pack}),
		exportedAt: meta.exportedAt.toISOString(),
		totals,
		levels: rows,
		concepts,
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * RFC 4180: CRLF line ends, a header row, fields with commas, quotes or line breaks quoted, quotes doubled.
 * A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading ' so it shows as text (OWASP's advice on CSV injection); numbers stay numbers.
 */
export function scoresCsv(rows: readonly ScoreRow[], owner: ExportOwner = noOwner): string {
	return csvTable(
		['player', 'pack', ...scoreColumns] as const,
		rows.map(r => ({player: owner.player ?? '', pack: owner.pack, ...r})),
	);
}

const noOwner: ExportOwner = {player: undefined, pack: ''};

/**
 * The practice record as CSV, one row per practised concept, by the same rules; mistakes as
 * `name count; name count`, with `mistakeName` putting each kind in words.
 */
export function conceptsCsv(
	rows: readonly ConceptRow[],
	owner: ExportOwner = noOwner,
	mistakeName: (kind: string) => string = kind => kind,
): string {
	return csvTable(
		['player', 'pack', ...conceptColumns] as const,
		rows.map(r => ({player: owner.player ?? '', pack: owner.pack, ...conceptCells(r, mistakeName)})),
	);
}

export function csvTable<Row>(columns: readonly (keyof Row)[], rows: readonly Row[]): string {
	const cell = (value: unknown) => {
		const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	};
	const lines = [columns.join(','), ...rows.map(row => columns.map(c => cell(row[c])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}
