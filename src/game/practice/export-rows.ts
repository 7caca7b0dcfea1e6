import type {Language} from '../../levels/language.js';
import type {Progress} from '../progress.js';
import {type Concept, conceptNames, concepts} from './concepts.js';
import {firstTimeAccuracy} from './history.js';

/** One practised concept in an export. */
export type ConceptRow = {
	readonly concept: Concept;
	readonly name: string;
	/** Practice levels finished. */
	readonly levels: number;
	/** Answers checked, right and wrong. */
	readonly attempts: number;
	readonly right: number;
	/** Share of answer fields right at the first check, 0–1 to three places; null before any. */
	readonly firstTimeAccuracy: number | null;
	/** First-time accuracy by kind of answer field (`local`, `product`, …), 0–1 to three places. */
	readonly firstTimeByField: Readonly<Record<string, number>>;
	/** Wrong answers by kind (a diagnosis's reason, nearMiss or other). */
	readonly mistakes: Readonly<Record<string, number>>;
	/** When the concept is due for review (ISO 8601). */
	readonly nextDue: string;
	readonly lastPracticedAt: string;
};

export const conceptColumns: readonly (keyof ConceptRow)[] = [
	'concept',
	'name',
	'levels',
	'attempts',
	'right',
	'firstTimeAccuracy',
	'firstTimeByField',
	'mistakes',
	'nextDue',
	'lastPracticedAt',
];

/** One row per practised concept, in the order concepts are taught. */
export function conceptRows(progress: Progress, lang: Language): ConceptRow[] {
	return concepts.flatMap(concept => {
		const record = progress.practice[concept];
		if (record === undefined) return [];
		const accuracy = firstTimeAccuracy(record);
		return [
			{
				concept,
				name: conceptNames[concept][lang],
				levels: record.levels,
				attempts: record.answers,
				right: record.right,
				firstTimeAccuracy: accuracy === undefined ? null : Math.round(accuracy * 1000) / 1000,
				firstTimeByField: Object.fromEntries(
					Object.entries(record.byRole ?? {}).map(([role, t]) => [
						role,
						Math.round((t.firstTimeRight / Math.max(1, t.fields)) * 1000) / 1000,
					]),
				),
				mistakes: {...record.mistakes},
				nextDue: record.card.due,
				lastPracticedAt: record.lastPracticedAt,
			},
		];
	});
}

/** A row's cells as CSV text: mistakes as `kind count; kind count`, no accuracy as an empty cell. */
export function conceptCells(
	row: ConceptRow,
	mistakeName: (kind: string) => string = kind => kind,
): Record<keyof ConceptRow, string | number> {
	return {
		...row,
		firstTimeAccuracy: row.firstTimeAccuracy ?? '',
		firstTimeByField: Object.entries(row.firstTimeByField)
			.map(([role, accuracy]) => `${role} ${accuracy}`)
			.join('; '),
		mistakes: Object.entries(row.mistakes)
			.map(([kind, n]) => `${mistakeName(kind)} ${n}`)
			.join('; '),
	};
}
