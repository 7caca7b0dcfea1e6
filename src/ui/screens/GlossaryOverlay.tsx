import {Box, Text} from 'ink';
import {Footer} from '../components/Footer.js';
import {useGame} from '../game-context.js';
import {messages} from '../strings.js';
import {displayWidth, padEndToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type GlossaryOverlayProps = {
	readonly width: number;
	readonly height: number;
};

/** What each symbol of a circuit and of the network figure means, reached from the help on a level. */
export function GlossaryOverlay({width, height}: GlossaryOverlayProps) {
	const lang = useGame(s => s.lang);
	const t = messages(lang);
	const termWidth = Math.max(...t.glossary.map(([term]) => displayWidth(term))) + 2;
	const meaningWidth = Math.max(10, width - termWidth - 2);
	const lines = t.glossary.flatMap(([term, meaning]) =>
		wrapLines(meaning, meaningWidth).map((line, i) => ({key: `${term}:${i}`, term: i === 0 ? term : '', line})),
	);
	// Title, rule and footer take three rows; a short terminal shows what fits.
	const room = Math.max(1, height - 3);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold color={theme.accent}>
				{t.glossaryTitle}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{lines.slice(0, room).map(({key, term, line}) => (
					<Text key={key}>
						{'  '}
						<Text color={theme.accent}>{padEndToWidth(term, termWidth)}</Text>
						{line}
					</Text>
				))}
			</Box>
			<Footer keys={t.footer.glossary} width={width} />
		</Box>
	);
}
