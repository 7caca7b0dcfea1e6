import * as z from 'zod/mini';
import {printable} from '../levels/clean-text.js';
import {isJsonObject} from '../levels/json-object.js';
import type {Language, Localized} from '../levels/language.js';
import {describeIssue, jsonPath} from '../levels/schema-issues.js';
import {type Concept, isConcept} from './practice/concepts.js';
import {type ConceptRecord, knownSlips, masteryWindow} from './practice/history.js';
import {type LevelRecord, type Progress, recordTable} from './progress.js';
import {pointsFor} from './scoring.js';

/**
 * The save-file format this version writes. Version 1 (no practice) is read
 * too and migrated: its levels as they were, an empty practice history.
 */
export const saveVersion = 2;

/**
 * Builds the schemas of a save's records. Only a save on disk needs them, so a
 * first start (no save yet) never builds them before its first frame.
 */
function buildRecordSchemas() {
	const isoDate = z.iso.datetime();
	const count = z.int().check(z.minimum(0));

	const record = z.strictObject({
		status: z.enum(['solved', 'seen']),
		stars: z.int().check(z.minimum(0), z.maximum(3)),
		// Points follow from stars; an old or hand-edited figure is not trusted.
		points: z.optional(z.number()),
		attempts: count,
		hints: count,
		timeMs: z.number().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
		firstSolvedAt: z.optional(isoDate),
		lastSolvedAt: z.optional(isoDate),
		solutionSeen: z.optional(z.boolean()),
	});

	const card = z.strictObject({
		due: isoDate,
		stability: z.number().check(z.minimum(0)),
		difficulty: z.number(),
		scheduledDays: z.number().check(z.minimum(0)),
		learningSteps: count,
		reps: count,
		lapses: count,
		state: z.enum(['new', 'learning', 'review', 'relearning']),
		lastReview: z.optional(isoDate),
	});

	const practiceRecord = z.strictObject({
		answers: count,
		right: count,
		mistakes: z.record(z.string().check(z.regex(/^[A-Za-z]+$/)), count),
		fields: count,
		firstTimeRight: count,
		levels: count,
		cleanLevels: count,
		streak: count,
		card,
		lastPracticedAt: isoDate,
		recent: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(10))),
		byRole: z.optional(
			z.record(z.string().check(z.regex(/^[a-z]+$/)), z.strictObject({fields: count, firstTimeRight: count})),
		),
		recentFirstTries: z.optional(z.string().check(z.regex(new RegExp(`^[01]{0,${masteryWindow}}$`)))),
	});
	return {record, practiceRecord};
}

let recordSchemas: ReturnType<typeof buildRecordSchemas> | undefined;
/** The record schemas, built the first time a save is read. */
const schemas = () => {
	recordSchemas ??= buildRecordSchemas();
	return recordSchemas;
};

/** The top-level fields this version reads; any other is a newer game's and is kept as it was. */
const knownFields = new Set(['version', 'app', 'savedAt', 'playerName', 'levels', 'practice']);

const isTable = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: unknown): string =>
	value === null
		? 'null'
		: Array.isArray(value)
			? 'a list'
			: typeof value === 'object'
				? 'an object'
				: `a ${typeof value}`;

/** What a value is, in Korean: the kind of JSON value found where another was expected. */
const kindInKorean = (value: unknown): string =>
	value === null
		? 'null'
		: Array.isArray(value)
			? '목록'
			: typeof value === 'object'
				? '객체'
				: typeof value === 'number'
					? '수'
					: typeof value === 'boolean'
						? '참/거짓 값'
						: typeof value;

/**
 * The version a save was written with, in any form a game may have used:
 * 2, "2", "3.0", "v3", 3.1. Undefined when there is no version to read.
 */
function versionOf(raw: unknown): number | undefined {
	if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
	if (typeof raw !== 'string') return undefined;
	const match = /^\s*v?(\d+(?:\.\d+)?)(?:\.\d+)*\s*$/i.exec(raw);
	return match === null ? undefined : Number(match[1]);
}

export type ParsedSave =
	| {
			readonly ok: true;
			readonly progress: Progress;
			/** One line per record that was dropped, in the language asked for; the rest of the save is kept. */
			readonly dropped: readonly string[];
			/** One line per top-level field of the wrong type that was dropped (`savedAt: …`); the records are kept. */
			readonly droppedFields: readonly string[];
	  }
	| {
			readonly ok: false;
			/** `corrupt`: not a save at all (set aside); `newer`: a format this version can't read (left alone). */
			readonly kind: 'corrupt' | 'newer';
			readonly reason: string;
			/** The reason in every language, for the warning a player reads. */
			readonly said: Localized<string>;
	  };

const refused = (kind: 'corrupt' | 'newer', said: Localized<string>): ParsedSave => ({
	ok: false,
	kind,
	reason: said.en,
	said,
});

/** Progress as the JSON text of a save file. */
export function serializeProgress(progress: Progress, appVersion: string, savedAt: Date): string {
	const levels: Record<string, unknown> = Object.create(null);
	for (const [id, r] of Object.entries(progress.levels)) levels[id] = {...r, points: pointsFor(r.stars)};
	const practice = {...progress.unread?.practice, ...progress.practice};
	const file = {
		// A newer game's fields first, so none of them can stand in for one this version writes.
		...progress.unread?.fields,
		version: saveVersion,
		app: appVersion,
		savedAt: savedAt.toISOString(),
		playerName: progress.playerName,
		levels,
		practice,
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a save file's text. A file that is not a save of this version is refused
 * with a reason; inside a good save, a bad record is dropped and named, and the
 * others are kept. A leading byte-order mark is accepted. Dropped records and
 * fields are described in `lang`, since the player reads them as warnings.
 */
export function parseSave(text: string, lang: Language = 'en'): ParsedSave {
	let json: unknown;
	try {
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch {
		return refused('corrupt', {
			en: 'it is not valid JSON (truncated or corrupt)',
			ko: 'JSON 형식이 아닙니다(잘렸거나 손상됨)',
		});
	}
	if (!isJsonObject(json)) {
		return refused('corrupt', {
			en: 'it is not a save file (no JSON object)',
			ko: '저장 파일이 아닙니다(JSON 객체가 없음)',
		});
	}
	const raw = json;
	const version = versionOf(raw.version);
	// A version this game does not know is a newer game's, in whatever form it is written: never set aside as corrupt.
	if (version !== undefined && version !== 1 && version !== saveVersion && version > 0) {
		const shown = printable(String(raw.version));
		return refused('newer', {
			en: `it has save format version ${shown}; this game reads version ${saveVersion}`,
			ko: `저장 형식 버전이 ${shown}입니다. 이 게임은 버전 ${saveVersion}까지 읽습니다`,
		});
	}
	if (version !== saveVersion && version !== 1) {
		const shown = printable(JSON.stringify(raw.version) ?? 'none');
		return refused('corrupt', {
			en: `it is not a save file (version: ${shown})`,
			ko: `저장 파일이 아닙니다(version: ${shown})`,
		});
	}
	if (!isTable(raw.levels)) {
		return refused('corrupt', {
			en: `it is not a valid save file (levels: ${raw.levels === undefined ? 'missing' : `${kindOf(raw.levels)}, not a table of levels`})`,
			ko: `올바른 저장 파일이 아닙니다(levels: ${raw.levels === undefined ? '없음' : '레벨 표가 아님'})`,
		});
	}
	// A header field of the wrong type is dropped and named; the level records never depend on it.
	const droppedFields: string[] = [];
	const textField = (name: 'app' | 'savedAt' | 'playerName'): string | undefined => {
		const value = raw[name];
		if (value === undefined || typeof value === 'string') return value;
		droppedFields.push(
			lang === 'ko' ? `${name}: 문자열이 아니라 ${kindInKorean(value)}입니다` : `${name}: ${kindOf(value)}, not text`,
		);
		return undefined;
	};
	textField('app');
	textField('savedAt');
	const playerName = textField('playerName');
	let rawPractice: Record<string, unknown> = {};
	if (isTable(raw.practice)) rawPractice = raw.practice;
	else if (raw.practice !== undefined)
		droppedFields.push(
			lang === 'ko'
				? `practice: 개념 표가 아니라 ${kindInKorean(raw.practice)}입니다`
				: `practice: ${kindOf(raw.practice)}, not a table of concepts`,
		);
	const invalid = lang === 'ko' ? '올바르지 않습니다' : 'invalid';
	const unreadFields: Record<string, unknown> = Object.create(null);
	for (const key of Object.keys(raw)) if (!knownFields.has(key)) unreadFields[key] = raw[key];
	const unreadPractice: Record<string, unknown> = Object.create(null);
	const levels = recordTable();
	const dropped: string[] = [];
	// Own keys of the parsed JSON, so a level named `__proto__` is an ordinary record.
	const rawLevels = raw.levels;
	for (const id of Object.keys(rawLevels)) {
		const parsed = schemas().record.safeParse(rawLevels[id], {reportInput: true});
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const where = jsonPath(['levels', id, ...(issue?.path ?? [])]);
			// The id comes from the file and may hold anything; it is shown, never obeyed.
			dropped.push(printable(`${where}: ${issue === undefined ? invalid : describeIssue(issue, lang)}`));
			continue;
		}
		const r = parsed.data;
		const kept: LevelRecord = {
			status: r.status,
			stars: r.stars,
			points: pointsFor(r.stars),
			attempts: r.attempts,
			hints: r.hints,
			timeMs: r.timeMs,
			firstSolvedAt: r.firstSolvedAt,
			lastSolvedAt: r.lastSolvedAt,
			...(r.solutionSeen === true ? {solutionSeen: true} : {}),
		};
		levels[id] = kept;
	}
	const practice: Partial<Record<Concept, ConceptRecord>> = {};
	for (const concept of Object.keys(rawPractice)) {
		const where = jsonPath(['practice', concept]);
		// A concept this version does not know (from a newer game) is kept as it was, not an error.
		if (!isConcept(concept)) {
			unreadPractice[concept] = rawPractice[concept];
			continue;
		}
		const parsed = schemas().practiceRecord.safeParse(rawPractice[concept], {reportInput: true});
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			dropped.push(
				`${jsonPath(['practice', concept, ...(issue?.path ?? [])]) || where}: ${issue === undefined ? invalid : describeIssue(issue, lang)}`,
			);
			continue;
		}
		const {card: c, ...rest} = parsed.data;
		// A mistake this version doesn't diagnose (renamed, or from a newer game) still counts, as `other`.
		practice[concept] = {...rest, mistakes: knownSlips(rest.mistakes), card: {...c, lastReview: c.lastReview}};
	}
	const unread =
		Object.keys(unreadFields).length === 0 && Object.keys(unreadPractice).length === 0
			? undefined
			: {fields: unreadFields, practice: unreadPractice};
	return {
		ok: true,
		progress: {levels, playerName, practice, ...(unread === undefined ? {} : {unread})},
		dropped,
		droppedFields,
	};
}
