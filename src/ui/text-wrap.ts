import wrapAnsi from 'wrap-ansi';
import {formulaSpace, keepFormulasTogether} from './formula-units.js';
import {memoized} from './memo.js';

/**
 * Word-wraps text to a display width and returns the lines (Hangul counts two columns).
 * A formula that fits on a line is never broken: `q = x +` / `y` would read as two.
 */
export function wrapLines(text: string, width: number): string[] {
	if (text === '') return [];
	// A copy: callers may change their lines, the remembered ones stay as wrapped.
	return [...wrapped(`${Math.max(1, width)}:${text}`)];
}

/** `columns:text` wrapped, remembered: a lab redraws the same paragraphs every frame. */
const wrapped = memoized(key => {
	const colon = key.indexOf(':');
	const width = Number(key.slice(0, colon));
	const kept = keepFormulasTogether(key.slice(colon + 1), width);
	return wrapAnsi(kept, width, {hard: true, trim: true})
		.split('\n')
		.map(line => line.replaceAll(formulaSpace, ' '));
});
