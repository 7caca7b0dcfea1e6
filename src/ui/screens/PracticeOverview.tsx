import {ScrollingPage} from '../components/ScrollingPage.js';
import {useGame} from '../game-context.js';
import {overviewLines} from '../practice-overview-text.js';
import {practiceMessages} from '../practice-strings.js';
import {theme} from '../theme.js';

export type PracticeOverviewProps = {
	readonly width: number;
	readonly height: number;
};

/**
 * Every concept on the practice schedule: due ones first, weakest first, each
 * with its recent first-try accuracy, predicted recall and next review. Scrolls like the summary.
 */
export function PracticeOverview({width, height}: PracticeOverviewProps) {
	const lang = useGame(s => s.lang);
	const history = useGame(s => s.progress.practice);
	const now = useGame(s => s.practiceNow);
	// The schedule follows the pack's levels and the history: re-read when either changes.
	useGame(s => s.levels);
	const schedulable = useGame(s => s.practiceStatus)(now).unlocked;
	const t = practiceMessages[lang];
	const lines = overviewLines(history, schedulable, new Date(now), lang).map(line => ({
		text: line.text,
		bold: line.kind === 'concept',
		color: line.kind === 'note' ? theme.hint : undefined,
	}));
	return (
		<ScrollingPage
			title={t.overview.title}
			lines={lines}
			footer={t.overview.footer}
			scrollFooter={t.overview.scrollFooter}
			position={t.summaryLines}
			width={width}
			height={height}
		/>
	);
}
