import {functionNames} from '../levels/formula.js';
import {hangulToKeys} from './hangul-keys.js';
import {focusedDraft, type GameStore, isComplete, isLab} from './store.js';

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
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
};

/**
 * Whether a letter typed into an answer continues it (the exponent of `1e-3`,
 * or the start of a function such as `sigmoid`) rather than being a command
 * key like h (hint) or g (give up).
 */
export function continuesAnswer(draft: string, letter: string): boolean {
	if (/^[eE]$/.test(letter) && /[0-9.]$/.test(draft)) return true;
	const word = (/[a-z]*$/.exec(draft)?.[0] ?? '') + letter;
	return functionNames.some(name => name.startsWith(word));
}

/**
 * The one place keys become actions. It reads the store's current state on
 * every press, so a key typed right after a screen change goes to the new screen.
 */
export function dispatchKey(store: GameStore, rawInput: string, key: KeyPress): void {
	const state = store.getState();
	const input = hangulToKeys(rawInput);
	if (key.ctrl && input === 'c') {
		state.quit();
		return;
	}
	if (key.ctrl || (key.meta && !key.escape)) return;

	switch (state.overlay) {
		case 'help':
			state.closeOverlay();
			return;
		case 'intro':
			if (key.escape || key.return || input === 'i') state.closeOverlay();
			return;
		case 'confirm-solution':
			if (input === 'y' || input === 'Y' || key.return) state.confirmSolution();
			else if (input === 'n' || input === 'N' || key.escape) state.closeOverlay();
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
			else if (input === 'e') state.exportScores();
			else if (input === 'q') state.quit();
			return;
		case 'result':
			if (key.return || key.rightArrow || input === 'n') state.continueAfterResult();
			else if (input === 'r') state.replay();
			else if (key.escape || input === 'm') state.back();
			else if (input === 'q') state.quit();
			return;
		case 'level':
			levelKey(store, input, key);
			return;
	}
}

function labKey(store: GameStore, input: string, key: KeyPress): void {
	const state = store.getState();
	if (key.escape) state.back();
	else if (key.return) state.submit();
	// Keys pressed faster than a frame can arrive together ("+++"): each one counts.
	else for (const ch of input) labLetter(store, ch);
}

function labLetter(store: GameStore, ch: string): void {
	const state = store.getState();
	if (ch === ' ') state.labToggleRun();
	else if (ch === 's') state.labStep();
	else if (ch === '+' || ch === '=') state.labChangeRate(1);
	else if (ch === '-' || ch === '_') state.labChangeRate(-1);
	else if (ch === 'r') state.labReset();
	else if (ch === 'l') state.labToggleLog();
	else if (ch === 'h') state.hint();
	else if (ch === 'i') state.showIntro();
	else if (ch === 'q') state.quit();
}

function levelKey(store: GameStore, input: string, key: KeyPress): void {
	const state = store.getState();
	if (isLab(state)) {
		labKey(store, input, key);
		return;
	}
	if (state.play === undefined) return;
	const complete = isComplete(state);
	const draft = focusedDraft(state);

	if (key.escape) state.back();
	else if (key.return) state.submit();
	else if (key.tab) state.moveFocus(key.shift ? -1 : 1);
	else if (key.downArrow) state.moveFocus(1);
	else if (key.upArrow) state.moveFocus(-1);
	else if (key.backspace || key.delete) state.erase();
	else if (complete) {
		if (input === 'q') state.quit();
	} else if (/^[a-zA-Z]$/.test(input) && !continuesAnswer(draft, input)) {
		if (input === 'h') state.hint();
		else if (input === 'g') state.askForSolution();
		else if (input === 'i') state.showIntro();
		else if (input === 'j') state.moveFocus(1);
		else if (input === 'k') state.moveFocus(-1);
		else if (input === 'u') state.clearDraft();
	} else if (/[\r\n\t]/.test(input)) {
		// Keys typed faster than a frame arrive together ("0\r"): replay them one by one.
		for (const ch of input) {
			if (ch === '\r' || ch === '\n') levelKey(store, '', {return: true});
			else if (ch === '\t') levelKey(store, '', {tab: true});
			else levelKey(store, ch, {});
		}
	} else if (input.length > 0) {
		state.type(input);
	}
}
