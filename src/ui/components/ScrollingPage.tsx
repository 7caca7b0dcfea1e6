import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {useGame, useGameStore} from '../game-context.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';
import {Footer} from './Footer.js';

/** A line of a page: a detail line starts with two spaces and wraps indented under its heading. */
export type PageLine = {readonly text: string; readonly bold?: boolean; readonly color?: string | undefined};

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
 * reading keys move `reading.top`), with the visible lines named in the title
 * and the footer's keys below: the practice summary and overview.
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
	const store = useGameStore();
	const top = useGame(s => s.reading.top);
	// A detail line's continuation is indented a little more than its first line.
	const wrapped = lines.flatMap(line => {
		if (!line.text.startsWith('  ')) return wrapLines(line.text, width).map(text => ({...line, text}));
		return wrapLines(line.text.trimStart(), Math.max(10, width - 4)).map((text, i) => ({
			...line,
			text: `${i === 0 ? '  ' : '    '}${text}`,
		}));
	});
	// Title, rule and a blank line above, the footer below.
	const rows = Math.max(1, height - 4);
	const maxTop = Math.max(0, wrapped.length - rows);
	useEffect(() => {
		store.getState().fitReading(maxTop, rows);
	}, [store, maxTop, rows]);
	const shownTop = Math.min(top, maxTop);
	const scrolls = maxTop > 0;
	const where = scrolls ? position(shownTop + 1, Math.min(wrapped.length, shownTop + rows), wrapped.length) : '';
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
				{wrapped.slice(shownTop, shownTop + rows).map((line, i) => (
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
