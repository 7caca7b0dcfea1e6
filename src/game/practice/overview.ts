// Where each concept stands: what is due, how well it goes, and when it comes back.

import {type Concept, concepts} from './concepts.js';
import {dueConcepts, type PracticeHistory, recentFirstTries} from './history.js';
import {predictedRecall} from './schedule.js';

export type ConceptStanding = {
	readonly concept: Concept;
	readonly due: boolean;
	/** Practice and pack levels finished. */
	readonly levels: number;
	/**
	 * Mastery: the share of the last answer fields (`of` of them, at most `masteryWindow`)
	 * right at the first check; undefined before any.
	 */
	readonly firstTry: {readonly share: number; readonly of: number} | undefined;
	/** The chance FSRS gives that it is still remembered now; undefined before the first review. */
	readonly recall: number | undefined;
	/** When it comes back; undefined for a concept never practised (due at once). */
	readonly nextDue: Date | undefined;
};

/**
 * Every concept practice schedules: the due ones first, weakest first (the order
 * a session takes them in), then the rest by when they come back.
 */
export function practiceOverview(
	history: PracticeHistory,
	schedulable: readonly Concept[],
	now: Date,
): ConceptStanding[] {
	const due = dueConcepts(history, schedulable, now);
	const later = schedulable
		.filter(c => !due.includes(c))
		.sort(
			(a, b) =>
				new Date(history[a]?.card.due ?? 0).getTime() - new Date(history[b]?.card.due ?? 0).getTime() ||
				concepts.indexOf(a) - concepts.indexOf(b),
		);
	return [...due, ...later].map(concept => {
		const record = history[concept];
		const card = record?.card;
		const recent = record === undefined ? undefined : recentFirstTries(record);
		return {
			concept,
			due: due.includes(concept),
			levels: record?.levels ?? 0,
			firstTry: recent === undefined ? undefined : {share: recent.right / recent.of, of: recent.of},
			recall: card === undefined || card.lastReview === undefined ? undefined : predictedRecall(card, now),
			nextDue: card === undefined ? undefined : new Date(card.due),
		};
	});
}
