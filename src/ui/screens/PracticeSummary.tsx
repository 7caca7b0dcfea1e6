import {conceptNames} from '../../game/practice/concepts.js';
import {summarizeSession} from '../../game/practice/summary.js';
import {type PageLine, ScrollingPage} from '../components/ScrollingPage.js';
import {useGame} from '../game-context.js';
import {shortDate} from '../practice-overview-text.js';
import {mistakeInWords, practiceMessages} from '../practice-strings.js';
import {theme} from '../theme.js';

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
	const session = useGame(s => s.practice);
	const history = useGame(s => s.progress.practice);
	const now = useGame(s => s.practiceNow);
	const t = practiceMessages[lang];
	const lines: PageLine[] = [];
	for (const c of summarizeSession(session?.results ?? [], history, new Date(now))) {
		const mistakes = c.mistakes.map(([kind, n]) => t.mistakeCount(mistakeInWords(kind, lang), n)).join(', ');
		lines.push({text: `${conceptNames[c.concept][lang]} · ${t.levels(c.levels)}`, bold: true});
		lines.push({text: `  ${t.firstTime(c.firstTimeRight, c.fields)} · ${t.hintsUsed(c.hints)}`, color: theme.right});
		lines.push({
			text: `  ${mistakes === '' ? t.noMistakes : t.mistakes(mistakes)}`,
			color: mistakes === '' ? theme.right : theme.wrong,
		});
		if (c.solutionsShown > 0) lines.push({text: `  ${t.solutionsShown(c.solutionsShown)}`, color: theme.wrong});
		if (c.nextDue !== undefined)
			lines.push({
				text: `  ${t.nextReview(`${t.inTime(c.nextDue.in)} (${shortDate(c.nextDue.at)})`)}`,
				color: theme.hint,
			});
	}
	return (
		<ScrollingPage
			title={t.summaryTitle}
			lines={lines}
			empty={t.summaryEmpty}
			footer={t.summaryFooter}
			scrollFooter={t.summaryScrollFooter}
			position={t.summaryLines}
			width={width}
			height={height}
		/>
	);
}
