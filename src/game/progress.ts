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
};

export type Progress = {
	readonly levels: Readonly<Record<string, LevelRecord>>;
	readonly playerName: string | undefined;
};

export const emptyProgress: Progress = {levels: {}, playerName: undefined};

/** One finished play of a level. */
export type PlayResult = {
	readonly levelId: string;
	readonly stars: number;
	readonly solved: boolean;
	readonly attempts: number;
	readonly hints: number;
	readonly timeMs: number;
	readonly finishedAt: Date;
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
	};
	return {...progress, levels: {...progress.levels, [play.levelId]: record}};
}

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
