import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {conceptNames} from '../../game/practice/concepts.js';
import {summarizeSession} from '../../game/practice/summary.js';
import {Footer} from '../components/Footer.js';
import {useGame, useGameStore} from '../game-context.js';
import {shortDate} from '../practice-overview-text.js';
import {practiceMessages} from '../practice-strings.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type PracticeSummaryProps = {
	readonly width: number;
	readonly height: number;
};

type Line = {readonly text: string; readonly bold?: boolean; readonly color?: string};

/**
 * After a practice session: per concept, first-time answers, mistakes in
 * words, hints used and the next review. Longer than the screen, it scrolls
 * with the keys the footer names.
 */
export function PracticeSummary({width, height}: PracticeSummaryProps) {
	const store = useGameStore();
	const lang = useGame(s => s.lang);
	const session = useGame(s => s.practice);
	const history = useGame(s => s.progress.practice);
	const top = useGame(s => s.reading.top);
	const now = useGame(s => s.clock)();
	const t = practiceMessages[lang];
	const names = t.mistakeNames as Readonly<Record<string, string>>;
	const lines: Line[] = [];
	for (const c of summarizeSession(session?.results ?? [], history)) {
		const mistakes = c.mistakes.map(([kind, n]) => t.mistakeCount(names[kind] ?? kind, n)).join(', ');
		lines.push({text: `${conceptNames[c.concept][lang]} · ${t.levels(c.levels)}`, bold: true});
		lines.push({text: `  ${t.firstTime(c.firstTimeRight, c.fields)} · ${t.hintsUsed(c.hints)}`, color: theme.right});
		lines.push({
			text: `  ${mistakes === '' ? t.noMistakes : t.mistakes(mistakes)}`,
			color: mistakes === '' ? theme.right : theme.wrong,
		});
		if (c.solutionsShown > 0) lines.push({text: `  ${t.solutionsShown(c.solutionsShown)}`, color: theme.wrong});
		if (c.nextDue !== undefined) {
			const due = new Date(c.nextDue);
			lines.push({
				text: `  ${t.nextReview(`${t.inTime(due.getTime() - now)} (${shortDate(due)})`)}`,
				color: theme.hint,
			});
		}
	}
	// A concept's detail lines are indented; their continuation lines a little more.
	const wrapped = lines.flatMap(line => {
		const detail = line.text.startsWith('  ');
		if (!detail) return wrapLines(line.text, width).map(text => ({...line, text}));
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
	const position = scrolls
		? t.summaryLines(shownTop + 1, Math.min(wrapped.length, shownTop + rows), wrapped.length)
		: '';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>
				<Text bold color={theme.accent}>
					{truncateToWidth(t.summaryTitle, width - displayWidth(position) - 2)}
				</Text>
				{scrolls && <Text dimColor>{`  ${position}`}</Text>}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1} marginTop={1}>
				{wrapped.length === 0 && <Text>{t.summaryEmpty}</Text>}
				{wrapped.slice(shownTop, shownTop + rows).map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} bold={line.bold === true} color={line.color}>
						{truncateToWidth(line.text, width)}
					</Text>
				))}
			</Box>
			<Footer keys={scrolls ? t.summaryScrollFooter : t.summaryFooter} width={width} />
		</Box>
	);
}
