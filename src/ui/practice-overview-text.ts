import {type Concept, conceptNames, concepts} from '../game/practice/concepts.js';
import type {PracticeHistory} from '../game/practice/history.js';
import {practiceOverview} from '../game/practice/overview.js';
import type {Language} from '../levels/language.js';
import {practiceMessages} from './practice-strings.js';

/** A line of the overview: a concept's name, a detail under it, or a note. */
export type OverviewLine = {readonly text: string; readonly kind: 'concept' | 'detail' | 'note'};

/** `2026-03-04 09:10` in the player's local time. */
export function shortDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const percent = (x: number) => Math.round(x * 100);

/**
 * The practice overview as lines, for the screen, the screen reader and
 * `practice --list`: each scheduled concept, due ones first and weakest first,
 * with its recent first-try accuracy, predicted recall and next review.
 */
export function overviewLines(
	history: PracticeHistory,
	schedulable: readonly Concept[],
	now: Date,
	lang: Language,
): OverviewLine[] {
	const t = practiceMessages[lang];
	const o = t.overview;
	const standings = practiceOverview(history, schedulable, now);
	const lines: OverviewLine[] = [
		{text: o.dueLine(standings.filter(s => s.due).length, standings.length), kind: 'note'},
	];
	for (const s of standings) {
		lines.push({
			text: `${conceptNames[s.concept][lang]}${s.due ? ` · ${o.dueNow}` : ''}`,
			kind: 'concept',
		});
		const details =
			s.levels === 0
				? [o.neverPractised]
				: [
						o.levels(s.levels),
						...(s.firstTry === undefined ? [] : [o.firstTry(percent(s.firstTry.share), s.firstTry.of)]),
						...(s.recall === undefined ? [] : [o.recall(percent(s.recall))]),
						...(s.nextDue === undefined
							? []
							: [o.next(`${t.inTime(s.nextDue.getTime() - now.getTime())} (${shortDate(s.nextDue)})`)]),
					];
		lines.push({text: `  ${details.join(' · ')}`, kind: 'detail'});
	}
	const locked = concepts.length - schedulable.length;
	if (locked > 0) lines.push({text: o.locked(locked), kind: 'note'});
	return lines;
}
