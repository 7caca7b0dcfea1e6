import {Box, Text} from 'ink';
import {stallWindow} from '../../game/lab/outcome.js';
import type {LabSession, LabView} from '../../game/lab/session.js';
import {labStars} from '../../game/lab/session.js';
import {formatNumber} from '../../levels/format.js';
import {renderCurve} from '../charts/curve-plot.js';
import {renderDecisionMap} from '../charts/decision-map.js';
import {renderLineChart} from '../charts/line-chart.js';
import {Footer} from '../components/Footer.js';
import {useGame} from '../game-context.js';
import {type Messages, messages} from '../strings.js';
import {truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type LabScreenProps = {
	readonly width: number;
	readonly height: number;
};

/** A level that trains live: the loss curve (or E(w) for one weight), the numbers, and what happened. */
export function LabScreen({width, height}: LabScreenProps) {
	const lang = useGame(s => s.lang);
	const levels = useGame(s => s.levels);
	const levelId = useGame(s => s.play?.levelId);
	const lab = useGame(s => s.lab);
	const session = useGame(s => s.labSession);
	const hintsShown = useGame(s => s.play?.hintsShown ?? 0);
	const reducedMotion = useGame(s => s.reducedMotion);
	const t = messages(lang);
	const level = levels.find(l => l.id === levelId);
	if (level === undefined || lab === undefined || session === undefined) return null;

	const header = `${t.chapter(level.chapter.number, level.chapter.title[lang])} › ${level.spec.title[lang]}`;
	const hint = level.spec.hints[hintsShown - 1];
	const status = statusLines(lab, t, width, hintsShown);
	const hintLines =
		hint === undefined ? [] : wrapLines(`${t.hintLabel(hintsShown, level.spec.hints.length)} ${hint[lang]}`, width);
	// Header 2, stats 1, status, hint, footer 1; the chart takes what is left after two intro lines.
	const chartHeight = Math.max(4, height - 2 - 2 - 1 - status.length - hintLines.length - 1 - 1);
	const panelWidth = Math.min(34, Math.floor(width * 0.4));
	const chartWidth = width - panelWidth - 2;
	const intro = wrapLines(level.spec.intro[lang], width);
	// Two lines of intro; when there is more, the second ends with a pointer to the i key.
	const more = ' …(i)';
	const introShown =
		intro.length > 2 ? [intro[0] ?? '', truncateToWidth(`${intro[1] ?? ''}${more}`, width, more)] : intro;
	const lastLoss = lossCurve(session, lab).at(-1);

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold color={theme.accent}>
				{truncateToWidth(header, width)}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			{introShown.map(line => (
				<Text key={line}>{line}</Text>
			))}
			<Box flexDirection="row" height={chartHeight} marginTop={0}>
				<Box flexDirection="column" width={chartWidth} flexShrink={0}>
					{chartLines(session, lab, chartWidth, chartHeight).map((line, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
						<Text key={i}>{line}</Text>
					))}
				</Box>
				<Box flexDirection="column" width={panelWidth} marginLeft={2} flexShrink={0}>
					{panelLines(session, lab, t, panelWidth, chartHeight).map((line, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
						<Text key={i} dimColor={i === 0}>
							{line}
						</Text>
					))}
				</Box>
			</Box>
			<Text>
				{truncateToWidth(
					`${t.lab.stats(lab.steps, lastLoss === undefined ? '—' : formatNumber(lastLoss), formatNumber(lab.learningRate, 3))} · ${t.lab.goalText(formatNumber(lab.goal.loss), lab.goal.steps)}${lab.logScale ? ` · ${t.lab.logAxis}` : ''}`,
					width,
				)}
			</Text>
			{status.map(line => (
				<Text key={line.text} color={line.color}>
					{line.text}
				</Text>
			))}
			{hintLines.map(line => (
				<Text key={line} color={theme.hint}>
					{line}
				</Text>
			))}
			<Box flexGrow={1} />
			<Footer
				keys={lab.status === 'goal' ? t.lab.footerDone : reducedMotion ? t.lab.footerReduced : t.lab.footer}
				width={width}
			/>
		</Box>
	);
}

function statusLines(lab: LabView, t: Messages, width: number, hintsShown: number): {text: string; color?: string}[] {
	const eta = formatNumber(lab.learningRate, 3);
	const wrap = (text: string, color?: string) => wrapLines(text, width).map(line => ({text: line, color}));
	switch (lab.status) {
		case 'ready':
			return wrap(t.lab.ready, theme.accent);
		case 'running':
			return wrap(t.lab.running, theme.accent);
		case 'paused':
			return wrap(t.lab.paused);
		case 'diverged':
			return wrap(
				lab.divergence === 'not-finite'
					? t.lab.divergedNotFinite(eta)
					: lab.divergence === 'growing'
						? t.lab.divergedGrowing(eta)
						: t.lab.divergedExploded(eta),
				theme.wrong,
			);
		case 'stalled':
			return wrap(
				t.lab.stalled(formatNumber(lab.losses.at(-1) ?? Number.NaN, 3), stallWindow(lab.goal.steps), eta),
				theme.hint,
			);
		case 'oscillating':
			return wrap(t.lab.oscillating(eta), theme.hint);
		case 'goal':
			return wrap(
				t.lab.goal(lab.goalStep ?? lab.steps, labStars(lab.goalStep ?? lab.steps, lab.goal.steps, hintsShown)),
				theme.right,
			);
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
	return renderLineChart(lossCurve(session, lab), {width: width - 9, height, logScale: lab.logScale});
}

/** The loss before any step (which the trainer knows), then one point per step. */
function lossCurve(session: LabSession, lab: LabView): readonly number[] {
	const start = session.trainer.initialLoss;
	return Number.isFinite(start) ? [start, ...lab.losses] : lab.losses;
}

function panelLines(session: LabSession, lab: LabView, t: Messages, width: number, height: number): string[] {
	const descent = session.descent;
	if (descent !== undefined) {
		const w = descent.weight();
		const here = descent.evaluate(w);
		const lines = [
			`${descent.param} = ${formatNumber(w)}`,
			`E(${descent.param}) = ${here === undefined ? '—' : formatNumber(here.error)}`,
			`∂E/∂${descent.param} = ${here === undefined ? '—' : formatNumber(here.slope)}`,
			`η = ${formatNumber(lab.learningRate, 3)}`,
			'',
			...wrapLines(t.lab.slopeLesson(here?.slope ?? 0, descent.param), width),
		];
		return lines.slice(0, height);
	}
	const {classifier, parameters} = session.trainer;
	if (classifier !== undefined) {
		const mapHeight = Math.max(3, height - 1);
		return [t.lab.mapLegend, ...renderDecisionMap(classifier.scorer(), classifier.points, width, mapHeight)];
	}
	const rows = parameters?.() ?? [];
	if (rows.length === 0) return [];
	return [
		t.lab.weightsTitle,
		...rows
			.slice(0, height - 1)
			.map(r => `${r.name.padEnd(6)} ${formatNumber(r.value).padStart(8)} ${formatNumber(r.grad).padStart(10)}`),
	];
}
