import {Box, Text} from 'ink';
import {currentLevel} from '../../game/store.js';
import {Footer} from '../components/Footer.js';
import {useGame} from '../game-context.js';
import {DrawingView} from '../graph/DrawingView.js';
import {levelDrawing} from '../graph/level-drawing.js';
import {notesLabFigure} from '../graph/network-figure.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type IntroOverlayProps = {
	readonly width: number;
	readonly height: number;
};

/** The level's whole introduction, its formula and its drawing, for when the level screen had to shorten them. */
export function IntroOverlay({width, height}: IntroOverlayProps) {
	const lang = useGame(s => s.lang);
	const play = useGame(s => s.play);
	const session = useGame(s => s.labSession);
	const t = messages(lang);
	const level = useGame(currentLevel);
	if (level === undefined) return null;
	const formula = 'formula' in level.spec ? level.spec.formula.split(';').map(step => `  ${step.trim()}`) : [];
	// The notes lab draws the note's network at the weights it has reached.
	const weights = session?.trainer.parameters?.();
	const drawing =
		level.spec.kind === 'lab' && level.spec.model.type === 'notes-2-2-2' && weights !== undefined
			? notesLabFigure(Object.fromEntries(weights.map(p => [p.name, p.value])), width)
			: levelDrawing(level, play, width, t).lines;
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold color={theme.accent}>
				{t.introTitle}: {level.spec.title[lang]}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{wrapLines(level.spec.intro[lang], width).map(line => (
					<Text key={line}>{line}</Text>
				))}
				<Box flexDirection="column" marginTop={1}>
					{formula.map(line => (
						<Text key={line} color={theme.accent}>
							{line}
						</Text>
					))}
				</Box>
				{/* The drawing too, for a terminal that had no room for it on the level screen. */}
				<Box marginTop={1}>
					<DrawingView lines={drawing} />
				</Box>
			</Box>
			<Footer keys={t.footer.intro} width={width} />
		</Box>
	);
}
