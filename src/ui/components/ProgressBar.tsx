import {Text} from 'ink';
import {theme} from '../theme.js';

export type ProgressBarProps = {
	readonly done: number;
	readonly total: number;
	/** Cells in the bar. @default 20 */
	readonly width?: number;
};

/** ████░░░░ — how much of the curriculum is solved. */
export function ProgressBar({done, total, width = 20}: ProgressBarProps) {
	const filled = total === 0 ? 0 : Math.round((done / total) * width);
	return (
		<Text>
			<Text color={theme.accent}>{'█'.repeat(filled)}</Text>
			<Text dimColor>{'░'.repeat(width - filled)}</Text>
		</Text>
	);
}
