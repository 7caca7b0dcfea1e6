import {Box, Text} from 'ink';
import {hintOnOffer, keptStars} from '../../game/selectors.js';
import {useGame} from '../game-context.js';
import {messages, solutionDetail} from '../strings.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type ConfirmDialogProps = {
	/** Which question: the worked solution (0 stars) or the next hint (−1★). */
	readonly ask: 'solution' | 'hint';
	readonly width: number;
};

/** Asks before a key that costs stars acts: the solution scores the level at zero, a hint costs one. */
export function ConfirmDialog({ask, width}: ConfirmDialogProps) {
	const lang = useGame(s => s.lang);
	const t = messages(lang);
	const hintTitle = useGame(s => {
		const offer = hintOnOffer(s);
		return offer === undefined ? '' : t.confirmHint(offer.number, offer.total, offer.label);
	});
	const kept = useGame(keptStars);
	const title = ask === 'solution' ? t.confirmSolution : hintTitle;
	const detail =
		ask === 'hint'
			? `${t.confirmHintDetail}   ${t.confirmHintKeys}`
			: `${solutionDetail(t, kept)}   ${t.confirmSolutionKeys}`;
	return (
		<Box flexDirection="column" borderStyle="round" borderColor={theme.hint} paddingX={1} width={width}>
			<Text bold color={theme.hint}>
				? {title}
			</Text>
			{wrapLines(detail, width - 4).map(line => (
				<Text key={line}>{line}</Text>
			))}
		</Box>
	);
}
