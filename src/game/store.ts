import {createStore, type StateCreator, type StoreApi} from 'zustand/vanilla';
import type {Language} from '../levels/language.js';
import type {Level} from '../levels/loader.js';
import type {Concept} from './practice/concepts.js';
import type {Progress} from './progress.js';
import {createLabSlice, type LabSlice} from './slices/lab.js';
import {createMenuSlice, type MenuSlice, type Notice} from './slices/menu.js';
import {createPlaySlice, type PlaySlice} from './slices/play.js';
import {createPracticeSlice, type PracticeSlice} from './slices/practice.js';

export {currentLevel, focusedCaret, focusedDraft, isComplete, isLab} from './selectors.js';
export type {LabSlice} from './slices/lab.js';
export type {MenuSlice, Notice, Overlay, Screen} from './slices/menu.js';
export type {Feedback, LevelOutcome, PlaySlice, PlayState} from './slices/play.js';

/** The whole game state: zustand slices for the menu, the level being played and its lab. */
export type GameState = MenuSlice & PlaySlice & LabSlice & PracticeSlice;

export type GameStore = StoreApi<GameState>;

/** One slice of the store; it may read and call the others through `get`. */
export type SliceCreator<Slice> = StateCreator<GameState, [], [], Slice>;

export type GameOptions = {
	readonly lang: Language;
	readonly levels: readonly Level[];
	readonly progress: Progress;
	readonly warnings?: readonly string[];
	/** Opens this level instead of the menu. */
	readonly startLevel?: string | undefined;
	/** Starts a practice session instead of the menu (`backprop-quest practice`). */
	readonly startPractice?: {readonly concept?: Concept | undefined; readonly seed?: number | undefined} | undefined;
	/** Milliseconds since the epoch; tests pass a fake clock. */
	readonly now?: () => number;
	/** Called with the new progress after every finished level; a returned string is shown as a warning. */
	readonly onProgress?: (progress: Progress) => string | undefined;
	/** Lab levels step on a key instead of animating. @default false */
	readonly reducedMotion?: boolean;
	/** The screen-reader setting as saved, and how to save a change to it (the help's s key). */
	readonly screenReader?: {readonly on: boolean; readonly save: (on: boolean) => string | undefined} | undefined;
	/** Writes the scores somewhere and says where; used by the menu's export key. */
	readonly exportScores?: (progress: Progress) => Notice;
};

/** A vanilla store (no React): the key dispatcher reads it with getState(), screens with selectors. */
export function createGameStore(options: GameOptions): GameStore {
	const store = createStore<GameState>()((...api) => ({
		...createMenuSlice(options)(...api),
		...createPlaySlice(options)(...api),
		...createLabSlice(...api),
		...createPracticeSlice(options)(...api),
	}));
	// A new screen's practice lines speak of the time it opened.
	store.subscribe((state, previous) => {
		if (state.screen !== previous.screen) state.readClock();
	});
	// Start-up takes the same way into a level as the menu does.
	if (options.startLevel !== undefined) store.getState().enterLevel(options.startLevel);
	else if (options.startPractice !== undefined)
		store.getState().startPractice(options.startPractice.concept, options.startPractice.seed);
	return store;
}
