import {Text} from 'ink';
import {displayWidth, truncateToWidth} from '../text-width.js';

export type FooterProps = {
	/** The keys that work on this screen, as items joined by " · ". */
	readonly keys: string;
	readonly width: number;
};

const separator = ' · ';

/**
 * One dim line of key hints. When the line is too narrow, items are left out
 * from the end, but the help key stays: it lists everything else.
 */
export function fitKeys(keys: string, width: number): string {
	if (displayWidth(keys) <= width) return keys;
	const items = keys.split(separator);
	const help = items.find(item => item.startsWith('? '));
	const kept: string[] = [];
	for (const item of items) {
		if (item === help) continue;
		const candidate = [...kept, item, ...(help === undefined ? [] : [help])].join(separator);
		if (displayWidth(candidate) > width) break;
		kept.push(item);
	}
	return truncateToWidth([...kept, ...(help === undefined ? [] : [help])].join(separator), width);
}

/**
 * Key hints on up to `rows` lines, items kept whole and in order, so a screen whose every key must
 * show (a lab) names them all at 80 columns; only what still does not fit is left out, as `fitKeys` does.
 * Keys that fit on two lines are split where the two come out most nearly the same width.
 */
export function keyLines(keys: string, width: number, rows: number): string[] {
	if (rows <= 1 || displayWidth(keys) <= width) return [fitKeys(keys, width)];
	const items = keys.split(separator);
	// Two lines of about equal width, so no key is left alone on the second.
	const splits = items
		.slice(1)
		.map((_, i) => [`${items.slice(0, i + 1).join(separator)} ·`, items.slice(i + 1).join(separator)])
		.filter(pair => pair.every(line => displayWidth(line) <= width));
	const widest = (pair: string[]) => Math.max(...pair.map(line => displayWidth(line)));
	const even = splits.sort((a, b) => widest(a) - widest(b))[0];
	if (even !== undefined) return even;
	const lines: string[] = [];
	let line: string[] = [];
	for (const [i, item] of items.entries()) {
		// A line ends with its separator's dot, so the next line reads as going on.
		if (line.length > 0 && displayWidth([...line, item].join(separator)) + 2 > width) {
			lines.push(`${line.join(separator)} ·`);
			line = [];
			if (lines.length === rows - 1) {
				lines.push(fitKeys(items.slice(i).join(separator), width));
				return lines;
			}
		}
		line.push(item);
	}
	lines.push(line.join(separator));
	return lines;
}

/** The key hints at the bottom of every screen. */
export function Footer({keys, width}: FooterProps) {
	return <Text dimColor>{fitKeys(keys, width)}</Text>;
}
