import {Box, Text} from 'ink';
import {useGame} from '../game-context.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type ConfirmSolutionProps = {
	readonly width: number;
};

/** Asks before the solution is shown, since it scores the level at zero stars. */
export function ConfirmSolution({width}: ConfirmSolutionProps) {
	const lang = useGame(s => s.lang);
	const t = messages(lang);
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.hint} paddingX={1} width={width}>
			<Text bold color={theme.hint}>
				? {t.confirmSolution}
			</Text>
			{wrapLines(t.confirmSolutionDetail, width - 4).map(line => (
				<Text key={line}>{line}</Text>
			))}
		</Box>
	);
}
