import wrapAnsi from 'wrap-ansi';
import {memoized} from './memo.js';

/** Word-wraps text to a display width and returns the lines (Hangul counts two columns). */
export function wrapLines(text: string, width: number): string[] {
	if (text === '') return [];
	// A copy: callers may change their lines, the remembered ones stay as wrapped.
	return [...wrapped(`${Math.max(1, width)}:${text}`)];
}

/** `columns:text` wrapped, remembered: a lab redraws the same paragraphs every frame. */
const wrapped = memoized(key => {
	const colon = key.indexOf(':');
	return wrapAnsi(key.slice(colon + 1), Number(key.slice(0, colon)), {hard: true, trim: true}).split('\n');
});
