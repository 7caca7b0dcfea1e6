import {Box, Text} from 'ink';
import {currentLevel} from '../../game/store.js';
import {Footer} from '../components/Footer.js';
import {useGame} from '../game-context.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type IntroOverlayProps = {
	readonly width: number;
	readonly height: number;
};

/** The level's whole introduction and its formula, for when the level screen had to shorten it. */
export function IntroOverlay({width, height}: IntroOverlayProps) {
	const lang = useGame(s => s.lang);
	const t = messages(lang);
	const level = useGame(currentLevel);
	if (level === undefined) return null;
	const formula = 'formula' in level.spec ? level.spec.formula.split(';').map(step => `  ${step.trim()}`) : [];
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
			</Box>
			<Footer keys={t.footer.intro ?? ''} width={width} />
		</Box>
	);
}
