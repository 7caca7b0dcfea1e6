import stringWidth from 'string-width';

/** Columns a string takes in a terminal: Hangul and other wide characters count two. */
export function displayWidth(text: string): number {
	return stringWidth(text);
}

/** Pads with spaces on the right to a display width (never truncates). */
export function padEndToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads with spaces on the left to a display width (never truncates). */
export function padStartToWidth(text: string, width: number): string {
	return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts a string to at most `width` columns, ending with … when it had to cut. */
export function truncateToWidth(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	let out = '';
	for (const ch of text) {
		if (displayWidth(`${out}${ch}…`) > width) break;
		out += ch;
	}
	return `${out}…`;
}
