import {Text} from 'ink';
import {useShallow} from 'zustand/react/shallow';
import {compareWithFastest} from '../../game/lab/fastest-rate.js';
import type {GameState} from '../../game/store.js';
import {formatNumber} from '../../levels/format.js';
import {useGame} from '../game-context.js';
import {formatDuration, messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

/** The lines LabResult shows, for screens that budget their rows. */
export function labResultLines(state: GameState, width: number): string[] {
	const run = state.screen === 'result' ? state.lab?.goalRun : undefined;
	const best = state.lab?.best;
	const fastest = state.labFastest;
	const pending = state.labSweep !== undefined;
	if (run === undefined) return [];
	const t = messages(state.lang);
	const eta = (x: number) => formatNumber(x, 3);
	return [
		...wrapLines(t.lab.resultRun(run.steps, eta(run.learningRate)), width),
		...(best === undefined || best === run
			? []
			: wrapLines(t.lab.resultBest(best.steps, eta(best.learningRate)), width)),
		...(pending
			? wrapLines(t.lab.resultFastestPending, width)
			: fastest === undefined
				? []
				: wrapLines(t.lab.resultFastest(compareWithFastest(best ?? run, fastest)), width)),
	];
}

/** The line setting the run beside the dial's fastest η, once the sweep has found it. */
export function fastestLine(state: GameState): string | undefined {
	const run = state.lab?.goalRun;
	const fastest = state.labFastest;
	if (run === undefined || fastest === undefined || state.labSweep !== undefined) return undefined;
	return messages(state.lang).lab.resultFastest(compareWithFastest(state.lab?.best ?? run, fastest));
}

/**
 * The result's summary line: for a lab, the step its stars were scored on
 * against the budget; for any other level, the answers checked and hints.
 */
export function resultSummary(state: GameState): string {
	const outcome = state.lastOutcome;
	if (outcome === undefined) return '';
	const t = messages(state.lang);
	const time = formatDuration(outcome.timeMs, state.lang);
	const goalStep = state.lab?.goalRun?.steps;
	if (state.lab !== undefined && goalStep !== undefined)
		return t.lab.resultScore(goalStep, state.lab.goal.steps, outcome.hints, time);
	return t.resultLine(outcome.attempts, outcome.hints, time);
}

/** On a lab's result: the step and η of the run that met the goal, the fastest run of the visit, and the dial's fastest η. */
export function LabResult({width}: {readonly width: number}) {
	const lines = useGame(useShallow(s => labResultLines(s, width)));
	if (lines.length === 0) return null;
	return (
		<>
			{lines.map(line => (
				<Text key={line} color={theme.accent}>
					{line}
				</Text>
			))}
		</>
	);
}
