import wrapAnsi from 'wrap-ansi';

/** Word-wraps text to a display width and returns the lines (Hangul counts two columns). */
export function wrapLines(text: string, width: number): string[] {
	if (text === '') return [];
	return wrapAnsi(text, Math.max(1, width), {hard: true, trim: true}).split('\n');
}
