import {Box, Text} from 'ink';
import {totalPoints} from '../../game/progress.js';
import {pointsFor} from '../../game/scoring.js';
import {Footer} from '../components/Footer.js';
import {LabResult} from '../components/LabResult.js';
import {ScoringRules} from '../components/ScoringRules.js';
import {Stars} from '../components/Stars.js';
import {useGame} from '../game-context.js';
import {formatDuration, messages} from '../strings.js';
import {theme} from '../theme.js';

export type ResultScreenProps = {
	readonly width: number;
	readonly height: number;
};

/** After a level: stars, answers checked, hints, time, and points. */
export function ResultScreen({width, height}: ResultScreenProps) {
	const lang = useGame(s => s.lang);
	const levels = useGame(s => s.levels);
	const outcome = useGame(s => s.lastOutcome);
	const progress = useGame(s => s.progress);
	const t = messages(lang);
	const level = levels.find(l => l.id === outcome?.levelId);
	if (outcome === undefined || level === undefined) return null;
	const isLast = levels.indexOf(level) === levels.length - 1;
	const total = totalPoints(
		progress,
		levels.map(l => l.id),
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold color={theme.accent}>
				{t.resultTitle(level.spec.title[lang])}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box marginTop={1}>
				<Text>
					<Stars count={outcome.stars} /> {outcome.solutionShown ? '' : t.resultStars(outcome.stars)}
				</Text>
			</Box>
			{outcome.solutionShown && <Text color={theme.hint}>{t.resultSeen}</Text>}
			<Text>{t.resultLine(outcome.attempts, outcome.hints, formatDuration(outcome.timeMs, lang))}</Text>
			<LabResult width={width} />
			<Text color={theme.right}>{t.resultPoints(pointsFor(outcome.stars), total)}</Text>
			<Box flexDirection="column" marginTop={1} flexGrow={1}>
				<ScoringRules lang={lang} width={width} />
				{isLast && <Text color={theme.accent}>{t.lastLevel}</Text>}
			</Box>
			<Footer keys={isLast ? t.footer.resultLast : t.footer.result} width={width} />
		</Box>
	);
}
