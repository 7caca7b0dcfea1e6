import {functionNames} from '../levels/operators.js';
import {textBefore} from './caret.js';
import {hangulToKeys, hasHangul} from './hangul-keys.js';
import {noPage, type PageLayout} from './reading.js';
import {currentLevel, focusedCaret, focusedDraft, type GameState, type GameStore, isComplete, isLab} from './store.js';

const focusedField = (state: GameState) => currentLevel(state)?.fields[state.play?.focus ?? -1];

/** The parts of a key press the game reads; Ink's `Key` fits this shape. */
export type KeyPress = {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly shift?: boolean;
	readonly backspace?: boolean;
	/** Backspace, as Ink 6 reports it (the Delete key too, unless `forwardDelete` tells them apart). */
	readonly delete?: boolean;
	/** The Delete key, which deletes after the caret; Ink 6 reports it as `delete`, as it does Backspace. */
	readonly forwardDelete?: boolean;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
};

/**
 * Whether a letter typed into an answer continues it (the exponent of `1e-3`,
 * or the start of a function such as `sigmoid`) rather than being a command
 * key like h (hint) or g (give up).
 */
export function continuesAnswer(draft: string, letter: string, words: readonly string[] = []): boolean {
	if (/^[eE]$/.test(letter) && /[0-9.]$/.test(draft)) return true;
	const word = (/[a-z]*$/.exec(draft)?.[0] ?? '') + letter;
	return [...functionNames, ...words].some(name => name.startsWith(word));
}

/** The words the focused field takes besides functions: a formula's names or a verdict's options. */
function fieldWords(state: ReturnType<GameStore['getState']>): readonly string[] {
	const field = currentLevel(state)?.fields[state.play?.focus ?? -1];
	return field?.formula?.names ?? field?.choice?.options ?? [];
}

/**
 * The letters that are commands on a level still being answered. A letter that
 * could start a function name is typed into the answer instead, so no operation
 * in the table may start with one of these (a test holds the table to it).
 */
export const levelCommands: ReadonlyMap<string, (state: GameState) => void> = new Map([
	['h', state => state.askForHint()],
	['g', state => state.askForSolution()],
	['i', state => state.toggleReading()],
	['j', state => state.moveCell(1, 0)],
	['k', state => state.moveCell(-1, 0)],
	['u', state => state.clearDraft()],
]);

/** One key press as the game reads it; `typed` is the character that produced it (Hangul for a Korean layout). */
type Press = {readonly input: string; readonly key: KeyPress; readonly typed: string};

/**
 * The one place keys become actions. It reads the store's current state on
 * every press, so a key typed right after a screen change goes to the new screen.
 * Characters that arrive together (keys typed faster than a frame, a paste, a
 * Hangul syllable from an input method) are replayed one key at a time.
 * `page` lays out the scrolling page on screen, which only the UI can measure;
 * the scroll keys read it when pressed.
 */
export function dispatchKey(
	store: GameStore,
	rawInput: string,
	key: KeyPress,
	page: () => PageLayout = () => noPage,
): void {
	// Said relative to now ("due in 10 min"), the practice lines follow the clock key by key.
	store.getState().readClock();
	if (key.ctrl && hangulToKeys(rawInput) === 'c') {
		store.getState().quit();
		return;
	}
	if (key.ctrl && takesAnswers(store.getState())) {
		// Ctrl-A, Ctrl-E and Ctrl-U, as in a shell's line: the caret to the start or the end, or a fresh answer.
		const letter = hangulToKeys(rawInput);
		if (letter === 'a') store.getState().moveCaret('start');
		else if (letter === 'e') store.getState().moveCaret('end');
		else if (letter === 'u') store.getState().clearDraft();
		return;
	}
	if (key.ctrl || (key.meta && !key.escape)) return;
	// In an answer field, a paste or Hangul (a syllable, a jamo) is text, never a command key.
	if (takesAnswers(store.getState()) && !isNamedKey(key) && ([...rawInput].length > 1 || hasHangul(rawInput))) {
		typeChunk(store, rawInput);
		return;
	}
	const presses = splitPresses(rawInput, key);
	// A key inside a paste or a syllable is text, not a request to quit or a dialog's answer.
	const single = presses.length === 1;
	for (const press of presses) dispatchPress(store, press, single, page);
}

/** Whether keys go to an answer field: a level with fields, not finished, no overlay up. */
function takesAnswers(state: ReturnType<GameStore['getState']>): boolean {
	return (
		state.screen === 'level' &&
		state.overlay === 'none' &&
		!isLab(state) &&
		!isComplete(state) &&
		state.play !== undefined
	);
}

/**
 * Text that arrived in one chunk, typed into the answer field: letters and
 * Hangul go in as text (the field then says what is not a number); only Enter,
 * Tab and Backspace inside it act, in order, as keys typed fast do.
 */
function typeChunk(store: GameStore, chunk: string): void {
	let text = '';
	const flush = () => {
		if (text !== '') store.getState().type(text);
		text = '';
	};
	for (const ch of chunk) {
		if (ch === '\r' || ch === '\n') {
			flush();
			store.getState().submit();
		} else if (ch === '\t') {
			flush();
			store.getState().moveFocus(1);
		} else if (ch === '\u007f' || ch === '\b') {
			flush();
			store.getState().erase();
		} else text += ch;
	}
	flush();
}

function isNamedKey(key: KeyPress): boolean {
	return Boolean(
		key.return ||
			key.escape ||
			key.tab ||
			key.upArrow ||
			key.downArrow ||
			key.leftArrow ||
			key.rightArrow ||
			key.pageUp ||
			key.pageDown ||
			key.home ||
			key.end ||
			key.backspace ||
			key.delete ||
			key.forwardDelete,
	);
}

/** The single key presses a chunk of input stands for: '0\r' → 0, Enter; '효' → g, y. */
export function splitPresses(rawInput: string, key: KeyPress): Press[] {
	if (isNamedKey(key) || ([...rawInput].length <= 1 && !hasHangul(rawInput))) {
		return [{input: rawInput, key, typed: rawInput}];
	}
	const presses: Press[] = [];
	for (const ch of rawInput) {
		if (ch === '\r' || ch === '\n') presses.push({input: '', key: {return: true}, typed: ch});
		else if (ch === '\t') presses.push({input: '', key: {tab: true}, typed: ch});
		else if (ch === '\u007f' || ch === '\b') presses.push({input: '', key: {backspace: true}, typed: ch});
		else for (const letter of hangulToKeys(ch)) presses.push({input: letter, key: {}, typed: ch});
	}
	return presses;
}

function dispatchPress(store: GameStore, press: Press, single: boolean, page: () => PageLayout): void {
	const state = store.getState();
	const {input, key} = press;
	// The page is laid out only when a scroll key needs it.
	const scroll = (lines: number) => state.scrollReading(lines, page());
	const turn = (pages: number) => state.pageReading(pages, page());
	/** The keys every scrolling page reads; whether this press was one of them. */
	const scrollPage = (): boolean => {
		if (key.upArrow || input === 'k') scroll(-1);
		else if (key.downArrow || input === 'j') scroll(1);
		else if (key.pageUp || input === 'b') turn(-1);
		else if (key.pageDown || input === ' ') turn(1);
		else if (key.home) scroll(-Infinity);
		else if (key.end) scroll(Infinity);
		else return false;
		return true;
	};
	const quitKey = single && input === 'q';
	// A dialog takes only the keys it names, pressed alone: y (ㅛ), n (ㅜ), Esc; never Enter.
	const yes = single && (input === 'y' || input === 'Y');
	const no = key.escape || (single && (input === 'n' || input === 'N'));

	switch (state.overlay) {
		case 'help':
			// On a level, g in the help opens the glossary; s switches the screen-reader setting; any other key closes the help.
			if (input === 'g' && state.screen === 'level') state.showGlossary();
			else if (input === 's') state.toggleScreenReaderSetting();
			else state.closeOverlay();
			return;
		case 'glossary':
			state.closeOverlay();
			return;
		case 'intro':
		case 'explanation':
			if (key.escape || key.return || input === 'i') state.closeOverlay();
			else scrollPage();
			return;
		case 'confirm-solution':
			if (yes) state.confirmSolution();
			else if (no) state.closeOverlay();
			return;
		case 'confirm-hint':
			if (yes) state.confirmHint();
			else if (no) state.closeOverlay();
			return;
		case 'none':
			break;
	}

	if (input === '?') {
		state.toggleHelp();
		return;
	}

	switch (state.screen) {
		case 'menu':
			if (key.upArrow || input === 'k') state.moveCursor(-1);
			else if (key.downArrow || input === 'j') state.moveCursor(1);
			else if (key.pageUp) state.moveCursor(-10);
			else if (key.pageDown) state.moveCursor(10);
			else if (key.home) state.moveCursor(-state.levels.length);
			else if (key.end) state.moveCursor(state.levels.length);
			else if (key.return || key.rightArrow || input === 'l') state.openSelected();
			else if (input === 'c') state.continueFirstUnsolved();
			else if (input === 'p') state.startPractice();
			else if (input === 'o') state.openPracticeOverview();
			else if (input === 'e') state.exportScores();
			else if (quitKey) state.quit();
			return;
		case 'practice-summary':
		case 'practice-overview':
			if (key.return || key.escape || input === 'm') state.endPractice();
			else if (input === 'p') state.startPractice();
			else if (scrollPage()) return;
			else if (quitKey) state.quit();
			return;
		case 'result':
			if (key.return || key.rightArrow || input === 'n') state.continueAfterResult();
			else if (input === 'r') state.replay();
			else if (input === 'i') state.toggleReading();
			else if (key.escape || input === 'm') state.back();
			else if (quitKey) state.quit();
			return;
		case 'level':
			if (isLab(state)) labKey(store, press, quitKey);
			else levelKey(store, press, quitKey);
			return;
	}
}

function labKey(store: GameStore, {input, key}: Press, quitKey: boolean): void {
	const state = store.getState();
	if (key.escape) state.back();
	else if (key.return) state.submit();
	else if (input === ' ') state.labToggleRun();
	else if (input === 's') state.labStep();
	else if (input === '+' || input === '=') state.labChangeRate(1);
	else if (input === '-' || input === '_') state.labChangeRate(-1);
	else if (input === 'r') state.labReset();
	else if (input === 'l') state.labToggleLog();
	else if (input === 'h') state.askForHint();
	else if (input === 'i') state.toggleReading();
	else if (quitKey) state.quit();
}

function levelKey(store: GameStore, {input, key, typed}: Press, quitKey: boolean): void {
	const state = store.getState();
	if (state.play === undefined) return;
	const complete = isComplete(state);
	// A letter continues what stands before the caret, wherever in the answer that is
	// (read as the keys that typed it: a word field may hold ㅔㅁ, pa on a Korean layout).
	const draft = hangulToKeys(textBefore(focusedDraft(state), focusedCaret(state)));
	const wordField = focusedField(state)?.choice !== undefined;

	if (key.escape) state.back();
	else if (key.return) state.submit();
	else if (key.tab) state.moveFocus(key.shift ? -1 : 1);
	else if (key.downArrow) state.moveCell(1, 0);
	else if (key.upArrow) state.moveCell(-1, 0);
	else if (key.leftArrow) state.moveCaret('left');
	else if (key.rightArrow) state.moveCaret('right');
	else if (key.home) state.moveCaret('start');
	else if (key.end) state.moveCaret('end');
	else if (key.forwardDelete) state.eraseForward();
	else if (key.backspace || key.delete) state.erase();
	else if (complete) {
		if (quitKey) state.quit();
		else if (input === 'i') state.toggleReading();
	} else if (/^[xX]$/.test(input) && focusedField(state)?.cell?.grid.kind === 'shape') {
		// A shape may be typed `3x2`: the x moves to the second size.
		state.type(input);
	} else if (/^[a-zA-Z]$/.test(input) && !continuesAnswer(draft, input, fieldWords(state))) {
		const command = levelCommands.get(input);
		if (command !== undefined) command(state);
		// A field that takes words takes any other letter too, so a wrong name can be told so on Enter.
		else if (fieldWords(state).length > 0) state.type(wordField ? typed : input);
	} else if (input.length > 0) {
		// Hangul goes in as typed: a word field reads it, any other says to switch the keyboard to English.
		state.type(hasHangul(typed) ? typed : input);
	}
}
