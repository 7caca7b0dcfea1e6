import {createStore, type StoreApi} from 'zustand/vanilla';
import type {Mistake} from '../levels/answers.js';
import type {Level} from '../levels/loader.js';
import {normaliseAnswer, parseAnswer} from './answer.js';
import {checkField} from './check.js';
import {createLabSession, type LabSession, type LabView, labStars} from './lab/session.js';
import {firstUnsolved, type PlayResult, type Progress, recordPlay} from './progress.js';
import {starsFor} from './scoring.js';

export type Language = 'en' | 'ko';
export type Screen = 'menu' | 'level' | 'result';
export type Overlay = 'none' | 'help' | 'confirm-solution' | 'intro';

/** What the line under the answer fields says. */
export type Feedback =
	| {readonly kind: 'right'; readonly fieldId: string}
	| {readonly kind: 'not-a-number'; readonly fieldId: string}
	| {readonly kind: 'empty'; readonly fieldId: string}
	| {
			readonly kind: 'wrong';
			readonly fieldId: string;
			readonly mistake: Mistake | undefined;
			readonly nearMiss: number | undefined;
	  }
	| {readonly kind: 'hint'; readonly index: number}
	| {readonly kind: 'no-more-hints'}
	| {readonly kind: 'solution'}
	| {readonly kind: 'complete'};

export type PlayState = {
	readonly levelId: string;
	/** Index of the answer field the keys go to. */
	readonly focus: number;
	readonly drafts: Readonly<Record<string, string>>;
	readonly solved: Readonly<Record<string, boolean>>;
	readonly attempts: number;
	readonly wrongAnswers: number;
	readonly hintsShown: number;
	readonly solutionShown: boolean;
	readonly startedAt: number;
	readonly feedback: Feedback | undefined;
};

/** A one-line message on the menu. */
export type Notice =
	| {readonly kind: 'exported'; readonly files: readonly string[]}
	| {readonly kind: 'export-failed'; readonly error: string};

export type LevelOutcome = PlayResult & {readonly wrongAnswers: number; readonly solutionShown: boolean};

export type GameState = {
	readonly lang: Language;
	readonly levels: readonly Level[];
	/** Problems found while loading levels or the save file, shown on the menu. */
	readonly warnings: readonly string[];
	readonly screen: Screen;
	readonly overlay: Overlay;
	/** Index into `levels` of the highlighted menu row. */
	readonly menuCursor: number;
	readonly play: PlayState | undefined;
	readonly lastOutcome: LevelOutcome | undefined;
	readonly progress: Progress;
	/** A one-line message on the menu, such as where an export was written. */
	readonly notice: Notice | undefined;
	readonly quitting: boolean;
	/** The live lab on a lab or descent level. */
	readonly lab: LabView | undefined;
	/** The trainer behind `lab`, for drawing its curve, weights or decision map. */
	readonly labSession: LabSession | undefined;
	/** Lab levels step on a key instead of animating. */
	readonly reducedMotion: boolean;

	moveCursor(delta: number): void;
	openSelected(): void;
	openLevel(id: string): void;
	back(): void;
	type(text: string): void;
	erase(): void;
	clearDraft(): void;
	moveFocus(delta: number): void;
	submit(): void;
	hint(): void;
	askForSolution(): void;
	confirmSolution(): void;
	closeOverlay(): void;
	toggleHelp(): void;
	showIntro(): void;
	continueAfterResult(): void;
	exportScores(): void;
	/** Takes levels that turned out broken off the menu and says why. */
	dropLevels(ids: readonly string[], warnings: readonly string[]): void;
	labToggleRun(): void;
	labStep(): void;
	labTick(): void;
	labChangeRate(presses: number): void;
	labReset(): void;
	labToggleLog(): void;
	quit(): void;
};

export type GameOptions = {
	readonly lang: Language;
	readonly levels: readonly Level[];
	readonly progress: Progress;
	readonly warnings?: readonly string[];
	/** Opens this level instead of the menu. */
	readonly startLevel?: string | undefined;
	/** Milliseconds since the epoch; tests pass a fake clock. */
	readonly now?: () => number;
	/** Called with the new progress after every finished level; a returned string is shown as a warning. */
	readonly onProgress?: (progress: Progress) => string | undefined;
	/** Lab levels step on a key instead of animating. @default false */
	readonly reducedMotion?: boolean;
	/** Writes the scores somewhere and says where; used by the menu's export key. */
	readonly exportScores?: (progress: Progress) => Notice;
};

export type GameStore = StoreApi<GameState>;

/** Characters an answer can contain: digits, operators, and the letters of exp log tanh sigmoid relu. */
const answerCharacters = /^[0-9.eE+\-*/^() a-z·×−÷σ]+$/;

export function createGameStore(options: GameOptions): GameStore {
	const now = options.now ?? Date.now;
	const ids = options.levels.map(l => l.id);
	const initialCursor = Math.max(0, ids.indexOf(firstUnsolved(options.progress, ids) ?? ids[0] ?? ''));

	return createStore<GameState>()((set, get) => {
		const levelById = (id: string) => get().levels.find(l => l.id === id);
		const currentLevel = () => {
			const play = get().play;
			return play === undefined ? undefined : levelById(play.levelId);
		};
		const updatePlay = (change: (play: PlayState) => Partial<PlayState>) => {
			const play = get().play;
			if (play !== undefined) set({play: {...play, ...change(play)}});
		};

		const startPlay = (level: Level): PlayState => ({
			levelId: level.id,
			focus: 0,
			drafts: {},
			solved: {},
			attempts: 0,
			wrongAnswers: 0,
			hintsShown: 0,
			solutionShown: false,
			startedAt: now(),
			feedback: undefined,
		});

		const finish = (labStarCount?: number) => {
			const {play, progress} = get();
			const level = currentLevel();
			if (play === undefined || level === undefined) return;
			const outcome: LevelOutcome = {
				levelId: level.id,
				stars:
					labStarCount ??
					starsFor({wrongAnswers: play.wrongAnswers, hintsUsed: play.hintsShown, solutionShown: play.solutionShown}),
				solved: !play.solutionShown,
				attempts: play.attempts,
				hints: play.hintsShown,
				timeMs: now() - play.startedAt,
				finishedAt: new Date(now()),
				wrongAnswers: play.wrongAnswers,
				solutionShown: play.solutionShown,
			};
			const next = recordPlay(progress, outcome);
			set({progress: next, lastOutcome: outcome});
			const warning = options.onProgress?.(next);
			if (warning !== undefined && !get().warnings.includes(warning)) set({warnings: [...get().warnings, warning]});
		};

		const nextUnsolvedField = (play: PlayState, fromIndex: number): number => {
			const fields = currentLevel()?.fields ?? [];
			for (let step = 1; step <= fields.length; step++) {
				const i = (fromIndex + step) % fields.length;
				if (!play.solved[fields[i]?.id ?? '']) return i;
			}
			return fromIndex;
		};

		let session: LabSession | undefined;
		const labFor = (level: Level) => {
			session = level.spec.kind === 'lab' || level.spec.kind === 'descent' ? createLabSession(level) : undefined;
			return {lab: session?.view(), labSession: session};
		};
		const labChanged = (view: LabView) => {
			const before = get().lab;
			set({lab: view});
			if (view.status === 'goal' && before?.status !== 'goal' && view.goalStep !== undefined) {
				finish(labStars(view.goalStep, view.goal.steps));
			}
		};

		const startLevel =
			options.startLevel === undefined ? undefined : options.levels.find(l => l.id === options.startLevel);

		return {
			lang: options.lang,
			levels: options.levels,
			warnings: options.warnings ?? [],
			screen: startLevel === undefined ? 'menu' : 'level',
			overlay: 'none',
			menuCursor: startLevel === undefined ? initialCursor : ids.indexOf(startLevel.id),
			play: startLevel === undefined ? undefined : startPlay(startLevel),
			lastOutcome: undefined,
			progress: options.progress,
			notice: undefined,
			quitting: false,
			...(startLevel === undefined ? {lab: undefined, labSession: undefined} : labFor(startLevel)),
			reducedMotion: options.reducedMotion ?? false,

			moveCursor(delta) {
				const count = get().levels.length;
				if (count === 0) return;
				set({menuCursor: Math.min(count - 1, Math.max(0, get().menuCursor + delta)), notice: undefined});
			},

			openSelected() {
				const level = get().levels[get().menuCursor];
				if (level !== undefined) get().openLevel(level.id);
			},

			openLevel(id) {
				const level = levelById(id);
				if (level === undefined) return;
				set({
					screen: 'level',
					overlay: 'none',
					play: startPlay(level),
					menuCursor: get().levels.indexOf(level),
					notice: undefined,
				});
			},

			back() {
				const {overlay, screen} = get();
				if (overlay !== 'none') set({overlay: 'none'});
				else if (screen !== 'menu') {
					session = undefined;
					set({screen: 'menu', play: undefined, lab: undefined, labSession: undefined});
				}
			},

			type(text) {
				const level = currentLevel();
				const play = get().play;
				if (level === undefined || play === undefined || get().screen !== 'level') return;
				const field = level.fields[play.focus];
				if (field === undefined || play.solved[field.id]) return;
				// Full-width digits and signs from East-Asian input methods become the ASCII ones.
				const typed = normaliseAnswer(text);
				if (!answerCharacters.test(typed)) {
					// Say so rather than drop it silently under an old message; it costs nothing.
					updatePlay(() => ({feedback: {kind: 'not-a-number', fieldId: field.id}}));
					return;
				}
				updatePlay(p => ({drafts: {...p.drafts, [field.id]: (p.drafts[field.id] ?? '') + typed}}));
			},

			erase() {
				const field = currentLevel()?.fields[get().play?.focus ?? -1];
				if (field === undefined) return;
				updatePlay(p => ({drafts: {...p.drafts, [field.id]: [...(p.drafts[field.id] ?? '')].slice(0, -1).join('')}}));
			},

			clearDraft() {
				const field = currentLevel()?.fields[get().play?.focus ?? -1];
				if (field === undefined) return;
				updatePlay(p => ({drafts: {...p.drafts, [field.id]: ''}}));
			},

			moveFocus(delta) {
				const count = currentLevel()?.fields.length ?? 0;
				if (count === 0) return;
				updatePlay(p => ({focus: (((p.focus + delta) % count) + count) % count}));
			},

			submit() {
				const level = currentLevel();
				const play = get().play;
				if (level === undefined || play === undefined) return;
				if (session !== undefined) {
					if (get().lab?.status === 'goal') set({screen: 'result', overlay: 'none'});
					return;
				}
				const allSolved = level.fields.every(f => play.solved[f.id]);
				if (allSolved) {
					set({screen: 'result', overlay: 'none'});
					return;
				}
				const field = level.fields[play.focus];
				if (field === undefined) return;
				if (play.solved[field.id]) {
					updatePlay(p => ({focus: nextUnsolvedField(p, p.focus)}));
					return;
				}
				const parsed = parseAnswer(play.drafts[field.id] ?? '');
				if (!parsed.ok) {
					// A non-number costs nothing.
					updatePlay(() => ({
						feedback: {kind: parsed.reason === 'empty' ? 'empty' : 'not-a-number', fieldId: field.id},
					}));
					return;
				}
				const verdict = checkField(field, parsed.value);
				if (verdict.kind === 'wrong') {
					updatePlay(p => ({
						attempts: p.attempts + 1,
						wrongAnswers: p.wrongAnswers + 1,
						feedback: {kind: 'wrong', fieldId: field.id, mistake: verdict.mistake, nearMiss: verdict.nearMiss},
					}));
					return;
				}
				const solved = {...play.solved, [field.id]: true};
				const complete = level.fields.every(f => solved[f.id]);
				updatePlay(p => ({
					attempts: p.attempts + 1,
					solved,
					focus: complete ? p.focus : nextUnsolvedField({...p, solved}, p.focus),
					feedback: complete ? {kind: 'complete'} : {kind: 'right', fieldId: field.id},
				}));
				if (complete) finish();
			},

			hint() {
				const level = currentLevel();
				const play = get().play;
				if (level === undefined || play === undefined || play.solutionShown) return;
				if (level.fields.length > 0 && level.fields.every(f => play.solved[f.id])) return;
				const hints = level.spec.hints.length;
				if (play.hintsShown >= hints) {
					updatePlay(() => ({feedback: {kind: 'no-more-hints'}}));
					return;
				}
				updatePlay(p => ({hintsShown: p.hintsShown + 1, feedback: {kind: 'hint', index: p.hintsShown}}));
			},

			askForSolution() {
				const level = currentLevel();
				const play = get().play;
				if (level === undefined || play === undefined || level.fields.every(f => play.solved[f.id])) return;
				set({overlay: 'confirm-solution'});
			},

			confirmSolution() {
				const level = currentLevel();
				if (level === undefined || get().overlay !== 'confirm-solution') return;
				const solved = Object.fromEntries(level.fields.map(f => [f.id, true]));
				set({overlay: 'none'});
				updatePlay(() => ({solutionShown: true, solved, feedback: {kind: 'solution'}}));
				finish();
			},

			closeOverlay() {
				set({overlay: 'none'});
			},

			toggleHelp() {
				set({overlay: get().overlay === 'help' ? 'none' : 'help'});
			},

			showIntro() {
				if (get().screen === 'level') set({overlay: get().overlay === 'intro' ? 'none' : 'intro'});
			},

			continueAfterResult() {
				const {levels, menuCursor} = get();
				const next = levels[menuCursor + 1];
				if (next === undefined) set({screen: 'menu', play: undefined});
				else get().openLevel(next.id);
			},

			dropLevels(ids, warnings) {
				if (ids.length === 0 && warnings.length === 0) return;
				const {levels, menuCursor, play} = get();
				const current = levels[menuCursor]?.id;
				const kept = levels.filter(l => !ids.includes(l.id));
				const cursor = Math.max(
					0,
					kept.findIndex(l => l.id === current),
				);
				set({levels: kept, menuCursor: cursor, warnings: [...get().warnings, ...warnings]});
				if (play !== undefined && ids.includes(play.levelId)) get().back();
			},

			exportScores() {
				if (options.exportScores !== undefined) set({notice: options.exportScores(get().progress)});
			},

			quit() {
				set({quitting: true});
			},

			labToggleRun() {
				if (session === undefined) return;
				// With reduced motion there is no animation: each press takes a batch of steps.
				if (get().reducedMotion) labChanged(session.advance(10));
				else labChanged(session.setRunning(session.view().status !== 'running'));
			},

			labStep() {
				if (session === undefined) return;
				session.setRunning(false);
				labChanged(session.advance(1));
			},

			labTick() {
				if (session === undefined || session.view().status !== 'running') return;
				labChanged(session.advance(session.trainer.stepsPerTick));
			},

			labChangeRate(presses) {
				if (session !== undefined) labChanged(session.changeLearningRate(presses));
			},

			labReset() {
				if (session !== undefined) labChanged(session.reset());
			},

			labToggleLog() {
				if (session !== undefined) labChanged(session.toggleLogScale());
			},
		};
	});
}
