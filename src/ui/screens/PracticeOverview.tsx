import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {Footer} from '../components/Footer.js';
import {useGame, useGameStore} from '../game-context.js';
import {overviewLines} from '../practice-overview-text.js';
import {practiceMessages} from '../practice-strings.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type PracticeOverviewProps = {
	readonly width: number;
	readonly height: number;
};

/**
 * Every concept on the practice schedule: due ones first, weakest first, each
 * with its first-try accuracy, predicted recall and next review. Scrolls like the summary.
 */
export function PracticeOverview({width, height}: PracticeOverviewProps) {
	const store = useGameStore();
	const lang = useGame(s => s.lang);
	const history = useGame(s => s.progress.practice);
	// The schedule follows the pack's levels and the history: re-read when either changes.
	useGame(s => s.levels);
	const top = useGame(s => s.reading.top);
	const now = useGame(s => s.clock)();
	const o = practiceMessages[lang].overview;
	const schedulable = store.getState().practiceStatus().unlocked;
	const wrapped = overviewLines(history, schedulable, new Date(now), lang).flatMap(line =>
		line.kind === 'detail'
			? wrapLines(line.text.trimStart(), Math.max(10, width - 4)).map((text, i) => ({
					...line,
					text: `${i === 0 ? '  ' : '    '}${text}`,
				}))
			: wrapLines(line.text, width).map(text => ({...line, text})),
	);
	const rows = Math.max(1, height - 4);
	const maxTop = Math.max(0, wrapped.length - rows);
	useEffect(() => {
		store.getState().fitReading(maxTop, rows);
	}, [store, maxTop, rows]);
	const shownTop = Math.min(top, maxTop);
	const scrolls = maxTop > 0;
	const t = practiceMessages[lang];
	const position = scrolls
		? t.summaryLines(shownTop + 1, Math.min(wrapped.length, shownTop + rows), wrapped.length)
		: '';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>
				<Text bold color={theme.accent}>
					{truncateToWidth(o.title, width - displayWidth(position) - 2)}
				</Text>
				{scrolls && <Text dimColor>{`  ${position}`}</Text>}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1} marginTop={1}>
				{wrapped.slice(shownTop, shownTop + rows).map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} bold={line.kind === 'concept'} color={line.kind === 'note' ? theme.hint : undefined}>
						{truncateToWidth(line.text, width)}
					</Text>
				))}
			</Box>
			<Footer keys={scrolls ? o.scrollFooter : o.footer} width={width} />
		</Box>
	);
}
