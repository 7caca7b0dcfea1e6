import {Box, Text} from 'ink';
import {shownTop} from '../../game/reading.js';
import {useGame} from '../game-context.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';
import {Footer} from './Footer.js';
import {type PageLine, pageRowsShown, wrapPage} from './page-lines.js';

export type ScrollingPageProps = {
	readonly title: string;
	readonly lines: readonly PageLine[];
	/** Shown when there are no lines. @default '' */
	readonly empty?: string;
	/** The footer's keys, and the keys when the page is longer than the screen. */
	readonly footer: string;
	readonly scrollFooter: string;
	/** Which lines show, for the title line: `lines 1–18 of 30`. */
	readonly position: (from: number, to: number, total: number) => string;
	readonly width: number;
	readonly height: number;
};

/**
 * A titled page of lines that scrolls when it is longer than the screen (the
 * reading keys move `reading.top`; the lines shown follow from it and the size
 * drawn at), with the visible lines named in the title and the footer's keys
 * below: the practice summary and overview.
 */
export function ScrollingPage({
	title,
	lines,
	empty = '',
	footer,
	scrollFooter,
	position,
	width,
	height,
}: ScrollingPageProps) {
	const asked = useGame(s => s.reading.top);
	const wrapped = wrapPage(lines, width);
	const rows = pageRowsShown(height);
	const top = shownTop(asked, {lines: wrapped.length, rows});
	const scrolls = wrapped.length > rows;
	const where = scrolls ? position(top + 1, Math.min(wrapped.length, top + rows), wrapped.length) : '';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>
				<Text bold color={theme.accent}>
					{truncateToWidth(title, width - displayWidth(where) - 2)}
				</Text>
				{scrolls && <Text dimColor>{`  ${where}`}</Text>}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1} marginTop={1}>
				{wrapped.length === 0 && empty !== '' && <Text>{empty}</Text>}
				{wrapped.slice(top, top + rows).map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} bold={line.bold === true} color={line.color}>
						{truncateToWidth(line.text, width)}
					</Text>
				))}
			</Box>
			<Footer keys={scrolls ? scrollFooter : footer} width={width} />
		</Box>
	);
}
