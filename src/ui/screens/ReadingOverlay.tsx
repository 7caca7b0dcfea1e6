import {Box, Text} from 'ink';
import {useEffect} from 'react';
import {currentLevel} from '../../game/store.js';
import {Footer} from '../components/Footer.js';
import {Lines} from '../components/Lines.js';
import {blankLine, explanationLines, formulaLines, introductionLines, type Line, labHintLines} from '../explanation.js';
import {useGame, useGameStore} from '../game-context.js';
import {DrawingView} from '../graph/DrawingView.js';
import {type DrawingSpan, levelDrawing} from '../graph/level-drawing.js';
import {notesLabFigure} from '../graph/network-figure.js';
import {messages} from '../strings.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';

export type ReadingOverlayProps = {
	readonly width: number;
	readonly height: number;
};

/** A row of the overlay: text, or one line of the level's drawing. */
type Row = {readonly line: Line} | {readonly drawing: readonly DrawingSpan[]};

/**
 * A level's whole text, for when its screen had to shorten it: the introduction while playing; once
 * the level is complete, the explanation (with the worked solution if it was shown) and then the
 * introduction again; then the level's drawing (for a terminal that had no room for it on the level
 * screen) and its formula. Long texts scroll with the keys the footer names.
 */
export function ReadingOverlay({width, height}: ReadingOverlayProps) {
	const store = useGameStore();
	const lang = useGame(s => s.lang);
	const overlay = useGame(s => s.overlay);
	const level = useGame(currentLevel);
	const play = useGame(s => s.play);
	const session = useGame(s => s.labSession);
	const top = useGame(s => s.reading.top);
	const t = messages(lang);

	const text: Line[] =
		level === undefined
			? []
			: overlay === 'explanation'
				? [
						...explanationLines(level, play, t, lang, width),
						blankLine,
						{text: t.introTitle, color: theme.accent},
						...introductionLines(level, lang, width),
					]
				: [...introductionLines(level, lang, width), ...labHintLines(level, play?.hintsShown ?? 0, t, lang, width)];
	// The notes lab draws the note's network at the weights training has reached.
	const weights = session?.trainer.parameters?.();
	const drawing =
		level === undefined
			? []
			: level.spec.kind === 'lab' && level.spec.model.type === 'notes-2-2-2' && weights !== undefined
				? notesLabFigure(Object.fromEntries(weights.map(p => [p.name, p.value])), width)
				: levelDrawing(level, play, width, t).lines;
	const formula = level === undefined ? [] : formulaLines(level);
	const lines: Row[] = [
		...text.map(line => ({line})),
		...(drawing.length > 0 ? [{line: blankLine}, ...drawing.map(spans => ({drawing: spans}))] : []),
		...(formula.length > 0 ? [blankLine, ...formula].map(line => ({line})) : []),
	];
	// Title and rule above, footer below.
	const rows = Math.max(1, height - 3);
	const maxTop = Math.max(0, lines.length - rows);
	useEffect(() => {
		store.getState().fitReading(maxTop, rows);
	}, [store, maxTop, rows]);
	if (level === undefined) return null;

	const shownTop = Math.min(top, maxTop);
	const scrolls = maxTop > 0;
	const title = `${overlay === 'explanation' ? t.explanationTitle : t.introTitle}: ${level.spec.title[lang]}`;
	const position = scrolls
		? t.readingPosition(shownTop + 1, Math.min(lines.length, shownTop + rows), lines.length)
		: '';
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>
				<Text bold color={theme.accent}>
					{truncateToWidth(title, width - displayWidth(position) - 2)}
				</Text>
				{scrolls && <Text dimColor>{`  ${position}`}</Text>}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{lines.slice(shownTop, shownTop + rows).map((row, i) =>
					'line' in row ? (
						// biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
						<Lines key={i} lines={[row.line]} />
					) : (
						// One row each, so scrolling counts right even if a figure line runs past the width.
						// biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
						<Box key={i} height={1} flexShrink={0} overflow="hidden">
							<DrawingView lines={[row.drawing]} />
						</Box>
					),
				)}
			</Box>
			<Footer keys={scrolls ? t.footer.reading : t.footer.intro} width={width} />
		</Box>
	);
}
