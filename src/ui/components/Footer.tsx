import {Text} from 'ink';
import {truncateToWidth} from '../text-width.js';

export type FooterProps = {
	/** The keys that work on this screen. */
	readonly keys: string;
	readonly width: number;
};

/** One dim line of key hints at the bottom of every screen. */
export function Footer({keys, width}: FooterProps) {
	return <Text dimColor>{truncateToWidth(keys, width)}</Text>;
}
