import {Box, Text} from 'ink';
import {isLab} from '../../game/store.js';
import {Footer} from '../components/Footer.js';
import {ScoringRules} from '../components/ScoringRules.js';
import {useGame} from '../game-context.js';
import {screenReaderSetting} from '../reader/setting-strings.js';
import {messages} from '../strings.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type HelpOverlayProps = {
	readonly width: number;
	readonly height: number;
};

/** Every key, by screen, and the scoring rules. */
export function HelpOverlay({width, height}: HelpOverlayProps) {
	const lang = useGame(s => s.lang);
	const screen = useGame(s => (s.screen === 'level' && isLab(s) ? 'lab' : s.screen));
	// E(w) is drawn as a curve: the one-weight lab has no log axis to toggle.
	const noLogAxis = useGame(s => s.labSession?.descent !== undefined);
	const screenReader = useGame(s => s.screenReaderSetting);
	const t = messages(lang);
	// The keys that work everywhere, then the ones for the screen the help was opened from.
	const sections = [t.helpSections.everywhere, t.helpSections[screen]].map(
		([title, keys]) => [title, noLogAxis ? keys.filter(([key]) => key !== 'l') : keys] as const,
	);
	const keyWidth = Math.max(...sections.flatMap(([, keys]) => keys.map(([k]) => displayWidth(k)))) + 2;
	const textWidth = Math.max(10, width - keyWidth - 2);
	const setting = screenReaderSetting[lang](screenReader);
	// Long lines wrap under their own column when the screen has the rows; else each is cut to one line.
	const scoringRows = (screen === 'lab' ? [t.lab.scoring] : t.scoringRules).flatMap(rule => wrapLines(rule, width));
	const wrappedRows =
		sections.reduce(
			(sum, [, keys]) => sum + 1 + keys.reduce((n, [, what]) => n + wrapLines(what, textWidth).length, 0),
			0,
		) +
		wrapLines(setting, width).length +
		scoringRows.length;
	const wrap = wrappedRows <= height - 3;
	const describe = (what: string) => (wrap ? wrapLines(what, textWidth) : [truncateToWidth(what, textWidth)]);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold color={theme.accent}>
				{t.helpTitle}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{sections.map(([section, keys]) => (
					<Box key={section} flexDirection="column">
						<Text bold>{section}</Text>
						{keys.flatMap(([key, what]) =>
							describe(what).map((line, k) => (
								<Text key={`${key}:${line}`}>
									{'  '}
									<Text color={theme.accent}>{padEndToWidth(k === 0 ? key : '', keyWidth)}</Text>
									{line}
								</Text>
							)),
						)}
					</Box>
				))}
				{(wrap ? wrapLines(setting, width) : [truncateToWidth(setting, width)]).map(line => (
					<Text key={line} dimColor>
						{line}
					</Text>
				))}
				<ScoringRules lang={lang} width={width} lab={screen === 'lab'} />
			</Box>
			<Footer keys={screen === 'level' ? t.footer.helpLevel : t.footer.help} width={width} />
		</Box>
	);
}
