import {ScrollingPage} from '../components/ScrollingPage.js';
import {useGame} from '../game-context.js';
import {overviewPage} from '../practice-pages.js';
import {practiceMessages} from '../practice-strings.js';

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
	return (
		<ScrollingPage
			title={t.overview.title}
			lines={overviewPage({lang, history, schedulable, now})}
			footer={t.overview.footer}
			scrollFooter={t.overview.scrollFooter}
			position={t.summaryLines}
			width={width}
			height={height}
		/>
	);
}
