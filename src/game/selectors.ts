import type {Field} from '../levels/answers.js';
import type {Level} from '../levels/loader.js';
import {caretIn} from './caret.js';
import {hintKey, hintLadder} from './hints.js';
import type {PlayState} from './slices/play.js';
import type {GameState} from './store.js';

// Derived state, named once. Pass them to useGame or call them on getState().

/** The level being played, or undefined on the menu. */
export function currentLevel(state: GameState): Level | undefined {
	const id = state.play?.levelId;
	if (id === undefined) return undefined;
	return state.practice?.levels.find(l => l.id === id) ?? state.levels.find(l => l.id === id);
}

/**
 * Whether a grid cell's text is selected, so the next key typed replaces it: a cell marked ✗, or one a move
 * has just entered, until Home or End puts the caret in its text to edit it.
 */
export function typesOver(play: PlayState, cellId: string): boolean {
	const marked = play.wrongCells?.[cellId] === true || play.enteredCell === cellId;
	return marked && play.caret?.fieldId !== cellId && (play.drafts[cellId] ?? '') !== '';
}

/** Whether the level being played trains live (a lab or one-weight descent). */
export function isLab(state: GameState): boolean {
	return state.labSession !== undefined;
}

/**
 * Whether the level being played is finished and scored: every answer field
 * solved (or shown by the solution), or for a lab, its goal reached.
 */
export function isComplete(state: GameState): boolean {
	const level = currentLevel(state);
	const play = state.play;
	if (level === undefined || play === undefined) return false;
	if (isLab(state)) return state.lab?.status === 'goal';
	return level.fields.length > 0 && level.fields.every(f => play.solved[f.id] === true);
}

/** The best stars already kept for the level being played, if it was solved before. */
export function keptStars(state: GameState): number | undefined {
	const id = state.play?.levelId;
	const record = id === undefined ? undefined : state.progress.levels[id];
	return record?.status === 'solved' && record.stars > 0 ? record.stars : undefined;
}

/** The text typed into the focused answer field. */
export function focusedDraft(state: GameState): string {
	const field = currentLevel(state)?.fields[state.play?.focus ?? -1];
	return field === undefined ? '' : (state.play?.drafts[field.id] ?? '');
}

/** Where the caret stands in the focused draft, in characters from its start. */
export function focusedCaret(state: GameState): number {
	const field = currentLevel(state)?.fields[state.play?.focus ?? -1];
	return field === undefined ? 0 : caretIn(state.play?.caret, field.id, focusedDraft(state));
}

/**
 * The hint `h` would show on an answer level: for the focused field, or the
 * next unsolved one after it when the focused one is solved; `index` is the
 * rung (0-based) and `total` the ladder's length, so index = total means no more.
 */
export function nextHint(
	state: GameState,
): {readonly field: Field; readonly focus: number; readonly index: number; readonly total: number} | undefined {
	const level = currentLevel(state);
	const play = state.play;
	if (level === undefined || play === undefined || level.fields.length === 0) return undefined;
	const count = level.fields.length;
	let focus = play.focus;
	for (let step = 0; step < count && play.solved[level.fields[focus]?.id ?? ''] === true; step++)
		focus = (play.focus + step + 1) % count;
	const field = level.fields[focus];
	if (field === undefined) return undefined;
	return {field, focus, index: play.hintRungs[hintKey(field)] ?? 0, total: hintLadder(level, field).length};
}

/** Where a find-the-bug level counts the hints it gave before its row was found. */
export const tableHints = 'table';

/**
 * The hint `h` offers, as the question before it is shown: its rung (1-based
 * `number`) of `total`, and the field it is for (none on a find-the-bug level
 * before its row is found, where the level's own hints come first).
 * Undefined when nothing would cost a star: a lab, or no hints left.
 */
export function hintOnOffer(
	state: GameState,
): {readonly label: string | undefined; readonly number: number; readonly total: number} | undefined {
	const level = currentLevel(state);
	const play = state.play;
	if (level === undefined || play === undefined || level.fields.length === 0) return undefined;
	if (level.table !== undefined && play.bugFound !== true) {
		const shown = play.hintRungs[tableHints] ?? 0;
		const total = level.spec.hints.length;
		return shown < total ? {label: undefined, number: shown + 1, total} : undefined;
	}
	const next = nextHint(state);
	if (next === undefined || next.index >= next.total) return undefined;
	return {label: next.field.cell?.grid.label ?? next.field.label, number: next.index + 1, total: next.total};
}
