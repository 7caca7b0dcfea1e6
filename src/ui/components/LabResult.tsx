import {Text} from 'ink';
import {formatNumber} from '../../levels/format.js';
import {useGame} from '../game-context.js';
import {messages} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

/** On a lab's result: the step and η of the run that met the goal, and the fastest run of the visit. */
export function LabResult({width}: {readonly width: number}) {
	const lang = useGame(s => s.lang);
	const run = useGame(s => (s.screen === 'result' ? s.lab?.goalRun : undefined));
	const best = useGame(s => s.lab?.best);
	if (run === undefined) return null;
	const t = messages(lang);
	const eta = (x: number) => formatNumber(x, 3);
	const lines = [
		...wrapLines(t.lab.resultRun(run.steps, eta(run.learningRate)), width),
		...(best === undefined || best === run
			? []
			: wrapLines(t.lab.resultBest(best.steps, eta(best.learningRate)), width)),
	];
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
