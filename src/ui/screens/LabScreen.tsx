import {Box, Text} from 'ink';
import {memo} from 'react';
import {descentLesson, isPredictionRight} from '../../game/lab/lesson.js';
import {stallWindow} from '../../game/lab/outcome.js';
import {type LabSession, type LabView, labStars, rateOfRun} from '../../game/lab/session.js';
import {currentLevel} from '../../game/store.js';
import {formatChange, formatMaths, formatNumber} from '../../levels/format.js';
import {renderCurve} from '../charts/curve-plot.js';
import {classSymbols, renderDecisionMap} from '../charts/decision-map.js';
import {axisLabelWidth, renderLineChart} from '../charts/line-chart.js';
import {keyLines} from '../components/Footer.js';
import {cutAtWord, fitItems, wrapClipped} from '../fit-text.js';
import {useGame} from '../game-context.js';
import {useRenderCount} from '../render-count.js';
import {type Messages, messages} from '../strings.js';
import {padStartToWidth} from '../text-width.js';
import {theme} from '../theme.js';

export type LabScreenProps = {
	readonly width: number;
	readonly height: number;
};

/**
 * Rows of the lab screen, top to bottom. The chart takes what the others
 * leave; each of the others has a ceiling so the chart never drops below
 * `chartMin` rows, even at 60×20.
 */
export const labRows = {
	header: 2,
	/** The introduction, or after the goal the explanation. */
	text: 2,
	textAfterGoal: 3,
	stats: 1,
	status: 3,
	/** Rows kept for a hint before the text takes a tall screen's spare rows: the longest lab hint wraps to 4 at 60 columns. */
	hint: 4,
	/** The key hints: every key a lab takes, on a second line when one is too narrow. */
	footer: 2,
	chartMin: 5,
	/** A tall terminal gives the text more rows, as long as the chart keeps this many. */
	chartComfort: 16,
} as const;

/** The widest the side panel (weights, table, map, numbers) gets, and its share of a narrow screen. */
const panelMax = 34;
const panelShare = 0.4;

type Line = {readonly text: string; readonly color?: string | undefined};

/** A level that trains live: the loss curve (or E(w) for one weight), the numbers, and what happened. */
export function LabScreen({width, height}: LabScreenProps) {
	const lang = useGame(s => s.lang);
	const level = useGame(currentLevel);
	const lab = useGame(s => s.lab);
	const session = useGame(s => s.labSession);
	const hintsShown = useGame(s => s.play?.hintsShown ?? 0);
	const reducedMotion = useGame(s => s.reducedMotion);
	const t = messages(lang);
	if (level === undefined || lab === undefined || session === undefined) return null;

	const done = lab.status === 'goal';
	const header = `${t.chapter(level.chapter.number, level.chapter.title[lang])} › ${level.spec.title[lang]}`;
	// Once the goal is reached, the explanation takes the introduction's place; i opens all of it.
	const more = ' …(i)';
	const hasLogAxis = session.descent === undefined;
	const footer = keyLines(
		done
			? t.lab.footerDone
			: lab.status === 'diverged'
				? t.lab.footerDiverged({logAxis: hasLogAxis})
				: t.lab.footer({reduced: reducedMotion, logAxis: hasLogAxis}),
		width,
		labRows.footer,
	);
	// Rows left over on a tall terminal, counting the status and hint at their ceilings so the text doesn't jump.
	const spare =
		height - labRows.header - labRows.stats - labRows.status - labRows.hint - footer.length - labRows.chartComfort;
	const text = wrapClipped(
		done ? `${t.explanation} ${level.spec.explain[lang]}` : level.spec.intro[lang],
		width,
		Math.max(done ? labRows.textAfterGoal : labRows.text, spare),
		more,
	);
	const status = statusLines(lab, t, width);
	const hint = level.spec.hints[hintsShown - 1];
	// A hint reads in full, taking rows from the chart down to its least; only a screen too short for that cuts it,
	// and then it points to i, where every hint shown so far reads in full.
	const hintRoom = Math.max(
		1,
		height - labRows.header - text.length - labRows.stats - status.length - footer.length - labRows.chartMin,
	);
	const hintLines =
		hint === undefined || done
			? []
			: wrapClipped(`${t.hintLabel(hintsShown, level.spec.hints.length)} ${hint[lang]}`, width, hintRoom, more);
	const chartHeight = Math.max(
		labRows.chartMin,
		height - labRows.header - text.length - labRows.stats - status.length - hintLines.length - footer.length,
	);
	const panelWidth = Math.min(panelMax, Math.floor(width * panelShare));
	const chartWidth = width - panelWidth - 2;
	const lastLoss = lossCurve(session, lab).at(-1);

	// Only the chart, the numbers beside it and the stats line move while a lab runs; every other part is
	// drawn again only when its text changes (LabPart compares the lines, not the arrays holding them).
	return (
		<Box flexDirection="column" width={width} height={height}>
			<LabTitle text={cutAtWord(header, width)} width={width} />
			<LabPart part="text" lines={coloured(text, done ? theme.right : undefined)} />
			<Box flexDirection="row" height={chartHeight}>
				<Box flexDirection="column" width={chartWidth} flexShrink={0}>
					<LabPart part="chart" lines={coloured(chartLines(session, lab, chartWidth, chartHeight))} />
				</Box>
				<Box flexDirection="column" width={panelWidth} marginLeft={2} flexShrink={0}>
					<LabPart part="panel" lines={panelLines(session, lab, t, panelWidth, chartHeight)} dimFirst />
				</Box>
			</Box>
			<Text>{statsLine(lab, t, lastLoss, lab.logScale && hasLogAxis, width, lab.measure === 'error')}</Text>
			<LabPart part="status" lines={status} />
			<LabPart part="hint" lines={coloured(hintLines, theme.hint)} />
			<Box flexGrow={1} />
			<LabFooter lines={footer} />
		</Box>
	);
}

type LabTitleProps = {readonly text: string; readonly width: number};

/** The chapter and title, and the rule under them. */
const LabTitle = memo(function LabTitle({text, width}: LabTitleProps) {
	useRenderCount('lab-title');
	return (
		<>
			<Text bold color={theme.accent}>
				{text}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
		</>
	);
});

type LabPartProps = {
	/** Its name for a render count (see render-count.ts). */
	readonly part: string;
	readonly lines: readonly Line[];
	/** The first line dim, as the panel's heading is. @default false */
	readonly dimFirst?: boolean;
};

/** Rows of text, one a line; drawn again only when a line's text or colour changes. */
const LabPart = memo(function LabPart({part, lines, dimFirst = false}: LabPartProps) {
	useRenderCount(`lab-${part}`);
	return lines.map((line, i) => (
		// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
		<Text key={i} dimColor={dimFirst && i === 0} color={line.color}>
			{line.text}
		</Text>
	));
}, sameLines);

function sameLines(before: LabPartProps, after: LabPartProps): boolean {
	if (before.part !== after.part || before.dimFirst !== after.dimFirst) return false;
	if (before.lines.length !== after.lines.length) return false;
	return before.lines.every((line, i) => line.text === after.lines[i]?.text && line.color === after.lines[i]?.color);
}

/** The key hints, drawn again only when they change (see Footer). */
const LabFooter = memo(
	function LabFooter({lines}: {readonly lines: readonly string[]}) {
		useRenderCount('lab-footer');
		return (
			<Box flexDirection="column">
				{lines.map(line => (
					<Text key={line} dimColor>
						{line}
					</Text>
				))}
			</Box>
		);
	},
	(before, after) => before.lines.join('\n') === after.lines.join('\n'),
);

/** Plain lines as rows of one colour (none: the terminal's own). */
function coloured(lines: readonly string[], color?: string): Line[] {
	return lines.map(text => ({text, color}));
}

/**
 * Step, loss and η always; then the goal in words, or in short when the words
 * don't fit; then "log axis" while it is on and there is room.
 */
function statsLine(
	lab: LabView,
	t: Messages,
	lastLoss: number | undefined,
	logAxis: boolean,
	width: number,
	isError: boolean,
): string {
	const goalLoss = formatNumber(lab.goal.loss);
	const items = (goal: string) => [
		{text: t.lab.stepItem(lab.steps), priority: 0},
		{
			text: (isError ? t.lab.errorItem : t.lab.lossItem)(lastLoss === undefined ? '—' : formatNumber(lastLoss)),
			priority: 0,
		},
		{text: `η ${formatNumber(lab.learningRate, 3)}${dialEnd(lab, t)}`, priority: 0},
		{text: goal, priority: 1},
		...(logAxis ? [{text: t.lab.logAxis, priority: 2}] : []),
	];
	const long = t.lab.goalText(goalLoss, lab.goal.steps, isError);
	const line = fitItems(items(long), width);
	return line.includes(long) ? line : fitItems(items(t.lab.goalShort(goalLoss, lab.goal.steps, isError)), width);
}

/** Says so when η stands at either end of the dial, where + or − does nothing more. */
function dialEnd(lab: LabView, t: Messages): string {
	if (lab.learningRate >= Math.max(...lab.grid)) return t.lab.dialEnd.top;
	if (lab.learningRate <= Math.min(...lab.grid)) return t.lab.dialEnd.bottom;
	return '';
}

function statusLines(lab: LabView, t: Messages, width: number): Line[] {
	const eta = formatNumber(rateOfRun(lab), 3);
	const wrap = (text: string, color?: string) =>
		wrapClipped(text, width, labRows.status).map(line => ({text: line, color}));
	const overBudget = lab.steps > lab.goal.steps;
	switch (lab.status) {
		case 'ready':
			return wrap(t.lab.ready, theme.accent);
		case 'running':
			return overBudget
				? wrap(t.lab.overBudget(lab.goal.steps, lab.measure), theme.hint)
				: wrap(t.lab.running, theme.accent);
		case 'paused':
			return overBudget ? wrap(t.lab.overBudget(lab.goal.steps, lab.measure), theme.hint) : wrap(t.lab.paused);
		case 'diverged':
			return wrap(
				lab.divergence === 'not-finite'
					? t.lab.divergedNotFinite(eta)
					: lab.divergence === 'growing'
						? t.lab.divergedGrowing(eta)
						: t.lab.divergedExploded(eta, lab.measure),
				theme.wrong,
			);
		case 'stalled':
			return wrap(
				t.lab.stalled(
					formatNumber(lab.losses.at(-1) ?? Number.NaN, 3),
					stallWindow(lab.goal.steps),
					eta,
					lab.units,
					lab.measure,
				),
				theme.hint,
			);
		case 'oscillating':
			return wrap(
				lab.swing === undefined
					? t.lab.oscillating(eta)
					: t.lab.swinging(formatNumber(100 * lab.swing, 2), stallWindow(lab.goal.steps), eta),
				theme.hint,
			);
		case 'goal': {
			const step = lab.goalStep ?? lab.steps;
			return wrap(t.lab.goal(step, labStars(step, lab.goal.steps)), theme.right);
		}
	}
}

function chartLines(session: LabSession, lab: LabView, width: number, height: number): string[] {
	const descent = session.descent;
	if (descent !== undefined) {
		const w = descent.weight();
		const here = descent.evaluate(w);
		return renderCurve({
			error: x => descent.evaluate(x)?.error,
			range: descent.range,
			point: here === undefined ? undefined : {w, error: here.error, slope: here.slope},
			trail: descent.history().slice(-6),
			width: width - 8,
			height: height - 2,
		});
	}
	return renderLineChart(lossCurve(session, lab), {width: width - axisLabelWidth - 2, height, logScale: lab.logScale});
}

/** The loss before any step (which the trainer knows), then one point per step. */
function lossCurve(session: LabSession, lab: LabView): readonly number[] {
	const start = session.trainer.initialLoss;
	return Number.isFinite(start) ? [start, ...lab.losses] : lab.losses;
}

/** The side panel: whatever the trainer offers, numbers first, cut to the panel. */
function panelLines(session: LabSession, lab: LabView, t: Messages, width: number, height: number): Line[] {
	const clip = (lines: readonly (string | Line)[]) =>
		lines
			.slice(0, height)
			.map(line =>
				typeof line === 'string' ? {text: cutAtWord(line, width)} : {...line, text: cutAtWord(line.text, width)},
			);
	const descent = session.descent;
	if (descent !== undefined) {
		const w = descent.weight();
		const here = descent.evaluate(w);
		const lesson = factorLines(session, lab, t, width);
		return clip([
			`${descent.param} = ${formatNumber(w)}`,
			`E(${descent.param}) = ${here === undefined ? '—' : formatNumber(here.error)}`,
			`∂E/∂${descent.param} = ${here === undefined ? '—' : formatNumber(here.slope)}`,
			`η = ${formatNumber(lab.learningRate, 3)}`,
			...lesson,
			...wrapClipped(t.lab.slopeLesson(here?.slope ?? 0, descent.param), width, 2),
		]);
	}
	const {classifier, predictions, parameters} = session.trainer;
	if (classifier !== undefined) {
		const right = Math.round(classifier.accuracy() * classifier.points.length);
		const total = classifier.points.length;
		return clip([
			{text: t.lab.accuracy(Math.round((100 * right) / total), right, total), color: theme.accent},
			...(classifier.classes > 2 ? classLegend(t, classifier.classes) : [t.lab.mapLegend]),
			...renderDecisionMap(
				classifier.classifyArea,
				classifier.classes,
				classifier.points,
				width,
				Math.max(3, height - (classifier.classes > 2 ? 3 : 2)),
			),
		]);
	}
	if (predictions !== undefined) {
		const rows = predictions();
		const right = rows.filter(isPredictionRight).length;
		// x1 x2 (the levels' spelling) in columns of two, then the output and the target right-aligned under their labels.
		const column = 8;
		return clip([
			`x1 x2${padStartToWidth(t.lab.outputLabel, column)}${padStartToWidth(t.lab.targetLabel, column)}`,
			...rows.map(r => {
				const ok = isPredictionRight(r);
				const inputs = r.inputs.map(x => formatNumber(x).padEnd(2)).join(' ');
				return {
					text: `${inputs}${padStartToWidth(r.output.toFixed(3), column)}${padStartToWidth(formatNumber(r.target), column)} ${ok ? '✓' : '✗'}`,
					color: ok ? theme.right : undefined,
				};
			}),
			'',
			t.lab.predictionsRight(right, rows.length),
		]);
	}
	const rows = parameters?.() ?? [];
	if (rows.length === 0) return [];
	return clip([
		t.lab.weightsTitle,
		...rows.map(r => `${r.name.padEnd(6)} ${formatNumber(r.value).padStart(8)} ${formatNumber(r.grad).padStart(10)}`),
	]);
}

function classLegend(t: Messages, classes: number): readonly string[] {
	const {point, area} = classSymbols(classes);
	return t.lab.classLegend(point, area);
}

/** The one-weight lesson (see game/lab/lesson.ts) in words, under the numbers. */
function factorLines(session: LabSession, lab: LabView, t: Messages, width: number): string[] {
	const lesson = session.descent === undefined ? undefined : descentLesson(session.descent, lab.learningRate);
	if (lesson === undefined) return [];
	const step = lesson.lastStep;
	const distance = (x: number | undefined) => (x === undefined ? '—' : formatMaths(x));
	// With the figures it takes to show the step's change (a factor near 1 moves the offset past the 4th).
	const {before, after} =
		step?.before !== undefined && step.after !== undefined
			? formatChange(step.before, step.after)
			: {before: distance(step?.before), after: distance(step?.after)};
	// After + or −, the factor above is the new η's; the last step was taken with the old one, and says so.
	const stepText =
		step === undefined
			? undefined
			: step.rate === undefined
				? t.lab.distanceStep(before, after)
				: t.lab.distanceStepAt(formatNumber(step.rate), before, after);
	return [
		'',
		...wrapClipped(t.lab.factorLesson(formatNumber(lesson.curvature, 3), formatNumber(lesson.factor, 3)), width, 2),
		...(stepText === undefined ? [] : wrapClipped(stepText, width, 2)),
	];
}
