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

/** The key hints at the bottom of every screen. */
export function Footer({keys, width}: FooterProps) {
	return <Text dimColor>{fitKeys(keys, width)}</Text>;
}
