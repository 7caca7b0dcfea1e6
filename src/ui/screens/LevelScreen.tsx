import {Box, Text} from 'ink';
import {figuresFor, significantFigures} from '../../game/check.js';
import {hintLadder} from '../../game/hints.js';
import {currentLevel, type Feedback, isComplete, type PlayState} from '../../game/store.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {mentionsActivation} from '../../levels/operators.js';
import {AnswerFields} from '../components/AnswerFields.js';
import {Footer} from '../components/Footer.js';
import {explanationLines, firstLines, type Line} from '../explanation.js';
import {useGame} from '../game-context.js';
import {DrawingView} from '../graph/DrawingView.js';
import {levelDrawing} from '../graph/level-drawing.js';
import {practiceMessages} from '../practice-strings.js';
import {type Messages, messages} from '../strings.js';
import {truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';
import {levelRows} from './level-rows.js';

export type LevelScreenProps = {
	readonly width: number;
	readonly height: number;
};

/** A level: its introduction, the circuit, the answer fields and what the game says back. */
export function LevelScreen({width, height}: LevelScreenProps) {
	const lang = useGame(s => s.lang);
	const levels = useGame(s => s.levels);
	const play = useGame(s => s.play);
	const level = useGame(currentLevel);
	const complete = useGame(isComplete);
	const practice = useGame(s => s.practice);
	const t = messages(lang);
	if (level === undefined || play === undefined) return null;

	const p = practiceMessages[lang];
	const number = levels.indexOf(level) + 1;
	const header =
		practice === undefined
			? `${t.chapter(level.chapter.number, level.chapter.title[lang])} › ${level.spec.title[lang]}`
			: p.header(level.spec.title[lang]);
	const right =
		practice === undefined
			? t.levelOf(number, levels.length)
			: p.position(practice.levels.length, practice.plan.length);
	const doneFooter = practice === undefined ? t.footer.levelDone : p.levelDoneFooter;

	const feedback = feedbackLines(level, play, complete, t, lang, width);
	const drawing = levelDrawing(level, play, width, t);
	const ask = t.askFor[level.spec.kind];
	const rows = levelRows({
		height,
		drawing: drawing.lines.length,
		fields: level.fields.length + 1,
		feedback: feedback.length,
	});
	const top = complete ? explanationLines(level, play, t, lang, width) : introLines(level, lang, width);
	// Whatever does not fit is one key away: i opens the whole text.
	const topShown = firstLines(top, rows.intro, t.readMore);

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>
				<Text bold color={theme.accent}>
					{truncateToWidth(header, width - right.length - 2)}
				</Text>
				<Text dimColor>{`  ${right}`}</Text>
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			{topShown.map((line, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
				<Text key={i} color={line.color} dimColor={line.dim === true}>
					{line.text}
				</Text>
			))}
			{rows.drawing > 0 && (
				<Box marginTop={rows.gapBeforeDrawing} flexShrink={0}>
					<DrawingView lines={drawing.lines} />
				</Box>
			)}
			{rows.drawingHidden > 0 && <Text dimColor>{truncateToWidth(t.drawingHidden, width)}</Text>}
			<Box flexDirection="column" marginTop={rows.gapBeforeFields} flexShrink={0}>
				<Text dimColor>{truncateToWidth(ask, width)}</Text>
				<AnswerFields fields={level.fields} play={play} width={width} />
			</Box>
			<Box flexDirection="column" flexGrow={1}>
				{feedback.map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} color={line.color} dimColor={line.dim === true}>
						{line.text}
					</Text>
				))}
			</Box>
			<Footer keys={complete ? doneFooter : practice === undefined ? t.footer.level : p.levelFooter} width={width} />
		</Box>
	);
}

function introLines(level: Level, lang: Language, width: number): Line[] {
	return wrapLines(level.spec.intro[lang], width).map(text => ({text}));
}

function feedbackLines(
	level: Level,
	play: PlayState,
	complete: boolean,
	t: Messages,
	lang: Language,
	width: number,
): Line[] {
	const wrap = (text: string, color?: string): Line[] => wrapLines(text, width).map(line => ({text: line, color}));
	// The focused field's latest hint stays on screen while the player works on that field.
	const field = level.fields[play.focus];
	const shown = field === undefined ? 0 : (play.hintRungs[field.id] ?? 0);
	const ladder = field === undefined || shown === 0 ? [] : hintLadder(level, field);
	const rung = ladder[shown - 1];
	const hintLines =
		rung === undefined || field === undefined || complete || play.solved[field.id]
			? []
			: wrap(
					`${t.hintLabel(shown, ladder.length, field.label)} ${rung.kind === 'text' ? rung.text[lang] : rung.text}`,
					theme.hint,
				);
	const feedback = play.feedback;
	if (feedback === undefined || feedback.kind === 'hint') return hintLines;
	return [...hintLines, ...feedbackMessage(feedback, level, play, t, wrap)];
}

function feedbackMessage(
	feedback: Feedback,
	level: Level,
	play: PlayState,
	t: Messages,
	wrap: (text: string, color?: string) => Line[],
): Line[] {
	switch (feedback.kind) {
		case 'right':
			return wrap(t.right, theme.right);
		case 'complete':
			return wrap(t.complete, theme.right);
		case 'not-a-number':
			return wrap(t.notANumber, theme.hint);
		case 'hangul':
			return wrap(t.switchToLatin, theme.hint);
		case 'empty':
			return wrap(t.emptyAnswer, theme.hint);
		case 'wrong':
			if (feedback.mistake !== undefined)
				return wrap(t.mistake(feedback.mistake.reason, feedback.mistake.params), theme.wrong);
			if (feedback.nearMiss !== undefined) {
				const field = level.fields.find(f => f.id === feedback.fieldId);
				const needed = field === undefined ? significantFigures : figuresFor(field);
				return wrap(t.nearMiss(feedback.nearMiss, needed), theme.wrong);
			}
			return wrap(
				`${wrongMessage(level, feedback.fieldId, t)} ${hintsLeft(level, play, feedback.fieldId) ? t.hintKey : '(g)'}`,
				theme.wrong,
			);
		case 'hint':
			return [];
		case 'no-more-hints':
			return wrap(t.noMoreHints, theme.hint);
		case 'solution':
			return wrap(t.solutionShown, theme.hint);
	}
}

/** What to check on a field with no diagnosis; the activation is named only when the field's step applies one. */
function wrongMessage(level: Level, fieldId: string, t: Messages): string {
	const field = level.fields.find(f => f.id === fieldId);
	const step = field?.node === undefined ? undefined : level.graph?.byName.get(field.node);
	const activation = step !== undefined && mentionsActivation(step.text);
	return t.wrong(field?.role ?? 'value', activation);
}

/** Whether the field has hints left on its ladder. */
function hintsLeft(level: Level, play: PlayState, fieldId: string): boolean {
	const field = level.fields.find(f => f.id === fieldId);
	return field !== undefined && (play.hintRungs[field.id] ?? 0) < hintLadder(level, field).length;
}
