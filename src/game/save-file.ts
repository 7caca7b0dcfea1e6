import * as z from 'zod/mini';
import {describeIssue, jsonPath} from '../levels/schema-issues.js';
import type {LevelRecord, Progress} from './progress.js';

/** The save-file format this version writes and reads. */
export const saveVersion = 1;

const isoDate = z.iso.datetime();
const count = z.int().check(z.minimum(0));

const record = z.strictObject({
	status: z.enum(['solved', 'seen']),
	stars: z.int().check(z.minimum(0), z.maximum(3)),
	points: count,
	attempts: count,
	hints: count,
	timeMs: z.number().check(z.minimum(0)),
	firstSolvedAt: z.optional(isoDate),
	lastSolvedAt: z.optional(isoDate),
});

const saveSchema = z.strictObject({
	version: z.literal(saveVersion),
	app: z.string(),
	savedAt: isoDate,
	playerName: z.optional(z.string()),
	levels: z.record(z.string(), record),
});

export type ParsedSave =
	| {readonly ok: true; readonly progress: Progress}
	| {readonly ok: false; readonly reason: string};

/** Progress as the JSON text of a save file. */
export function serializeProgress(progress: Progress, appVersion: string, savedAt: Date): string {
	const levels: Record<string, unknown> = {};
	for (const [id, r] of Object.entries(progress.levels)) levels[id] = {...r};
	const file = {
		version: saveVersion,
		app: appVersion,
		savedAt: savedAt.toISOString(),
		playerName: progress.playerName,
		levels,
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a save file's text; anything that is not a valid save of this version is refused with a reason. */
export function parseSave(text: string): ParsedSave {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {ok: false, reason: 'it is not valid JSON (truncated or corrupt)'};
	}
	const version = (json as {version?: unknown} | null)?.version;
	if (typeof version === 'number' && version !== saveVersion) {
		return {ok: false, reason: `it has save format version ${version}; this game reads version ${saveVersion}`};
	}
	const result = saveSchema.safeParse(json, {reportInput: true});
	if (!result.success) {
		const issue = result.error.issues[0];
		const where = issue === undefined ? 'top level' : jsonPath(issue.path) || 'top level';
		return {
			ok: false,
			reason: `it is not a valid save file (${where}: ${issue === undefined ? 'invalid' : describeIssue(issue)})`,
		};
	}
	const levels: Record<string, LevelRecord> = {};
	for (const [id, r] of Object.entries(result.data.levels)) {
		levels[id] = {...r, firstSolvedAt: r.firstSolvedAt, lastSolvedAt: r.lastSolvedAt};
	}
	return {ok: true, progress: {levels, playerName: result.data.playerName}};
}
