import {ScrollingPage} from '../components/ScrollingPage.js';
import {useGame} from '../game-context.js';
import {summaryPage} from '../practice-pages.js';
import {practiceMessages} from '../practice-strings.js';

export type PracticeSummaryProps = {
	readonly width: number;
	readonly height: number;
};

/**
 * After a practice session: per concept, first-time answers, mistakes in
 * words, hints used and the next review. Longer than the screen, it scrolls
 * with the keys the footer names.
 */
export function PracticeSummary({width, height}: PracticeSummaryProps) {
	const lang = useGame(s => s.lang);
	const practice = useGame(s => s.practice);
	const history = useGame(s => s.progress.practice);
	const practiceNow = useGame(s => s.practiceNow);
	const t = practiceMessages[lang];
	return (
		<ScrollingPage
			title={t.summaryTitle}
			lines={summaryPage({lang, practice, practiceNow, history})}
			empty={t.summaryEmpty}
			footer={t.summaryFooter}
			scrollFooter={t.summaryScrollFooter}
			position={t.summaryLines}
			width={width}
			height={height}
		/>
	);
}
