import {z} from 'zod';
import type {LevelRecord, Progress} from './progress.js';

/** The save-file format this version writes and reads. */
export const saveVersion = 1;

const isoDate = z.iso.datetime();

const record = z.strictObject({
	status: z.enum(['solved', 'seen']),
	stars: z.number().int().min(0).max(3),
	points: z.number().int().min(0),
	attempts: z.number().int().min(0),
	hints: z.number().int().min(0),
	timeMs: z.number().min(0),
	firstSolvedAt: isoDate.optional(),
	lastSolvedAt: isoDate.optional(),
});

const saveSchema = z.strictObject({
	version: z.literal(saveVersion),
	app: z.string(),
	savedAt: isoDate,
	playerName: z.string().optional(),
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
	const result = saveSchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0];
		return {
			ok: false,
			reason: `it is not a valid save file (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'})`,
		};
	}
	const levels: Record<string, LevelRecord> = {};
	for (const [id, r] of Object.entries(result.data.levels)) {
		levels[id] = {...r, firstSolvedAt: r.firstSolvedAt, lastSolvedAt: r.lastSolvedAt};
	}
	return {ok: true, progress: {levels, playerName: result.data.playerName}};
}
