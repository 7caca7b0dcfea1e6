// What the game remembers about practice, per concept: every checked answer
// (right, or which mistake), every finished level, and the concept's card.

import {itemAt} from '../../engine/checked.js';
import {isMistakeReason, type MistakeReason} from '../../levels/diagnosis.js';
import {type Concept, concepts} from './concepts.js';
import {type Difficulty, toDifficulty} from './family.js';
import {type CardState, isDue, type LevelOutcome, predictedRecall, review, worseOutcome} from './schedule.js';

/** A wrong answer: a diagnosed mistake by its reason, `nearMiss` (too few figures) or `other` (no diagnosis). */
export type SlipKind = MistakeReason | 'nearMiss' | 'other';

/** A checked answer: right, or which slip. */
export type AnswerKind = 'right' | SlipKind;

/**
 * A slip's kind as read back from a save: a reason this version no longer (or
 * not yet) diagnoses counts as `other`, so the record still loads.
 */
export function slipKind(kind: string): SlipKind {
	return kind === 'nearMiss' || kind === 'other' || isMistakeReason(kind) ? kind : 'other';
}

/** Slip counts read back from a save, each under a kind this version knows (see `slipKind`). */
export function knownSlips(counts: Readonly<Record<string, number>>): Partial<Record<SlipKind, number>> {
	const known: Partial<Record<SlipKind, number>> = {};
	for (const [kind, n] of Object.entries(counts)) {
		const as = slipKind(kind);
		known[as] = (known[as] ?? 0) + n;
	}
	return known;
}

export type ConceptRecord = {
	/** Answers checked. */
	readonly answers: number;
	readonly right: number;
	/** Wrong answers by kind: a diagnosis's reason, `nearMiss` (too few figures) or `other`. */
	readonly mistakes: Readonly<Partial<Record<SlipKind, number>>>;
	/** Answer fields met, and how many of them were right at the first check. */
	readonly fields: number;
	readonly firstTimeRight: number;
	/** Practice levels finished, and how many of them without a wrong answer or a hint. */
	readonly levels: number;
	readonly cleanLevels: number;
	/** Clean levels in a row; it sets the next level's difficulty. */
	readonly streak: number;
	readonly card: CardState;
	readonly lastPracticedAt: string;
	/** The last levels' fingerprints, newest last, so a new level never repeats one of them. */
	readonly recent?: readonly string[];
	/** Per kind of answer field (a local derivative, a chain's product, …): fields met and right at the first check. */
	readonly byRole?: Readonly<Record<string, RoleTally>>;
	/** The last answer fields' first checks, oldest first: `1` right, `0` not; at most `masteryWindow`. */
	readonly recentFirstTries?: string;
};

export type RoleTally = {readonly fields: number; readonly firstTimeRight: number};

export type PracticeHistory = Readonly<Partial<Record<Concept, ConceptRecord>>>;

export const emptyHistory: PracticeHistory = {};

function blank(card: CardState, now: Date): ConceptRecord {
	return {
		answers: 0,
		right: 0,
		mistakes: {},
		fields: 0,
		firstTimeRight: 0,
		levels: 0,
		cleanLevels: 0,
		streak: 0,
		card,
		lastPracticedAt: now.toISOString(),
	};
}

/** One finished practice level: its checked answers in order, per field, and whether hints or the solution were used. */
export type PracticeLevelResult = {
	readonly concept: Concept;
	/** Per field, the kinds of its checked answers in order (the last is `right` when it was solved). */
	readonly answers: readonly (readonly AnswerKind[])[];
	readonly hints: number;
	readonly solutionShown: boolean;
	readonly finishedAt: Date;
	/** What the level asked (its formula and numbers), to keep the next levels from repeating it. */
	readonly fingerprint?: string;
	/** Each field's kind (`local`, `product`, `path`, …), in the order of `answers`. */
	readonly roles?: readonly string[];
};

/** How many of a concept's last levels a new one must differ from. */
export const recentLevels = 10;

/** How many of a concept's last answer fields its mastery is read from: about four levels. */
export const masteryWindow = 20;

/**
 * What a session has told the scheduler about a concept so far: its card
 * before the session and the worst of its levels. A session is one review
 * per concept, so each level re-reviews the card from before the session.
 */
export type SessionGrade = {readonly before: CardState | undefined; readonly worst: LevelOutcome};

export function outcomeOf(result: PracticeLevelResult): LevelOutcome {
	const slips = result.answers.flat().filter(kind => kind !== 'right');
	if (result.solutionShown || slips.some(kind => kind !== 'nearMiss')) return 'wrong';
	if (result.hints > 0) return 'hinted';
	return slips.length > 0 ? 'rounding' : 'clean';
}

/** The session's grade of the result's concept once this level is in. */
export function nextGrade(
	history: PracticeHistory,
	result: PracticeLevelResult,
	earlier: SessionGrade | undefined,
): SessionGrade {
	return {
		before: earlier === undefined ? history[result.concept]?.card : earlier.before,
		worst: worseOutcome(earlier?.worst, outcomeOf(result)),
	};
}

/**
 * Folds a finished level into the history. The concept's card is reviewed
 * once per session: from its state before the session, graded by the
 * session's worst level of it so far (`earlier` is what the session's
 * previous levels of the concept gave; undefined for its first).
 */
export function recordPracticeLevel(
	history: PracticeHistory,
	result: PracticeLevelResult,
	earlier?: SessionGrade,
): PracticeHistory {
	const now = result.finishedAt;
	const outcome = outcomeOf(result);
	const before = history[result.concept];
	const grade = nextGrade(history, result, earlier);
	const card = review(grade.before, grade.worst, now);
	const base = before ?? blank(card, now);
	const mistakes: Partial<Record<SlipKind, number>> = {...base.mistakes};
	let answers = base.answers;
	let right = base.right;
	let firstTimeRight = base.firstTimeRight;
	const byRole: Record<string, RoleTally> = {...base.byRole};
	let recentFirstTries = base.recentFirstTries ?? '';
	for (const [i, field] of result.answers.entries()) {
		if (field[0] === 'right') firstTimeRight++;
		recentFirstTries += field[0] === 'right' ? '1' : '0';
		const role = result.roles?.[i];
		if (role !== undefined) {
			const tally = byRole[role] ?? {fields: 0, firstTimeRight: 0};
			byRole[role] = {fields: tally.fields + 1, firstTimeRight: tally.firstTimeRight + (field[0] === 'right' ? 1 : 0)};
		}
		for (const kind of field) {
			answers++;
			if (kind === 'right') right++;
			else mistakes[kind] = (mistakes[kind] ?? 0) + 1;
		}
	}
	const record: ConceptRecord = {
		answers,
		right,
		mistakes,
		fields: base.fields + result.answers.length,
		firstTimeRight,
		levels: base.levels + 1,
		cleanLevels: base.cleanLevels + (outcome === 'clean' ? 1 : 0),
		// Too few figures says nothing about the concept: the streak neither grows nor breaks.
		streak: outcome === 'clean' ? base.streak + 1 : outcome === 'rounding' ? base.streak : 0,
		card,
		lastPracticedAt: now.toISOString(),
		...(Object.keys(byRole).length === 0 ? {} : {byRole}),
		recentFirstTries: recentFirstTries.slice(-masteryWindow),
		recent:
			result.fingerprint === undefined
				? (base.recent ?? [])
				: [...(base.recent ?? []), result.fingerprint].slice(-recentLevels),
	};
	return {...history, [result.concept]: record};
}

/** Two clean levels in a row move a concept up a step; any slip starts it again from the first. */
/** The diagnosed mistakes the player has made in practice, most frequent first. */
export function frequentMistakes(history: PracticeHistory): MistakeReason[] {
	const counts = new Map<MistakeReason, number>();
	for (const record of Object.values(history))
		for (const [kind, n] of Object.entries(record?.mistakes ?? {}))
			if (isMistakeReason(kind)) counts.set(kind, (counts.get(kind) ?? 0) + (n ?? 0));
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind]) => kind);
}

export function difficultyFor(history: PracticeHistory, concept: Concept): Difficulty {
	const streak = history[concept]?.streak ?? 0;
	return toDifficulty(1 + Math.floor(streak / 2));
}

/**
 * The concepts due for review among `unlocked`, weakest first (the lowest
 * recall FSRS predicts now); never practised ones after those, in teaching order.
 */
export function dueConcepts(history: PracticeHistory, unlocked: readonly Concept[], now: Date): Concept[] {
	const due = unlocked.filter(c => isDue(history[c]?.card, now));
	const recall = (c: Concept) => {
		const card = history[c]?.card;
		return card === undefined ? Number.POSITIVE_INFINITY : predictedRecall(card, now);
	};
	return due.sort((a, b) => recall(a) - recall(b) || concepts.indexOf(a) - concepts.indexOf(b));
}

/**
 * The concepts of a practice session of `count` levels: the due ones in
 * turn; when nothing is due, the unlocked ones that come back soonest.
 */
export function planSession(
	history: PracticeHistory,
	unlocked: readonly Concept[],
	now: Date,
	count: number,
): Concept[] {
	const due = dueConcepts(history, unlocked, now);
	const soonest = [...unlocked].sort(
		(a, b) => new Date(history[a]?.card.due ?? 0).getTime() - new Date(history[b]?.card.due ?? 0).getTime(),
	);
	const pool = (due.length > 0 ? due : soonest).slice(0, count);
	return Array.from({length: pool.length === 0 ? 0 : count}, (_, i) => itemAt(pool, i % pool.length));
}

/** Progress only grows: of two records of a concept, the one with more levels (then the later) is kept. */
export function mergeHistory(mine: PracticeHistory, theirs: PracticeHistory): PracticeHistory {
	const merged: Partial<Record<Concept, ConceptRecord>> = {...theirs};
	for (const concept of concepts) {
		const a = mine[concept];
		const b = theirs[concept];
		if (a === undefined) continue;
		if (b === undefined || a.levels > b.levels || (a.levels === b.levels && a.lastPracticedAt >= b.lastPracticedAt))
			merged[concept] = a;
	}
	return merged;
}

/**
 * Mastery: of the concept's last answer fields (up to `masteryWindow`), how many
 * were right at the first check; undefined before any. A save from before the
 * window was kept has only the all-time tally, which then stands in for it.
 */
export function recentFirstTries(record: ConceptRecord): {readonly right: number; readonly of: number} | undefined {
	const recent = record.recentFirstTries;
	if (recent !== undefined && recent !== '')
		return {right: [...recent].filter(c => c === '1').length, of: recent.length};
	return record.fields === 0 ? undefined : {right: record.firstTimeRight, of: record.fields};
}

/** Share of answer fields right at the first check; undefined before any. */
export function firstTimeAccuracy(record: ConceptRecord): number | undefined {
	return record.fields === 0 ? undefined : record.firstTimeRight / record.fields;
}
