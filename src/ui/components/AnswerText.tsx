import {Text} from 'ink';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';
import {caretGlyph, caretWindow} from './caret-window.js';

export type AnswerTextProps = {
	readonly text: string;
	/** Where the caret stands, in characters from the start; undefined in a box that has no focus. */
	readonly caret: number | undefined;
	/** Columns inside the box's brackets; the text is cut and padded to exactly this. */
	readonly width: number;
	/** The text's colour. @default the terminal's */
	readonly color?: string | undefined;
	/** The whole text is selected: the next key typed replaces it (a cell marked ✗). @default false */
	readonly selected?: boolean;
};

/** The inside of an answer box: its text, and in the focused box the caret where typing goes. */
export function AnswerText({text, caret, width, color, selected = false}: AnswerTextProps) {
	if (selected && caret !== undefined && text !== '') {
		// Shown as a selection, the way an editor shows text the next key replaces; no caret at its end to suggest appending.
		const shown = truncateToWidth(text, width - 1);
		return (
			<Text>
				<Text color={color} inverse>
					{shown}
				</Text>
				{' '.repeat(Math.max(0, width - displayWidth(shown)))}
			</Text>
		);
	}
	if (caret === undefined) {
		const shown = truncateToWidth(text, width - 1);
		return (
			<Text>
				<Text color={color}>{shown}</Text>
				{' '.repeat(Math.max(0, width - displayWidth(shown)))}
			</Text>
		);
	}
	const {before, after} = caretWindow(text, caret, width);
	return (
		<Text>
			<Text color={color}>{before}</Text>
			<Text color={theme.accent}>{caretGlyph}</Text>
			<Text color={color}>{after}</Text>
			{' '.repeat(Math.max(0, width - 1 - displayWidth(before) - displayWidth(after)))}
		</Text>
	);
}
