// A key that changes nothing a listener can hear would leave them wondering
// whether it arrived. The drawn game shows nothing either, but its screen can
// be looked at; read aloud, the mode says in a few words what happened instead.

import {textBefore} from '../../game/caret.js';
import type {KeyPress} from '../../game/keys.js';
import {currentLevel, focusedCaret, focusedDraft, type GameState, isComplete} from '../../game/store.js';
import type {Language} from '../../levels/language.js';
import {whereYouAre} from './narrator.js';
import {readerMessages} from './reader-strings.js';
import {speakDraft, speakNumber} from './speech.js';

/**
 * What to say after a key that made the game say nothing. `before` and `after`
 * are the states around the key. A key that only changed what is typed is
 * heard through the prompt line, so it says nothing more, except u, whose
 * clearing would otherwise go unheard.
 */
export function quietKeyLines(before: GameState, after: GameState, input: string, key: KeyPress): string[] {
	const r = readerMessages[after.lang];
	// The caret moved (Home, End, Ctrl-A, Ctrl-E, the arrows in a grid's cell): where it now stands.
	const caret = focusedCaret(after);
	if (
		after.screen === 'level' &&
		focusedDraft(before) === focusedDraft(after) &&
		before.play?.focus === after.play?.focus &&
		focusedCaret(before) !== caret
	) {
		const draft = focusedDraft(after);
		return [
			r.quiet.caret(
				speakDraft(textBefore(draft, caret), after.lang).trim(),
				speakDraft([...draft].slice(caret).join(''), after.lang).trim(),
			),
		];
	}
	if (key.ctrl || key.meta || after.quitting) return [];
	// A help, a text or a question closed with nothing else to say: where you are, again.
	if (before.overlay !== 'none' && after.overlay === 'none' && before.screen === after.screen)
		return [r.closed, ...whereYouAre(after)];
	const typedBefore = focusedDraft(before);
	const typedAfter = focusedDraft(after);
	if (typedBefore !== typedAfter || before.play?.focus !== after.play?.focus) {
		return input === 'u' && typedAfter === '' ? [r.quiet.cleared] : [];
	}
	const level = currentLevel(after);
	if (after.screen === 'menu') {
		if ((key.upArrow || input === 'k') && after.menuCursor === 0) return [r.quiet.firstLevel];
		if ((key.downArrow || input === 'j') && after.menuCursor === after.levels.length - 1) return [r.quiet.lastLevel];
	}
	if (after.screen === 'level' && level !== undefined && after.lab !== undefined) {
		const lab = after.lab;
		const eta = speakNumber(lab.learningRate, after.lang);
		if (input === '+' || input === '=') return [r.quiet.rateTop(eta)];
		if (input === '-' || input === '_') return [r.quiet.rateBottom(eta)];
		if (input === 'l') return [r.quiet.logAxis];
		if (key.return) return [r.quiet.labNotDone];
		if (input === 'r' && lab.steps === 0) return [r.quiet.labAtStart];
	}
	if (after.screen === 'level' && level !== undefined && after.lab === undefined && after.play !== undefined) {
		const field = level.fields[after.play.focus];
		const edits = key.backspace || key.delete || input === 'u' || /^[0-9.,+\-−*/^()]$/.test(input);
		if (isComplete(after)) return [r.toResult];
		if (edits && field !== undefined && after.play.solved[field.id] === true) return [r.quiet.fieldSolved];
		if ((key.backspace || key.delete || input === 'u') && typedAfter === '') return [r.quiet.fieldEmpty];
		if (key.tab && level.fields.length === 1) return [r.quiet.onlyField];
	}
	return [r.quiet.nothing(keyName(input, key, after.lang))];
}

/** A key as a listener would name it. */
function keyName(input: string, key: KeyPress, lang: Language): string {
	const names = readerMessages[lang].quiet.keys;
	if (key.upArrow) return names.up;
	if (key.downArrow) return names.down;
	if (key.leftArrow) return names.left;
	if (key.rightArrow) return names.right;
	if (key.return) return names.enter;
	if (key.escape) return names.escape;
	if (key.tab) return key.shift ? names.shiftTab : names.tab;
	if (key.backspace || key.delete) return names.backspace;
	if (key.pageUp) return names.pageUp;
	if (key.pageDown) return names.pageDown;
	if (input === ' ') return names.space;
	return input;
}
