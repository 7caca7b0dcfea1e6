import {Box, Text} from 'ink';
import {shownTop} from '../../game/reading.js';
import {currentLevel} from '../../game/store.js';
import {Footer} from '../components/Footer.js';
import {Lines} from '../components/Lines.js';
import {useGame} from '../game-context.js';
import {DrawingView} from '../graph/DrawingView.js';
import {messages} from '../strings.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';
import {readingRows, readingRowsShown} from './reading-rows.js';

export type ReadingOverlayProps = {
	readonly width: number;
	readonly height: number;
};

/**
 * A level's whole text, for when its screen had to shorten it: the introduction while playing; once
 * the level is complete, the explanation (with the worked solution if it was shown) and then the
 * introduction again; then the level's drawing (for a terminal that had no room for it on the level
 * screen) and its formula. Long texts scroll with the keys the footer names; the lines shown follow
 * from the line asked for and the size drawn at, so a resize moves nothing in the store.
 */
export function ReadingOverlay({width, height}: ReadingOverlayProps) {
	const lang = useGame(s => s.lang);
	const overlay = useGame(s => s.overlay);
	const level = useGame(currentLevel);
	const play = useGame(s => s.play);
	const labSession = useGame(s => s.labSession);
	const asked = useGame(s => s.reading.top);
	const t = messages(lang);
	if (level === undefined) return null;

	const lines = readingRows({lang, overlay, play, labSession, level}, width);
	const rows = readingRowsShown(height);
	const top = shownTop(asked, {lines: lines.length, rows});
	const scrolls = lines.length > rows;
	const title = `${overlay === 'explanation' ? t.explanationTitle : t.introTitle}: ${level.spec.title[lang]}`;
	const position = scrolls ? t.readingPosition(top + 1, Math.min(lines.length, top + rows), lines.length) : '';
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
				{lines.slice(top, top + rows).map((row, i) =>
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
