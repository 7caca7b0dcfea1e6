// What a finished practice session says per concept: first-time answers,
// mistakes by kind, hints, and when the concept comes back.

import type {Concept} from './concepts.js';
import type {AnswerKind, PracticeHistory, PracticeLevelResult} from './history.js';

export type ConceptSummary = {
	readonly concept: Concept;
	readonly levels: number;
	/** Answer fields met, and how many were right at the first check. */
	readonly fields: number;
	readonly firstTimeRight: number;
	/** Wrong answers by kind, most frequent first. */
	readonly mistakes: readonly (readonly [kind: AnswerKind, count: number])[];
	readonly hints: number;
	readonly solutionsShown: number;
	/** When the concept is due again, and how long from `now` that is (ms); undefined if it was never recorded. */
	readonly nextDue: {readonly at: Date; readonly in: number} | undefined;
};

/** One summary per concept the session played, in the order they first came up; `now` dates the next reviews. */
export function summarizeSession(
	results: readonly PracticeLevelResult[],
	history: PracticeHistory,
	now: Date,
): ConceptSummary[] {
	const byConcept = new Map<Concept, PracticeLevelResult[]>();
	for (const r of results) byConcept.set(r.concept, [...(byConcept.get(r.concept) ?? []), r]);
	return [...byConcept].map(([concept, levels]) => {
		const fields = levels.flatMap(l => l.answers);
		const due = history[concept]?.card.due;
		const counts = new Map<AnswerKind, number>();
		for (const kind of fields.flat()) if (kind !== 'right') counts.set(kind, (counts.get(kind) ?? 0) + 1);
		return {
			concept,
			levels: levels.length,
			fields: fields.length,
			firstTimeRight: fields.filter(f => f[0] === 'right').length,
			// Most frequent first; the first made first among equals.
			mistakes: [...counts].sort((a, b) => b[1] - a[1]),
			hints: levels.reduce((sum, l) => sum + l.hints, 0),
			solutionsShown: levels.filter(l => l.solutionShown).length,
			nextDue: due === undefined ? undefined : {at: new Date(due), in: new Date(due).getTime() - now.getTime()},
		};
	});
}
