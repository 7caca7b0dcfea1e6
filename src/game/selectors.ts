import type {Level} from '../levels/loader.js';
import type {GameState} from './store.js';

// Derived state, named once. Pass them to useGame or call them on getState().

/** The level being played, or undefined on the menu. */
export function currentLevel(state: GameState): Level | undefined {
	const id = state.play?.levelId;
	if (id === undefined) return undefined;
	return state.practice?.levels.find(l => l.id === id) ?? state.levels.find(l => l.id === id);
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

/** The text typed into the focused answer field. */
export function focusedDraft(state: GameState): string {
	const field = currentLevel(state)?.fields[state.play?.focus ?? -1];
	return field === undefined ? '' : (state.play?.drafts[field.id] ?? '');
}
