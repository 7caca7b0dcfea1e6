import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {firstUnsolved, type Progress} from '../progress.js';
import {type PageLayout, pageStep, scrolledTop} from '../reading.js';
import type {GameOptions, SliceCreator} from '../store.js';

export type Screen = 'menu' | 'level' | 'result' | 'practice-summary' | 'practice-overview';
/** `intro` and `explanation` are the two reading overlays: a level's whole text, scrollable. */
export type Overlay = 'none' | 'help' | 'confirm-solution' | 'confirm-hint' | 'intro' | 'explanation' | 'glossary';

/** A one-line message on the menu. */
export type Notice =
	| {readonly kind: 'exported'; readonly files: readonly string[]}
	| {readonly kind: 'export-failed'; readonly error: string}
	/**
	 * `p` on the menu with nothing to practise: no chapter finished yet, or a pack that teaches
	 * no practised concept; or the practice generator's part of the install could not be loaded.
	 */
	| {readonly kind: 'practice-unavailable'; readonly reason: 'locked' | 'not-offered' | 'not-loaded'};

/** The game around the levels: which screen is up, the menu, the pack, the player's progress. */
export type MenuSlice = {
	readonly lang: Language;
	readonly levels: readonly Level[];
	/** Problems found while loading levels or the save file, shown on the menu. */
	readonly warnings: readonly string[];
	readonly screen: Screen;
	readonly overlay: Overlay;
	/** Index into `levels` of the highlighted menu row. */
	readonly menuCursor: number;
	readonly progress: Progress;
	/** A one-line message on the menu, such as where an export was written. */
	readonly notice: Notice | undefined;
	readonly quitting: boolean;
	/** Lab levels step on a key instead of animating. */
	readonly reducedMotion: boolean;
	/**
	 * The first line a scrolling page (a reading overlay, the practice summary or overview)
	 * was asked to show; the screen keeps it within the page as laid out when drawn.
	 */
	readonly reading: {readonly top: number};
	/** The saved screen-reader setting: it takes effect at the next start. */
	readonly screenReaderSetting: boolean;

	moveCursor(delta: number): void;
	/** Opens the highlighted level (Enter on the menu). */
	openSelected(): void;
	/** Opens the first level not yet solved, or the first level when all are (c on the menu). */
	continueFirstUnsolved(): void;
	/** Closes an overlay, or leaves the level for the menu. */
	back(): void;
	closeOverlay(): void;
	/** Scrolls the page on screen, laid out as `page`, by lines; ±Infinity goes to the start or the end. */
	scrollReading(lines: number, page: PageLayout): void;
	/** Scrolls the page on screen, laid out as `page`, by screens. */
	pageReading(pages: number, page: PageLayout): void;
	toggleHelp(): void;
	/** Turns the saved screen-reader setting on or off (from the help); a save that fails is a warning. */
	toggleScreenReaderSetting(): void;
	exportScores(): void;
	/** Takes levels that turned out broken off the menu and says why. */
	dropLevels(ids: readonly string[], warnings: readonly string[]): void;
	quit(): void;
};

export const createMenuSlice =
	(options: GameOptions): SliceCreator<MenuSlice> =>
	(set, get) => {
		const ids = options.levels.map(l => l.id);
		const firstOpen = firstUnsolved(options.progress, ids) ?? ids[0] ?? '';
		return {
			lang: options.lang,
			levels: options.levels,
			warnings: options.warnings ?? [],
			screen: 'menu',
			overlay: 'none',
			menuCursor: Math.max(0, ids.indexOf(firstOpen)),
			progress: options.progress,
			notice: undefined,
			quitting: false,
			reducedMotion: options.reducedMotion ?? false,
			reading: {top: 0},
			screenReaderSetting: options.screenReader?.on ?? false,

			moveCursor(delta) {
				const count = get().levels.length;
				if (count === 0) return;
				set({menuCursor: Math.min(count - 1, Math.max(0, get().menuCursor + delta)), notice: undefined});
			},

			openSelected() {
				const level = get().levels[get().menuCursor];
				if (level !== undefined) get().enterLevel(level.id);
			},

			continueFirstUnsolved() {
				const {levels, progress} = get();
				const next = levels.find(l => progress.levels[l.id]?.status !== 'solved') ?? levels[0];
				if (next !== undefined) get().enterLevel(next.id);
			},

			back() {
				const {overlay, screen} = get();
				if (overlay !== 'none') set({overlay: 'none'});
				else if (screen !== 'menu') get().leaveLevel();
			},

			closeOverlay() {
				set({overlay: 'none'});
			},

			scrollReading(lines, page) {
				set({reading: {top: scrolledTop(get().reading.top, lines, page)}});
			},

			pageReading(pages, page) {
				get().scrollReading(pages * pageStep(page), page);
			},

			toggleHelp() {
				set({overlay: get().overlay === 'help' ? 'none' : 'help'});
			},

			toggleScreenReaderSetting() {
				const setting = options.screenReader;
				if (setting === undefined) return;
				const on = !get().screenReaderSetting;
				const failed = setting.save(on);
				if (failed === undefined) set({screenReaderSetting: on});
				else set({warnings: [...get().warnings, failed]});
			},

			exportScores() {
				if (options.exportScores !== undefined) set({notice: options.exportScores(get().progress)});
			},

			dropLevels(dropped, warnings) {
				if (dropped.length === 0 && warnings.length === 0) return;
				const {levels, menuCursor, play} = get();
				const current = levels[menuCursor]?.id;
				const kept = levels.filter(l => !dropped.includes(l.id));
				const cursor = Math.max(
					0,
					kept.findIndex(l => l.id === current),
				);
				set({levels: kept, menuCursor: cursor, warnings: [...get().warnings, ...warnings]});
				if (play !== undefined && dropped.includes(play.levelId)) get().leaveLevel();
			},

			quit() {
				set({quitting: true});
			},
		};
	};
