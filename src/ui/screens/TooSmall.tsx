import {Text} from 'ink';
import type {Language} from '../../levels/language.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';

export type TooSmallProps = {
	readonly lang: Language;
	readonly columns: number;
	readonly rows: number;
};

export const minimumColumns = 60;
export const minimumRows = 20;

/** Shown instead of a broken layout when the terminal is below the minimum size. */
export function TooSmall({lang, columns, rows}: TooSmallProps) {
	const lines = wrapLines(
		messages(lang).tooSmall(columns, rows, minimumColumns, minimumRows),
		Math.max(10, columns - 1),
	);
	return <Text>{lines.slice(0, Math.max(1, rows - 1)).join('\n')}</Text>;
}
