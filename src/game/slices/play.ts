import type {Field} from '../../levels/answers.js';
import type {Mistake} from '../../levels/diagnosis.js';
import type {Level} from '../../levels/loader.js';
import {answerCharacters, normaliseAnswer} from '../answer.js';
import {type Caret, type CaretMove, caretIn, deleteAfter, deleteBefore, type Edited, insertAt} from '../caret.js';
import {checkDraft} from '../check-typed.js';
import {
	cellAfterArrow,
	cellsFilled,
	checkGrid,
	type GridCheck,
	gridCells,
	isShapeSeparator,
	matrixRows,
} from '../grid.js';
import {hasHangul} from '../hangul-keys.js';
import {hintKey} from '../hints.js';
import {ownSlip} from '../own-slip.js';
import type {AnswerKind} from '../practice/history.js';
import {recordPackLevel} from '../practice/pack-answers.js';
import {type PlayResult, recordPlay} from '../progress.js';
import {capAfterSolution, starsFor} from '../scoring.js';
import {currentLevel, hintOnOffer, isComplete, nextHint, tableHints, typesOver} from '../selectors.js';
import type {GameOptions, SliceCreator} from '../store.js';
import {labStateFor, noLab} from './lab.js';

/** What the line under the answer fields says. */
export type Feedback =
	| {readonly kind: 'right'; readonly fieldId: string}
	/** `typed` is what was typed or checked, quoted back to the player. */
	| {readonly kind: 'not-a-number'; readonly fieldId: string; readonly typed: string}
	| {readonly kind: 'hangul'; readonly fieldId: string; readonly typed: string}
	| {readonly kind: 'empty'; readonly fieldId: string}
	/** A row or a matrix of numbers typed into a cell that has no room for it from there to the grid's edge. */
	| {readonly kind: 'too-many-numbers'; readonly fieldId: string; readonly rows: number; readonly cols: number}
	/** Enter on grids whose ✗ cells are all as they were when marked: nothing new to check, nothing counted. */
	| {readonly kind: 'unchanged'; readonly fieldId: string}
	/** A formula field got no formula, or a name it does not accept (`name`). */
	| {readonly kind: 'not-a-formula'; readonly fieldId: string; readonly name?: string}
	/** A field answered with a word got another word. */
	| {readonly kind: 'not-a-choice'; readonly fieldId: string}
	/** A find-the-bug level: typing before a row is picked. */
	| {readonly kind: 'pick-row'}
	/** The picked row is the one with the planted mistake. */
	| {readonly kind: 'bug-found'; readonly node: string}
	/** The picked row follows from the rows above it: it counts as a wrong answer. */
	| {readonly kind: 'not-this-row'; readonly node: string; readonly output: boolean}
	| {
			readonly kind: 'wrong';
			readonly fieldId: string;
			readonly mistake: Mistake | undefined;
			readonly nearMiss: number | undefined;
	  }
	/** A rung of a hint ladder was shown: the level's own ladder (labs) or one field's. */
	| {readonly kind: 'hint'; readonly index: number; readonly fieldId?: string}
	| {readonly kind: 'no-more-hints'}
	| {readonly kind: 'solution'}
	| {readonly kind: 'complete'}
	/** A find-the-bug level solved: the game names the planted mistake. */
	| {readonly kind: 'bug-named'};

/** One play of one level, from entering it until leaving it. */
export type PlayState = {
	readonly levelId: string;
	/** Index of the answer field the keys go to. */
	readonly focus: number;
	readonly drafts: Readonly<Record<string, string>>;
	/** Where typing goes in the focused draft, once the player has moved it; the end of the text otherwise. */
	readonly caret?: Caret;
	/** Fields whose value is known: answered right, or shown by the worked solution (see `revealed`). */
	readonly solved: Readonly<Record<string, boolean>>;
	/**
	 * Fields the worked solution filled in rather than the player: `shown` when nothing wrong was typed
	 * there, `corrected` when the player's draft was wrong (it stays on screen, marked ✗, beside the answer).
	 */
	readonly revealed: Readonly<Record<string, 'shown' | 'corrected'>>;
	readonly attempts: number;
	readonly wrongAnswers: number;
	/** Every hint shown so far, on any field: what the score counts. */
	readonly hintsShown: number;
	/** How many rungs of each field's own ladder have been shown. */
	readonly hintRungs: Readonly<Record<string, number>>;
	readonly solutionShown: boolean;
	/** Per field, each checked answer: `right`, a mistake's reason, `nearMiss` or `other` (practice records it). */
	readonly answerLog: Readonly<Record<string, readonly AnswerKind[]>>;
	/** Per field, the draft last checked and found wrong, until it is edited: Enter on it again checks nothing new. */
	readonly wrongDrafts?: Readonly<Record<string, string>>;
	/** Grid cells marked ✗ by the last check of their grid, until they are typed in again. */
	readonly wrongCells?: Readonly<Record<string, true>>;
	/** A grid cell with text that the last move entered: its text is selected, as in a spreadsheet, until a key edits it. */
	readonly enteredCell?: string;
	readonly startedAt: number;
	readonly feedback: Feedback | undefined;
	/** A find-the-bug level: the table row the cursor is on, and whether the planted row was picked. */
	readonly row?: number;
	readonly bugFound?: boolean;
	/** Rows picked that were not the planted one. */
	readonly wrongRows?: number;
};

export type LevelOutcome = PlayResult & {
	readonly wrongAnswers: number;
	readonly solutionShown: boolean;
	/** The stars the play earned before the cap for a solution seen before; more than `stars` when capped. */
	readonly earnedStars: number;
	/** The level's best stars before this play, on a replay: points count only what the play adds to it. */
	readonly bestBefore?: number;
};

export type PlaySlice = {
	/** The level being played; undefined on the menu. */
	readonly play: PlayState | undefined;
	/** How the last finished level went, for the result screen. */
	readonly lastOutcome: LevelOutcome | undefined;
	/**
	 * Levels left unfinished this session, kept as they were left: going back in
	 * finds the answers typed and the hints taken, so leaving never hands back stars.
	 */
	readonly leftPlays: Readonly<Record<string, {readonly play: PlayState; readonly leftAt: number}>>;

	/**
	 * The one way into a level, from start-up, the menu, "continue", "next level" and replay:
	 * drops everything of the level before and sets up what this one needs (answers, hints, lab).
	 */
	enterLevel(id: string): void;
	/** Back to the menu; an unfinished level is kept as it was left, to go on with when it is entered again. */
	leaveLevel(): void;
	/** Plays the current level again from the start. */
	replay(): void;
	/** The level after the current one, or the menu after the last. */
	continueAfterResult(): void;
	/** Types text at the caret. */
	type(text: string): void;
	/** Backspace: deletes the character before the caret. */
	erase(): void;
	/** Delete: deletes the character after the caret. */
	eraseForward(): void;
	/**
	 * ← → Home End: moves the caret in the focused draft. In a grid ← → move between
	 * cells until Home or End puts the caret in a cell's text; then they move it
	 * there, and past either end of the text go on to the cell beside.
	 */
	moveCaret(move: CaretMove): void;
	clearDraft(): void;
	/** Tab and Shift-Tab: the next or previous field; in a grid, the next or previous cell in reading order. */
	moveFocus(delta: number): void;
	/** An arrow key: the cell above, below or beside in a grid; up and down leave it for the field before or after. */
	moveCell(dRow: number, dCol: number): void;
	submit(): void;
	/** Shows the next hint at once (its cost is counted); keys go through askForHint. */
	hint(): void;
	/** `h`: asks before a hint that costs a star; a lab's free hints and "no more hints" need no asking. */
	askForHint(): void;
	/** `y` in the hint dialog. */
	confirmHint(): void;
	askForSolution(): void;
	confirmSolution(): void;
	/**
	 * Opens (or closes) the level's whole text: the introduction while playing,
	 * the explanation once the level is complete and on its result screen.
	 */
	toggleReading(): void;
	/** The glossary of the drawing's symbols, from the help on a level screen. */
	showGlossary(): void;
	/** Scores the play and saves the progress; a lab passes the stars it earned. */
	finishLevel(labStarCount?: number): void;
};

export {tableHints} from '../selectors.js';

/** The play without a cell's ✗: typing into a cell starts a new answer there. */
function withoutMark(play: PlayState, id: string): Partial<PlayState> {
	// An edited draft is a new answer: Enter checks it again, even if it comes back to the same text.
	const {[id]: _draft, ...otherDrafts} = play.wrongDrafts ?? {};
	const drafts = play.wrongDrafts?.[id] === undefined ? {} : {wrongDrafts: otherDrafts};
	if (play.wrongCells?.[id] !== true) return drafts;
	const {[id]: _, ...rest} = play.wrongCells;
	return {...drafts, wrongCells: rest};
}

/** A draft that holds something other than a right answer (an empty one is not wrong, only unanswered). */
function isWrongDraft(field: Field, draft: string): boolean {
	if (draft.trim() === '') return false;
	const checked = checkDraft(field, draft);
	return checked.kind !== 'right';
}

export const createPlaySlice =
	(options: GameOptions): SliceCreator<PlaySlice> =>
	(set, get) => {
		const now = options.now ?? Date.now;

		const updatePlay = (change: (play: PlayState) => Partial<PlayState>) => {
			const play = get().play;
			if (play === undefined) return;
			const changes = change(play);
			const next = {...play, ...changes};
			if (next.focus !== play.focus) {
				// A field entered has its caret at the end of its text, unless the move put it elsewhere.
				if (!('caret' in changes)) delete next.caret;
				// A cell entered with text in it is typed over from its first key, as a spreadsheet's cell is.
				const entered = currentLevel(get())?.fields[next.focus];
				const typedIn = entered?.cell !== undefined && (next.drafts[entered.id] ?? '') !== '';
				set({play: {...next, enteredCell: typedIn ? entered.id : undefined}});
				return;
			}
			set({play: next});
		};

		const freshPlay = (level: Level): PlayState => ({
			levelId: level.id,
			focus: 0,
			drafts: {},
			solved: {},
			revealed: {},
			attempts: 0,
			wrongAnswers: 0,
			hintsShown: 0,
			hintRungs: {},
			solutionShown: false,
			answerLog: {},
			startedAt: now(),
			feedback: undefined,
		});

		const nextUnsolvedField = (play: PlayState, fromIndex: number): number => {
			const fields = currentLevel(get())?.fields ?? [];
			for (let step = 1; step <= fields.length; step++) {
				const i = (fromIndex + step) % fields.length;
				if (!play.solved[fields[i]?.id ?? '']) return i;
			}
			return fromIndex;
		};

		/** The focused field of the current level, when the level screen is taking answers. */
		const focusedField = () => {
			const state = get();
			return currentLevel(state)?.fields[state.play?.focus ?? -1];
		};

		/** Changes the focused field's draft at its caret; an edited draft is a new answer (its ✗ goes). */
		const editDraft = (field: Field, edit: (draft: string, at: number) => Edited) => {
			updatePlay(p => {
				const draft = p.drafts[field.id] ?? '';
				const edited = edit(draft, caretIn(p.caret, field.id, draft));
				return {
					drafts: {...p.drafts, [field.id]: edited.draft},
					// At the end of the text the caret needs no place of its own (the end is where it rests),
					// unless the player is editing inside the text, where it stays put for ← → to move.
					caret:
						edited.at < [...edited.draft].length || p.caret?.fieldId === field.id
							? {fieldId: field.id, at: edited.at}
							: undefined,
					...withoutMark(p, field.id),
					enteredCell: undefined,
				};
			});
		};

		/**
		 * A row or a matrix of numbers typed or pasted into a cell goes into the cells from it, row by row,
		 * as a spreadsheet takes a pasted range; a proved cell keeps its number. False when it does not fit.
		 */
		const spread = (field: Field, rows: readonly (readonly string[])[]): boolean => {
			const fields = currentLevel(get())?.fields ?? [];
			const filled = cellsFilled(fields, field, rows);
			if (filled === undefined) {
				const cols = Math.max(...rows.map(row => row.length));
				updatePlay(() => ({feedback: {kind: 'too-many-numbers', fieldId: field.id, rows: rows.length, cols}}));
				return false;
			}
			updatePlay(p => {
				const drafts = {...p.drafts};
				// Each cell filled is a new answer: its ✗ goes, as when it is typed into.
				let play = p;
				for (const {id, text} of filled) {
					if (p.solved[id]) continue;
					drafts[id] = text;
					play = {...play, ...withoutMark(play, id)};
				}
				const last = filled.at(-1)?.id;
				return {
					wrongCells: play.wrongCells,
					wrongDrafts: play.wrongDrafts,
					drafts,
					caret: undefined,
					focus: last === undefined ? p.focus : fields.findIndex(f => f.id === last),
				};
			});
			return true;
		};

		/**
		 * Enter on a level of grids: every grid with something typed is checked, as if Enter were
		 * pressed on each in turn; right cells are proved, wrong ones marked ✗, and the first wrong
		 * grid (in reading order) says why and takes the focus.
		 */
		const submitGrids = (field: Field) => {
			// A cell holding a row typed with spaces (`-3 4 1`) first spreads it into the row's cells.
			for (const f of currentLevel(get())?.fields ?? []) {
				const rows = f.cell?.grid.kind === 'matrix' ? matrixRows(get().play?.drafts[f.id] ?? '') : undefined;
				if (rows !== undefined && !spread(f, rows)) {
					updatePlay(() => ({focus: currentLevel(get())?.fields.indexOf(f) ?? 0}));
					return;
				}
			}
			const state = get();
			const level = currentLevel(state);
			const play = state.play;
			if (level === undefined || play === undefined) return;
			const typed = (cell: Field) => !play.solved[cell.id] && (play.drafts[cell.id] ?? '').trim() !== '';
			const typedGrids: Field[][] = [];
			for (const f of level.fields)
				if (typed(f) && !typedGrids.some(cells => cells.includes(f))) typedGrids.push(gridCells(level.fields, f));
			// A grid whose typed cells are all still marked ✗ is the answer already checked: it is not checked (or counted) again.
			const unchanged = (cells: readonly Field[]) => cells.filter(typed).every(c => play.wrongCells?.[c.id] === true);
			const grids = typedGrids.filter(cells => !unchanged(cells));
			const [sameAsBefore] = typedGrids.filter(unchanged);
			if (grids.length === 0 && sameAsBefore !== undefined) {
				const first = sameAsBefore.find(typed);
				if (first === undefined) return;
				updatePlay(() => ({
					focus: level.fields.indexOf(first),
					caret: undefined,
					feedback: {kind: 'unchanged', fieldId: first.id},
				}));
				return;
			}
			if (grids.length === 0) {
				if (gridCells(level.fields, field).every(c => play.solved[c.id]))
					updatePlay(p => ({focus: nextUnsolvedField(p, p.focus)}));
				else updatePlay(() => ({feedback: {kind: 'empty', fieldId: field.id}}));
				return;
			}
			const checks: {cells: Field[]; result: Extract<GridCheck, {kind: 'checked'}>}[] = [];
			for (const cells of grids) {
				const result = checkGrid(cells, play.drafts, play.solved);
				if (result.kind === 'not-a-number') {
					// A non-number costs nothing and checks nothing; the focus goes to it.
					const focus = level.fields.findIndex(f => f.id === result.fieldId);
					const text = play.drafts[result.fieldId] ?? '';
					updatePlay(() => ({focus, feedback: {kind: 'not-a-number', fieldId: result.fieldId, typed: text}}));
					return;
				}
				if (result.kind === 'checked') checks.push({cells, result});
			}
			const answerLog = {...play.answerLog};
			const solved = {...play.solved};
			const wrongCells: Record<string, true> = {...play.wrongCells};
			for (const {result} of checks) {
				for (const [id, kind] of Object.entries(result.log)) answerLog[id] = [...(answerLog[id] ?? []), kind];
				for (const id of result.right) {
					solved[id] = true;
					delete wrongCells[id];
				}
				for (const id of result.wrong) wrongCells[id] = true;
			}
			const wrongGrids = checks.filter(c => c.result.wrong.length > 0);
			const counted = {attempts: play.attempts + checks.length, wrongAnswers: play.wrongAnswers + wrongGrids.length};
			const firstWrong = wrongGrids[0]?.result;
			const firstWrongCell = firstWrong?.wrong[0];
			if (firstWrong !== undefined && firstWrongCell !== undefined) {
				updatePlay(() => ({
					...counted,
					answerLog,
					solved,
					wrongCells,
					// A cell just marked ✗ is typed over from its first key.
					caret: undefined,
					focus: level.fields.findIndex(f => f.id === firstWrongCell),
					feedback: {
						kind: 'wrong',
						fieldId: firstWrongCell,
						mistake: firstWrong.mistake,
						nearMiss: firstWrong.nearMiss,
					},
				}));
				return;
			}
			const complete = isComplete({...state, play: {...play, solved}});
			// A checked grid with cells still empty takes the focus to the first of them.
			const empty = level.fields.findIndex(f => checks.some(c => c.cells.includes(f)) && !solved[f.id]);
			const lastChecked = checks.at(-1)?.cells.at(-1);
			updatePlay(p => ({
				...counted,
				answerLog,
				solved,
				wrongCells,
				focus: complete
					? p.focus
					: empty !== -1
						? empty
						: nextUnsolvedField(
								{...p, solved},
								lastChecked === undefined ? p.focus : level.fields.indexOf(lastChecked),
							),
				feedback: complete ? {kind: 'complete'} : {kind: 'right', fieldId: lastChecked?.id ?? field.id},
			}));
			if (complete) get().finishLevel();
		};

		return {
			play: undefined,
			lastOutcome: undefined,
			leftPlays: {},

			enterLevel(id) {
				const {levels, practice} = get();
				const practised = practice?.levels.find(l => l.id === id);
				const level = practised ?? levels.find(l => l.id === id);
				if (level === undefined) return;
				// Level ids come from packs: `constructor` must not find Object's, so only own entries count.
				const kept = get().leftPlays;
				const left = Object.hasOwn(kept, id) ? kept[id] : undefined;
				const stillLeft = Object.fromEntries(Object.entries(kept).filter(([key]) => key !== id));
				// The clock goes on from where the play was left, not through the time spent away.
				const resumed =
					left === undefined || practised !== undefined
						? undefined
						: {...left.play, feedback: undefined, startedAt: left.play.startedAt + (now() - left.leftAt)};
				set({
					screen: 'level',
					overlay: 'none',
					menuCursor: practised === undefined ? levels.indexOf(level) : get().menuCursor,
					notice: undefined,
					play: resumed ?? freshPlay(level),
					leftPlays: stillLeft,
					...labStateFor(level),
				});
			},

			leaveLevel() {
				// Leaving a practice level ends the session on its summary.
				if (get().practice !== undefined) {
					set({
						screen: 'practice-summary',
						overlay: 'none',
						play: undefined,
						reading: {...get().reading, top: 0},
						...noLab,
					});
					return;
				}
				const {play, labSession} = get();
				// A lab starts its run afresh; a level with something done in it is kept to go on with.
				const unfinished =
					play !== undefined &&
					labSession === undefined &&
					!isComplete(get()) &&
					(play.hintsShown > 0 || play.attempts > 0 || play.solutionShown || Object.keys(play.drafts).length > 0);
				const leftPlays = unfinished ? {...get().leftPlays, [play.levelId]: {play, leftAt: now()}} : get().leftPlays;
				set({screen: 'menu', overlay: 'none', play: undefined, leftPlays, ...noLab});
			},

			replay() {
				const id = get().play?.levelId;
				if (id !== undefined) get().enterLevel(id);
			},

			continueAfterResult() {
				if (get().practice !== undefined) {
					get().nextPracticeLevel();
					return;
				}
				const {levels} = get();
				const level = currentLevel(get());
				const next = level === undefined ? undefined : levels[levels.indexOf(level) + 1];
				if (next === undefined) get().leaveLevel();
				else get().enterLevel(next.id);
			},

			type(text) {
				const state = get();
				const field = focusedField();
				if (field === undefined || state.screen !== 'level' || state.play === undefined) return;
				if (state.play.solved[field.id]) return;
				if (currentLevel(state)?.table !== undefined && state.play.bugFound !== true) {
					updatePlay(() => ({feedback: {kind: 'pick-row'}}));
					return;
				}
				// Full-width digits and signs from East-Asian input methods become the ASCII ones.
				const typed = normaliseAnswer(text);
				if (field.choice !== undefined) {
					// A word field takes any letters, Hangul too (통과, or pass typed with a Korean layout), as typed:
					// NFKC would turn the jamo ㅔ into a conjoining one. Enter reads them.
					editDraft(field, (draft, at) => insertAt(draft, at, text));
					return;
				}
				if (hasHangul(typed)) {
					// A Korean input method is on: numbers need the English layout.
					updatePlay(() => ({feedback: {kind: 'hangul', fieldId: field.id, typed: text}}));
					return;
				}
				const cell = field.cell;
				// A shape pasted or typed fast (`4x5`, `4 5`) arrives as one chunk: each key of it in turn.
				if (cell?.grid.kind === 'shape' && typed.length > 1 && [...typed].some(isShapeSeparator)) {
					for (const key of typed) get().type(key);
					return;
				}
				if (cell?.grid.kind === 'shape' && isShapeSeparator(typed)) {
					// `3x2`, `3×2` and `3 2` all type a shape: the separator moves to the next size.
					if (cell.col + 1 < cell.grid.cols) get().moveCell(0, 1);
					return;
				}
				// A row or a whole matrix pasted into a cell (`-3 4 1`, `[1 0.5; 1 3]`) fills the cells from it.
				const rows = cell?.grid.kind === 'matrix' && typed.length > 1 ? matrixRows(typed) : undefined;
				if (rows !== undefined) {
					spread(field, rows);
					return;
				}
				if (![...typed].every(ch => answerCharacters.has(ch))) {
					// Say so rather than drop it silently under an old message; it costs nothing.
					updatePlay(() => ({feedback: {kind: 'not-a-number', fieldId: field.id, typed: text}}));
					return;
				}
				// A cell marked ✗ or just entered starts over with the first key typed into it,
				// unless the caret was moved into its text to edit it.
				const startOver = typesOver(state.play, field.id);
				editDraft(field, (draft, at) => (startOver ? insertAt('', 0, typed) : insertAt(draft, at, typed)));
			},

			erase() {
				const field = focusedField();
				// A proved answer stays as it was proved.
				const play = get().play;
				if (field === undefined || play === undefined || play.solved[field.id]) return;
				// Backspace on a selected cell's text clears it, as it clears a selection anywhere.
				editDraft(field, typesOver(play, field.id) ? () => ({draft: '', at: 0}) : deleteBefore);
			},

			eraseForward() {
				const field = focusedField();
				if (field === undefined || get().play?.solved[field.id]) return;
				editDraft(field, deleteAfter);
			},

			moveCaret(move) {
				const state = get();
				const field = focusedField();
				const play = state.play;
				if (field === undefined || play === undefined || play.solved[field.id]) return;
				const draft = play.drafts[field.id] ?? '';
				const at = caretIn(play.caret, field.id, draft);
				const end = [...draft].length;
				// In a grid ← → move between cells, as in a spreadsheet; once Home or End has put the caret
				// in a cell's text to edit it, they move it there and go on to the cell beside past its ends.
				const sideways = move === 'left' || move === 'right';
				const editing = play.caret?.fieldId === field.id;
				if (
					field.cell !== undefined &&
					sideways &&
					(!editing || (move === 'left' && at === 0) || (move === 'right' && at === end))
				) {
					get().moveCell(0, move === 'left' ? -1 : 1);
					return;
				}
				const to = move === 'left' ? at - 1 : move === 'right' ? at + 1 : move === 'start' ? 0 : end;
				updatePlay(() => ({caret: {fieldId: field.id, at: Math.max(0, Math.min(end, to))}}));
			},

			clearDraft() {
				const field = focusedField();
				if (field === undefined || get().play?.solved[field.id]) return;
				editDraft(field, () => ({draft: '', at: 0}));
			},

			moveFocus(delta) {
				const table = currentLevel(get())?.table;
				if (table !== undefined && get().play?.bugFound !== true) {
					const rows = table.rows.length;
					updatePlay(p => ({row: ((((p.row ?? 0) + delta) % rows) + rows) % rows}));
					return;
				}
				const fields = currentLevel(get())?.fields ?? [];
				const count = fields.length;
				if (count === 0) return;
				// Fields are in reading order, a grid's cells row by row: Tab walks them one by one, as in a spreadsheet,
				// passing over proved fields and cells, where nothing is left to type.
				updatePlay(p => {
					const step = delta < 0 ? -1 : 1;
					for (let i = 1; i <= count; i++) {
						const at = (((p.focus + i * step) % count) + count) % count;
						if (!p.solved[fields[at]?.id ?? '']) return {focus: at};
					}
					return {};
				});
			},

			moveCell(dRow, dCol) {
				const fields = currentLevel(get())?.fields ?? [];
				if (!fields.some(f => f.cell !== undefined)) {
					if (dRow !== 0) get().moveFocus(dRow);
					return;
				}
				updatePlay(p => ({focus: cellAfterArrow(fields, p.focus, dRow, dCol, f => !p.solved[f.id])}));
			},

			submit() {
				const state = get();
				const level = currentLevel(state);
				const play = state.play;
				if (level === undefined || play === undefined) return;
				if (isComplete(state)) {
					// Practice goes straight on to its next level; the summary comes at the end.
					if (state.practice !== undefined) get().continueAfterResult();
					else set({screen: 'result', overlay: 'none'});
					return;
				}
				// A lab has no answers to check: Enter only leads on once the goal is reached.
				if (state.labSession !== undefined) return;
				const table = level.table;
				if (table !== undefined && play.bugFound !== true) {
					// Picking a row: the planted one opens its field; any other is a wrong answer, counted as one.
					const row = table.rows[play.row ?? 0];
					if (row === undefined) return;
					if ((play.row ?? 0) === table.bugRow)
						updatePlay(p => ({
							attempts: p.attempts + 1,
							bugFound: true,
							focus: 0,
							feedback: {kind: 'bug-found', node: row.node},
						}));
					else
						updatePlay(p => ({
							attempts: p.attempts + 1,
							wrongAnswers: p.wrongAnswers + 1,
							wrongRows: (p.wrongRows ?? 0) + 1,
							feedback: {kind: 'not-this-row', node: row.node, output: (p.row ?? 0) === 0},
						}));
					return;
				}
				const field = level.fields[play.focus];
				if (field === undefined) return;
				if (field.cell !== undefined) {
					submitGrids(field);
					return;
				}
				if (play.solved[field.id]) {
					updatePlay(p => ({focus: nextUnsolvedField(p, p.focus)}));
					return;
				}
				const draft = play.drafts[field.id] ?? '';
				const checked = checkDraft(field, draft);
				// A product worked from the learner's own wrong factor is told that factor's slip.
				const carried = checked.kind === 'wrong' ? ownSlip(level.fields, field, draft, play.answerLog) : undefined;
				const verdict = checked.kind === 'wrong' && carried !== undefined ? {...checked, mistake: carried} : checked;
				if (verdict.kind === 'unreadable') {
					// Something that can't be checked costs nothing.
					const why = verdict.why;
					const typed = play.drafts[field.id] ?? '';
					updatePlay(() => ({
						feedback:
							why.kind === 'not-a-number'
								? {kind: 'not-a-number', fieldId: field.id, typed}
								: {...why, fieldId: field.id},
					}));
					return;
				}
				const kind: AnswerKind =
					verdict.kind === 'right'
						? 'right'
						: (verdict.mistake?.reason ?? (verdict.nearMiss === undefined ? 'other' : 'nearMiss'));
				const answerLog = {...play.answerLog, [field.id]: [...(play.answerLog[field.id] ?? []), kind]};
				// The same wrong answer checked again is not another try: its message shows again, nothing is counted.
				if (verdict.kind === 'wrong' && play.wrongDrafts?.[field.id] === draft.trim()) {
					updatePlay(() => ({
						feedback: {kind: 'wrong', fieldId: field.id, mistake: verdict.mistake, nearMiss: verdict.nearMiss},
					}));
					return;
				}
				if (verdict.kind === 'wrong') {
					// The right value with too few figures is a near miss: asked again, never scored as a wrong answer.
					const nearMissOnly = verdict.mistake === undefined && verdict.nearMiss !== undefined;
					updatePlay(p => ({
						answerLog,
						attempts: p.attempts + 1,
						wrongAnswers: p.wrongAnswers + (nearMissOnly ? 0 : 1),
						wrongDrafts: {...p.wrongDrafts, [field.id]: draft.trim()},
						feedback: {kind: 'wrong', fieldId: field.id, mistake: verdict.mistake, nearMiss: verdict.nearMiss},
					}));
					return;
				}
				const solved = {...play.solved, [field.id]: true};
				const complete = isComplete({...state, play: {...play, solved}});
				updatePlay(p => ({
					attempts: p.attempts + 1,
					answerLog,
					solved,
					focus: complete ? p.focus : nextUnsolvedField({...p, solved}, p.focus),
					feedback: complete
						? level.table === undefined
							? {kind: 'complete'}
							: {kind: 'bug-named'}
						: {kind: 'right', fieldId: field.id},
				}));
				if (complete) get().finishLevel();
			},

			hint() {
				const state = get();
				const level = currentLevel(state);
				const play = state.play;
				if (level === undefined || play === undefined || play.solutionShown || isComplete(state)) return;
				if (level.fields.length === 0) {
					// A lab has no fields: the level's own ladder.
					if (play.hintsShown >= level.spec.hints.length) {
						updatePlay(() => ({feedback: {kind: 'no-more-hints'}}));
						return;
					}
					updatePlay(p => ({hintsShown: p.hintsShown + 1, feedback: {kind: 'hint', index: p.hintsShown}}));
					return;
				}
				if (level.table !== undefined && play.bugFound !== true) {
					// Before the row is found the field would give the row away: the level's own hints.
					const shown = play.hintRungs[tableHints] ?? 0;
					if (shown >= level.spec.hints.length) {
						updatePlay(() => ({feedback: {kind: 'no-more-hints'}}));
						return;
					}
					updatePlay(p => ({
						hintsShown: p.hintsShown + 1,
						hintRungs: {...p.hintRungs, [tableHints]: shown + 1},
						feedback: {kind: 'hint', index: shown},
					}));
					return;
				}
				// A hint is for a field still to solve: the focused one, or the next one after it.
				const next = nextHint(state);
				if (next === undefined) return;
				const {field, focus, index: shown, total} = next;
				if (shown >= total) {
					updatePlay(() => ({focus, feedback: {kind: 'no-more-hints'}}));
					return;
				}
				updatePlay(p => ({
					focus,
					hintsShown: p.hintsShown + 1,
					hintRungs: {...p.hintRungs, [hintKey(field)]: shown + 1},
					feedback: {kind: 'hint', index: shown, fieldId: field.id},
				}));
			},

			askForHint() {
				const state = get();
				const level = currentLevel(state);
				if (level === undefined || state.play === undefined || state.play.solutionShown || isComplete(state)) return;
				// A lab's hints are free, and "no more hints" costs nothing: neither needs asking.
				if (hintOnOffer(state) === undefined) {
					get().hint();
					return;
				}
				set({overlay: 'confirm-hint'});
			},

			confirmHint() {
				if (get().overlay !== 'confirm-hint') return;
				set({overlay: 'none'});
				get().hint();
			},

			askForSolution() {
				const state = get();
				const level = currentLevel(state);
				if (level === undefined || level.fields.length === 0 || isComplete(state)) return;
				set({overlay: 'confirm-solution'});
			},

			confirmSolution() {
				const level = currentLevel(get());
				const play = get().play;
				if (level === undefined || play === undefined || get().overlay !== 'confirm-solution') return;
				const solved = Object.fromEntries(level.fields.map(f => [f.id, true]));
				const revealed = Object.fromEntries(
					level.fields
						.filter(f => !play.solved[f.id])
						.map(f => [f.id, isWrongDraft(f, play.drafts[f.id] ?? '') ? 'corrected' : 'shown'] as const),
				);
				set({overlay: 'none'});
				updatePlay(() => ({solutionShown: true, solved, revealed, feedback: {kind: 'solution'}}));
				get().finishLevel();
			},

			toggleReading() {
				const state = get();
				if (state.play === undefined || state.screen === 'menu') return;
				if (state.overlay === 'intro' || state.overlay === 'explanation') {
					set({overlay: 'none'});
					return;
				}
				const overlay = state.screen === 'result' || isComplete(state) ? 'explanation' : 'intro';
				set({overlay, reading: {...state.reading, top: 0}});
			},

			showGlossary() {
				if (get().screen === 'level') set({overlay: 'glossary'});
			},

			finishLevel(labStarCount) {
				const {play, progress, practice} = get();
				if (play === undefined) return;
				if (practice !== undefined) {
					// Practice keeps its own record per concept; the levels' stars are for the chapters.
					const fields = currentLevel(get())?.fields ?? [];
					get().recordPracticeLevel(
						fields.map(f => play.answerLog[f.id] ?? []),
						play.hintsShown,
						play.solutionShown,
					);
					return;
				}
				const earned =
					labStarCount ??
					starsFor({wrongAnswers: play.wrongAnswers, hintsUsed: play.hintsShown, solutionShown: play.solutionShown});
				const stars = capAfterSolution(earned, progress.levels[play.levelId]?.solutionSeen === true);
				const outcome: LevelOutcome = {
					levelId: play.levelId,
					stars,
					solved: !play.solutionShown,
					attempts: play.attempts,
					hints: play.hintsShown,
					timeMs: now() - play.startedAt,
					finishedAt: new Date(now()),
					wrongAnswers: play.wrongAnswers,
					solutionShown: play.solutionShown,
					earnedStars: earned,
					...(progress.levels[play.levelId] === undefined ? {} : {bestBefore: progress.levels[play.levelId]?.stars}),
				};
				const level = currentLevel(get());
				const played = recordPlay(progress, outcome);
				// A generated pack's answers count per concept too, as practice's do.
				const next =
					level === undefined
						? played
						: {
								...played,
								practice: recordPackLevel(
									played.practice,
									level,
									level.fields.map(f => play.answerLog[f.id] ?? []),
									play.hintsShown,
									play.solutionShown,
									new Date(now()),
								),
							};
				set({progress: next, lastOutcome: outcome});
				const warning = options.onProgress?.(next);
				if (warning !== undefined && !get().warnings.includes(warning)) set({warnings: [...get().warnings, warning]});
			},
		};
	};
