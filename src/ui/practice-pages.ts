// The practice summary's and overview's lines, worked out the same way for
// drawing the page and for the scroll keys, which need to know how long it is.

import {type Concept, conceptNames} from '../game/practice/concepts.js';
import type {PracticeHistory} from '../game/practice/history.js';
import {summarizeSession} from '../game/practice/summary.js';
import type {GameState} from '../game/store.js';
import type {Language} from '../levels/language.js';
import type {PageLine} from './components/page-lines.js';
import {overviewLines, shortDate} from './practice-overview-text.js';
import {mistakeInWords, practiceMessages} from './practice-strings.js';
import {theme} from './theme.js';

/** What the summary reads from the game. */
export type SummarySource = Pick<GameState, 'lang' | 'practice' | 'practiceNow'> & {
	readonly history: PracticeHistory;
};

/** Per concept of the session: first-time answers, mistakes in words, hints used and the next review. */
export function summaryPage({lang, practice, practiceNow, history}: SummarySource): PageLine[] {
	const t = practiceMessages[lang];
	const lines: PageLine[] = [];
	for (const c of summarizeSession(practice?.results ?? [], history, new Date(practiceNow))) {
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
	return lines;
}

/** What the overview reads from the game. */
export type OverviewSource = {
	readonly lang: Language;
	readonly history: PracticeHistory;
	/** The concepts the pack and the history put on the schedule. */
	readonly schedulable: readonly Concept[];
	readonly now: number;
};

/** Every scheduled concept, due ones first and weakest first, with its details under it. */
export function overviewPage({lang, history, schedulable, now}: OverviewSource): PageLine[] {
	return overviewLines(history, schedulable, new Date(now), lang).map(line => ({
		text: line.text,
		bold: line.kind === 'concept',
		color: line.kind === 'note' ? theme.hint : undefined,
	}));
}
