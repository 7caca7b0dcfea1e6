import {Box, Text} from 'ink';
import {currentLevel, isComplete, type PlayState} from '../../game/store.js';
import {formatNumber} from '../../levels/format.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {AnswerFields, answerLines} from '../components/AnswerFields.js';
import {Footer} from '../components/Footer.js';
import {explanationLines, firstLines, type Line} from '../explanation.js';
import {detourText, feedbackText, hintText, type Said, tableHintText} from '../feedback-text.js';
import {useGame} from '../game-context.js';
import {bugTableLines} from '../graph/bug-table.js';
import {DrawingView} from '../graph/DrawingView.js';
import {levelDrawing} from '../graph/level-drawing.js';
import {practiceMessages} from '../practice-strings.js';
import {type Messages, messages} from '../strings.js';
import {truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';
import {levelRows} from './level-rows.js';

export type LevelScreenProps = {
	/** The columns text is wrapped to. */
	readonly width: number;
	readonly height: number;
	/**
	 * The columns a matrix drawing may use: a wide terminal's own, past the width text is kept
	 * to for reading, so matrices that fit side by side stay side by side.
	 * @default width
	 */
	readonly drawingWidth?: number;
};

/** A level: its introduction, the circuit, the answer fields and what the game says back. */
export function LevelScreen({width, height, drawingWidth = width}: LevelScreenProps) {
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
	// Matrices set side by side use a wide terminal's width; a circuit keeps its legend beside it.
	const figureWidth = level.matrix === undefined ? width : Math.max(width, drawingWidth);
	const drawing = levelDrawing(level, play, figureWidth, t);
	const ask = t.askFor[level.spec.kind];
	// A find-the-bug level asks for its row's gradient only once the row is found.
	const fields = level.table !== undefined && play.bugFound !== true ? [] : level.fields;
	const given = givenLines(level, t, width);
	const table = level.table === undefined ? [] : bugTableLines(level.table, play, width, t);
	const top = complete ? explanationLines(level, play, t, lang, width) : introLines(level, lang, width);
	// Grids taller than the screen can spare scroll with the focus, leaving room for the drawing when a few lines of them fit beside it.
	const allFieldLines = answerLines(fields);
	const spare = height - 7 - feedback.length;
	const fieldLines =
		allFieldLines + drawing.lines.length <= spare
			? allFieldLines
			: Math.min(allFieldLines, Math.max(4, spare - drawing.lines.length), Math.max(3, spare));
	const rows = levelRows({
		height,
		drawing: drawing.lines.length,
		fields: given.length + table.length + fieldLines,
		ask: 1,
		feedback: feedback.length,
		intro: top.length,
	});
	// Whatever does not fit is one key away: i opens the whole text.
	const topShown = firstLines(top, rows.intro, t.readMore);

	return (
		<Box flexDirection="column" width={figureWidth} height={height}>
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
				{given.map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i}>{line}</Text>
				))}
				{rows.ask > 0 && <Text dimColor>{truncateToWidth(ask, width)}</Text>}
				{table.length > 0 && <DrawingView lines={table} />}
				<AnswerFields
					fields={fields}
					play={play}
					width={width}
					inNames={t.inNames}
					chainLink={t.chainLink}
					lang={lang}
					maxLines={fieldLines}
					moreLine={t.moreAnswerLines}
				/>
			</Box>
			<Box flexDirection="column" flexGrow={1}>
				{feedback.map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} color={line.color} dimColor={line.dim === true}>
						{line.text}
					</Text>
				))}
			</Box>
			<Footer
				keys={
					complete
						? doneFooter
						: level.table !== undefined && play.bugFound !== true
							? t.footer.pickRow
							: practice === undefined
								? t.footer.level
								: p.levelFooter
				}
				width={width}
			/>
		</Box>
	);
}

/** The numbers a level gives beside its drawing, wrapped: a gradient check's h, f(x+h) and f(x−h). */
function givenLines(level: Level, t: Messages, width: number): string[] {
	if (level.given === undefined || level.given.length === 0) return [];
	const parts = level.given.map(g => `${g.label} = ${formatNumber(g.value, 10)}`);
	return wrapLines(`${t.given} ${parts.join(' · ')}`, width);
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
	const colour = {right: theme.right, wrong: theme.wrong, hint: theme.hint};
	const wrap = (said: readonly Said[]): Line[] =>
		said.flatMap(one => wrapLines(one.text, width).map(line => ({text: line, color: colour[one.tone]})));
	const hintLines = [...wrap(detourText(level, play, complete, t)), ...wrap(hintText(level, play, complete, t, lang))];
	const feedback = play.feedback;
	if (feedback === undefined || feedback.kind === 'hint')
		return [...wrap(tableHintText(level, play, complete, t, lang)), ...hintLines];
	return [...hintLines, ...wrap(feedbackText(feedback, level, play, t))];
}
