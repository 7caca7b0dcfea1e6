// A class report from several students' exports: who struggles with what.
// Pure: the `class` command reads the files and prints what these return.

import * as z from 'zod/mini';
import {concepts, isConcept} from './practice/concepts.js';

/** The part of an export (`export --format json`) a class report reads. */
const exportSchema = z.object({
	schemaVersion: z.number(),
	app: z.object({name: z.literal('backprop-quest')}),
	player: z.optional(z.string()),
	pack: z.optional(z.string()),
	concepts: z.array(
		z.object({
			concept: z.string(),
			attempts: z.number(),
			right: z.number(),
			firstTimeAccuracy: z.nullable(z.number()),
			// Exports from before it was kept have none.
			firstTimeByField: z.optional(z.record(z.string(), z.number())),
			mistakes: z.record(z.string(), z.number()),
		}),
	),
});

export type StudentExport = {
	readonly student: string;
	readonly pack: string;
	readonly concepts: z.infer<typeof exportSchema>['concepts'];
};

/** An export's report data, or undefined when the text is not an export this version reads. */
export function readExport(text: string, fallbackName: string): {data: StudentExport; named: boolean} | undefined {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return undefined;
	}
	const parsed = exportSchema.safeParse(json);
	if (!parsed.success) return undefined;
	const {player, pack, concepts: rows} = parsed.data;
	const named = player !== undefined && player.trim() !== '';
	return {data: {student: named ? player : fallbackName, pack: pack ?? '', concepts: rows}, named};
}

export type ClassRow = {
	readonly student: string;
	readonly pack: string;
	readonly concept: string;
	readonly attempts: number;
	readonly right: number;
	/** Share of answer fields right at the first check, 0–1; null before any. */
	readonly firstTimeAccuracy: number | null;
	/** The student's most frequent mistake on the concept (a diagnosis's code), '' for none. */
	readonly topMistake: string;
	readonly topMistakeCount: number;
	/** The kind of answer field the student got right at the first try least often ('' when none was), and that share. */
	readonly weakestField: string;
	readonly weakestFieldAccuracy: number | null;
};

/** One kind of answer field of one concept across the class: how often it was right at the first try. */
export type FieldTally = {
	readonly concept: string;
	/** The field's kind: `local`, `product`, `path`, … */
	readonly field: string;
	/** The mean over the students who met it, 0–1. */
	readonly accuracy: number;
	readonly students: number;
	/** The student with the lowest share (the first by name among equals). */
	readonly weakestStudent: string;
};

export type MistakeTally = {
	readonly concept: string;
	readonly mistake: string;
	readonly count: number;
	/** How many students made it at least once. */
	readonly students: number;
};

export type ClassReport = {
	readonly students: number;
	/** Concepts, weakest first: the lowest mean first-time accuracy over the students who answered it. */
	readonly concepts: readonly string[];
	/** One row per student × concept answered, the weakest concept's rows first, weakest student first within it. */
	readonly rows: readonly ClassRow[];
	/** Concept × mistake counts across the class, most frequent first. */
	readonly mistakes: readonly MistakeTally[];
	/** Concept × kind of answer field, the least often right at the first try first; only kinds some student missed. */
	readonly fields: readonly FieldTally[];
};

/** The kind of field with the lowest share right at the first try (the first by name among equals). */
const weakest = (byField: Readonly<Record<string, number>> | undefined) =>
	Object.entries(byField ?? {}).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];

const top = (mistakes: Readonly<Record<string, number>>) =>
	Object.entries(mistakes)
		.filter(([, n]) => n > 0)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];

export function classReport(exports: readonly StudentExport[]): ClassReport {
	const rows: ClassRow[] = exports.flatMap(e =>
		e.concepts
			.filter(c => c.attempts > 0)
			.map(c => {
				const [mistake = '', count = 0] = top(c.mistakes) ?? [];
				const [field, share] = weakest(c.firstTimeByField) ?? ['', null];
				return {
					student: e.student,
					pack: e.pack,
					concept: c.concept,
					attempts: c.attempts,
					right: c.right,
					firstTimeAccuracy: c.firstTimeAccuracy,
					topMistake: mistake,
					topMistakeCount: count,
					weakestField: field,
					weakestFieldAccuracy: share,
				};
			}),
	);
	const mean = new Map<string, number>();
	for (const concept of new Set(rows.map(r => r.concept))) {
		const scores = rows.filter(r => r.concept === concept).map(r => r.firstTimeAccuracy ?? 0);
		mean.set(concept, scores.reduce((a, b) => a + b, 0) / scores.length);
	}
	// Teaching order breaks ties; a concept this version doesn't know goes last.
	const order = (c: string) => {
		return isConcept(c) ? concepts.indexOf(c) : concepts.length;
	};
	const weakestFirst = [...mean.keys()].sort(
		(a, b) => (mean.get(a) ?? 0) - (mean.get(b) ?? 0) || order(a) - order(b) || a.localeCompare(b),
	);
	const sorted = [...rows].sort(
		(a, b) =>
			weakestFirst.indexOf(a.concept) - weakestFirst.indexOf(b.concept) ||
			(a.firstTimeAccuracy ?? 0) - (b.firstTimeAccuracy ?? 0) ||
			a.student.localeCompare(b.student),
	);
	const tallies = new Map<string, {concept: string; mistake: string; count: number; students: Set<string>}>();
	for (const e of exports)
		for (const c of e.concepts)
			for (const [mistake, n] of Object.entries(c.mistakes)) {
				if (n <= 0) continue;
				const key = `${c.concept}\u0000${mistake}`;
				const tally = tallies.get(key) ?? {concept: c.concept, mistake, count: 0, students: new Set<string>()};
				tally.count += n;
				tally.students.add(e.student);
				tallies.set(key, tally);
			}
	const mistakes = [...tallies.values()]
		.map(t => ({concept: t.concept, mistake: t.mistake, count: t.count, students: t.students.size}))
		.sort(
			(a, b) =>
				b.count - a.count ||
				weakestFirst.indexOf(a.concept) - weakestFirst.indexOf(b.concept) ||
				a.mistake.localeCompare(b.mistake),
		);
	return {
		students: exports.length,
		concepts: weakestFirst,
		rows: sorted,
		mistakes,
		fields: fieldTallies(exports, weakestFirst),
	};
}

function fieldTallies(exports: readonly StudentExport[], conceptOrder: readonly string[]): FieldTally[] {
	const byKey = new Map<string, {concept: string; field: string; shares: [student: string, share: number][]}>();
	for (const e of exports)
		for (const c of e.concepts)
			for (const [field, share] of Object.entries(c.firstTimeByField ?? {})) {
				const key = `${c.concept}\u0000${field}`;
				const tally = byKey.get(key) ?? {concept: c.concept, field, shares: []};
				tally.shares.push([e.student, share]);
				byKey.set(key, tally);
			}
	return [...byKey.values()]
		.filter(t => t.shares.some(([, share]) => share < 1))
		.map(t => {
			const [weakestStudent = ''] = [...t.shares].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0] ?? [];
			return {
				concept: t.concept,
				field: t.field,
				accuracy: t.shares.reduce((sum, [, share]) => sum + share, 0) / t.shares.length,
				students: t.shares.length,
				weakestStudent,
			};
		})
		.sort(
			(a, b) =>
				a.accuracy - b.accuracy ||
				conceptOrder.indexOf(a.concept) - conceptOrder.indexOf(b.concept) ||
				a.field.localeCompare(b.field),
		);
}
