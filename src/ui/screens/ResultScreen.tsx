import {Box, Text} from 'ink';
import {totalPoints} from '../../game/progress.js';
import {pointsGained} from '../../game/scoring.js';
import {Footer} from '../components/Footer.js';
import {LabResult, labResultLines, resultSummary} from '../components/LabResult.js';
import {Lines} from '../components/Lines.js';
import {Stars} from '../components/Stars.js';
import {explanationLines, firstLines} from '../explanation.js';
import {useGame} from '../game-context.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type ResultScreenProps = {
	readonly width: number;
	readonly height: number;
};

/** Fewer rows than this for the explanation and the scoring rules give way to it (they are in ? help). */
const minExplanationRows = 4;

/** After a level: stars, answers checked, hints, time, points, and what the level taught. */
export function ResultScreen({width, height}: ResultScreenProps) {
	const lang = useGame(s => s.lang);
	const levels = useGame(s => s.levels);
	const outcome = useGame(s => s.lastOutcome);
	const progress = useGame(s => s.progress);
	const play = useGame(s => s.play);
	const isLab = useGame(s => s.lab !== undefined);
	const labRows = useGame(s => labResultLines(s, width).length);
	const summary = useGame(resultSummary);
	const t = messages(lang);
	const level = levels.find(l => l.id === outcome?.levelId);
	if (outcome === undefined || level === undefined) return null;
	const isLast = levels.indexOf(level) === levels.length - 1;
	const total = totalPoints(
		progress,
		levels.map(l => l.id),
	);
	const notes = [
		...(outcome.solutionShown ? wrapLines(t.resultSeen, width) : []),
		...(outcome.earnedStars > outcome.stars ? wrapLines(t.resultCapped(outcome.earnedStars), width) : []),
	];
	const scoring = (isLab ? [t.lab.scoring] : t.scoringRules).flatMap(rule => wrapLines(rule, width));
	const lastLevel = isLast ? wrapLines(t.lastLevel, width) : [];
	// Title 2, a gap and the stars 2, notes, the result line(s), a lab's run, points, a gap 1, footer 1.
	const fixed = 2 + 2 + notes.length + wrapLines(summary, width).length + labRows + 1 + 1 + lastLevel.length + 1;
	const showScoring = height - fixed - scoring.length >= minExplanationRows;
	const explanation = firstLines(
		explanationLines(level, play?.levelId === level.id ? play : undefined, t, lang, width),
		Math.max(1, height - fixed - (showScoring ? scoring.length : 0)),
		t.readMore,
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
			{notes.map(line => (
				<Text key={line} color={theme.hint}>
					{line}
				</Text>
			))}
			{wrapLines(summary, width).map(line => (
				<Text key={line}>{line}</Text>
			))}
			<LabResult width={width} />
			<Text color={theme.right}>
				{t.resultPoints(pointsGained(outcome.stars, outcome.bestBefore), total, outcome.bestBefore)}
			</Text>
			<Box flexDirection="column" marginTop={1} flexGrow={1}>
				<Lines lines={explanation} />
			</Box>
			{showScoring &&
				scoring.map(line => (
					<Text key={line} dimColor>
						{line}
					</Text>
				))}
			{lastLevel.map(line => (
				<Text key={line} color={theme.accent}>
					{line}
				</Text>
			))}
			<Footer keys={isLast ? t.footer.resultLast : t.footer.result} width={width} />
		</Box>
	);
}
