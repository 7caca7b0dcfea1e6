// Levels, fields, play states and progress for tests, each lookup failing with
// what the level or pack does have, so a mistyped id fails loudly instead of
// quietly testing `undefined`.
import {emptyProgress, type Progress, recordPlay} from '../../src/game/progress.js';
import type {PlayState} from '../../src/game/slices/play.js';
import type {Field} from '../../src/levels/answers.js';
import {type Level, loadLevelPack} from '../../src/levels/loader.js';

export const shippedLevels: readonly Level[] = loadLevelPack('levels').levels;

/** The shipped levels as a Korean game plays them: nodes with Korean labels go by them. */
export const koreanLevels: readonly Level[] = loadLevelPack('levels', {lang: 'ko'}).levels;

/** The level with this id; throws naming the ids the pack has. */
export function levelById(id: string, levels: readonly Level[] = shippedLevels): Level {
	const level = levels.find(l => l.id === id);
	if (level === undefined) throw new Error(`no level "${id}" in the pack; it has ${levels.map(l => l.id).join(', ')}`);
	return level;
}

/** The field with this id on a level; throws naming the fields the level has. */
export function fieldById(level: Level, id: string): Field {
	const field = level.fields.find(f => f.id === id);
	if (field === undefined) throw new Error(`level "${level.id}" has no field "${id}"; it has ${fieldIds(level)}`);
	return field;
}

const fieldIds = (level: Level) => level.fields.map(f => f.id).join(', ');

/** A play of a level just opened, with these fields already answered; an id the level lacks throws. */
export function playState(level: Level, {solved = []}: {solved?: readonly string[]} = {}): PlayState {
	for (const id of solved) fieldById(level, id);
	return {
		levelId: level.id,
		focus: 0,
		drafts: {},
		solved: Object.fromEntries(solved.map(id => [id, true])),
		revealed: {},
		attempts: 0,
		wrongAnswers: 0,
		hintsShown: 0,
		hintRungs: {},
		solutionShown: false,
		answerLog: {},
		startedAt: 0,
		feedback: undefined,
	};
}

/** The progress with one more level solved, 3 stars at the first try, finished at `at`. */
export function withSolved(progress: Progress, levelId: string, at = new Date(0)): Progress {
	return recordPlay(progress, {
		levelId,
		stars: 3,
		solved: true,
		attempts: 1,
		hints: 0,
		timeMs: 1000,
		finishedAt: at,
	});
}

/** Progress with every level of these chapters (by chapter id) solved with 3 stars at `at`. */
export function progressSolving(
	chapters: readonly string[],
	{at = new Date(0), levels = shippedLevels}: {at?: Date; levels?: readonly Level[]} = {},
): Progress {
	const known = new Set(levels.map(l => l.chapter.id));
	for (const chapter of chapters)
		if (!known.has(chapter)) throw new Error(`no chapter "${chapter}"; the pack has ${[...known].join(', ')}`);
	return levels
		.filter(l => chapters.includes(l.chapter.id))
		.reduce((progress, level) => withSolved(progress, level.id, at), emptyProgress);
}

/** Progress with every level before this one solved with 3 stars, so the menu's Continue opens it. */
export function progressBefore(
	id: string,
	{at = new Date(0), levels = shippedLevels}: {at?: Date; levels?: readonly Level[]} = {},
): Progress {
	return levels
		.slice(0, levels.indexOf(levelById(id, levels)))
		.reduce((progress, level) => withSolved(progress, level.id, at), emptyProgress);
}

/** The level's place in the shipped pack as the menu numbers it (from 1); throws naming the ids the pack has. */
export function levelNumber(id: string, levels: readonly Level[] = shippedLevels): number {
	return levels.indexOf(levelById(id, levels)) + 1;
}
