import {emptyHistory, mergeHistory, type PracticeHistory} from './practice/history.js';
import {pointsFor} from './scoring.js';

/** What the game remembers about one level, keyed by its id. */
export type LevelRecord = {
	/** `solved` once answered; `seen` when the solution was shown instead. */
	readonly status: 'solved' | 'seen';
	/** The best stars so far (0–3). */
	readonly stars: number;
	readonly points: number;
	/** Answers checked, right and wrong, over every play. */
	readonly attempts: number;
	readonly hints: number;
	/** Time spent playing the level, over every play, in milliseconds. */
	readonly timeMs: number;
	/** ISO 8601; undefined until first solved. */
	readonly firstSolvedAt: string | undefined;
	readonly lastSolvedAt: string | undefined;
	/** The worked solution was shown on some play: later plays earn at most `starsAfterSolution`. */
	readonly solutionSeen?: boolean | undefined;
};

export type Progress = {
	readonly levels: Readonly<Record<string, LevelRecord>>;
	readonly playerName: string | undefined;
	/** Practice answers and review schedule, per concept. */
	readonly practice: PracticeHistory;
	/** What a newer game wrote that this one can't read, written back as it was. */
	readonly unread?: UnreadSaveData | undefined;
};

/** Save-file data this version does not understand: top-level fields and practice concepts it doesn't know. */
export type UnreadSaveData = {
	readonly fields: Readonly<Record<string, unknown>>;
	readonly practice: Readonly<Record<string, unknown>>;
};

/**
 * A record table with no prototype: level ids come from packs and save files, so
 * `constructor` must not find Object's and `__proto__` must stay an ordinary key.
 */
export function recordTable(entries: Iterable<readonly [string, LevelRecord]> = []): Record<string, LevelRecord> {
	const table = Object.create(null) as Record<string, LevelRecord>;
	for (const [id, record] of entries) table[id] = record;
	return table;
}

export const emptyProgress: Progress = {levels: recordTable(), playerName: undefined, practice: emptyHistory};

/** One finished play of a level. */
export type PlayResult = {
	readonly levelId: string;
	readonly stars: number;
	readonly solved: boolean;
	readonly attempts: number;
	readonly hints: number;
	readonly timeMs: number;
	readonly finishedAt: Date;
	/** The worked solution was shown on this play. */
	readonly solutionShown?: boolean | undefined;
};

/** Folds a finished play into the progress; the best stars are kept and nothing earned is lost. */
export function recordPlay(progress: Progress, play: PlayResult): Progress {
	const before = progress.levels[play.levelId];
	const at = play.finishedAt.toISOString();
	const stars = Math.max(before?.stars ?? 0, play.stars);
	const solvedNow = play.solved;
	const record: LevelRecord = {
		status: before?.status === 'solved' || solvedNow ? 'solved' : 'seen',
		stars,
		points: pointsFor(stars),
		attempts: (before?.attempts ?? 0) + play.attempts,
		hints: (before?.hints ?? 0) + play.hints,
		timeMs: (before?.timeMs ?? 0) + play.timeMs,
		firstSolvedAt: before?.firstSolvedAt ?? (solvedNow ? at : undefined),
		lastSolvedAt: solvedNow ? at : before?.lastSolvedAt,
		...(before?.solutionSeen === true || play.solutionShown === true ? {solutionSeen: true} : {}),
	};
	const levels = recordTable(Object.entries(progress.levels));
	levels[play.levelId] = record;
	return {...progress, levels};
}

/**
 * Two saves of one player folded into one, so that progress only grows: a level
 * solved in either is solved, the best stars win, counters keep the larger
 * figure, the first solve is the earliest and the last solve the latest.
 * `mine` wins the player name when it has one.
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
	const levels = recordTable(Object.entries(theirs.levels));
	for (const [id, a] of Object.entries(mine.levels)) {
		const b = levels[id];
		levels[id] = b === undefined ? a : mergeRecords(a, b);
	}
	return {
		levels,
		playerName: mine.playerName ?? theirs.playerName,
		practice: mergeHistory(mine.practice, theirs.practice),
		unread: mergeUnread(mine.unread, theirs.unread),
	};
}

/** Both saves' unread data; the save on disk (`theirs`) was written last, so it wins a clash. */
function mergeUnread(mine: UnreadSaveData | undefined, theirs: UnreadSaveData | undefined): UnreadSaveData | undefined {
	if (mine === undefined || theirs === undefined) return theirs ?? mine;
	return {
		fields: Object.assign(Object.create(null), mine.fields, theirs.fields),
		practice: Object.assign(Object.create(null), mine.practice, theirs.practice),
	};
}

function mergeRecords(a: LevelRecord, b: LevelRecord): LevelRecord {
	const stars = Math.max(a.stars, b.stars);
	return {
		status: a.status === 'solved' || b.status === 'solved' ? 'solved' : 'seen',
		stars,
		points: pointsFor(stars),
		attempts: Math.max(a.attempts, b.attempts),
		hints: Math.max(a.hints, b.hints),
		timeMs: Math.max(a.timeMs, b.timeMs),
		firstSolvedAt: earliest(a.firstSolvedAt, b.firstSolvedAt),
		lastSolvedAt: latest(a.lastSolvedAt, b.lastSolvedAt),
		// Once either game has shown the solution, replays stay capped.
		...(a.solutionSeen === true || b.solutionSeen === true ? {solutionSeen: true} : {}),
	};
}

// ISO 8601 times in UTC compare correctly as text.
const earliest = (a: string | undefined, b: string | undefined) =>
	a === undefined ? b : b === undefined ? a : a < b ? a : b;
const latest = (a: string | undefined, b: string | undefined) =>
	a === undefined ? b : b === undefined ? a : a > b ? a : b;

/** Levels solved, among the given ids. */
export function solvedCount(progress: Progress, ids: readonly string[]): number {
	return ids.filter(id => progress.levels[id]?.status === 'solved').length;
}

/** The first level in play order that is not yet solved; undefined when all are. */
export function firstUnsolved(progress: Progress, ids: readonly string[]): string | undefined {
	return ids.find(id => progress.levels[id]?.status !== 'solved');
}

export function totalPoints(progress: Progress, ids: readonly string[]): number {
	return ids.reduce((sum, id) => sum + (progress.levels[id]?.points ?? 0), 0);
}
