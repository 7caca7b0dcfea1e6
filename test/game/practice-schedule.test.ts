import {describe, expect, it} from 'vitest';
import {
	type AnswerKind,
	difficultyFor,
	dueConcepts,
	emptyHistory,
	firstTimeAccuracy,
	mergeHistory,
	nextGrade,
	outcomeOf,
	type PracticeHistory,
	type PracticeLevelResult,
	planSession,
	recordPracticeLevel,
	type SessionGrade,
} from '../../src/game/practice/history.js';
import {isDue, predictedRecall, review} from '../../src/game/practice/schedule.js';

const start = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);
const hoursUntil = (due: string, from: Date) => (new Date(due).getTime() - from.getTime()) / 3_600_000;

type Practised = 'chain-rule' | 'many-paths' | 'add-node';
const level = (concept: Practised, answers: AnswerKind[][], at: Date, hints = 0): PracticeLevelResult => ({
	concept,
	answers,
	hints,
	solutionShown: false,
	finishedAt: at,
});

/** Plays one session's levels in order, as the store does: one review per concept, graded by its worst level. */
function session(history: PracticeHistory, levels: readonly PracticeLevelResult[]): PracticeHistory {
	const grades = new Map<string, SessionGrade>();
	let next = history;
	for (const result of levels) {
		const earlier = grades.get(result.concept);
		grades.set(result.concept, nextGrade(next, result, earlier));
		next = recordPracticeLevel(next, result, earlier);
	}
	return next;
}

describe('the practice schedule (fixed clock)', () => {
	it('brings a concept back in ten minutes after a mistake, fifteen after a hint, two days after a clean level', () => {
		expect(hoursUntil(review(undefined, 'wrong', start).due, start)).toBeCloseTo(10 / 60);
		expect(hoursUntil(review(undefined, 'hinted', start).due, start)).toBeCloseTo(15 / 60);
		expect(hoursUntil(review(undefined, 'clean', start).due, start)).toBe(48);
	});

	it('pushes clean reviews further out each time and pulls a concept back after a lapse', () => {
		let card = review(undefined, 'clean', start);
		const gaps: number[] = [];
		let now = start;
		for (let i = 0; i < 3; i++) {
			now = new Date(card.due);
			card = review(card, 'clean', now);
			gaps.push(hoursUntil(card.due, now));
		}
		expect(gaps).toEqual([264, 1104, 3912]);
		const lapse = review(card, 'wrong', new Date(card.due));
		expect(hoursUntil(lapse.due, new Date(card.due))).toBeCloseTo(10 / 60);
		expect(lapse.lapses).toBe(1);
	});

	it('records every checked answer per concept: right, or which mistake; first-time accuracy over fields', () => {
		let history: PracticeHistory = emptyHistory;
		history = recordPracticeLevel(history, level('chain-rule', [['right'], ['ownValue', 'right'], ['right']], start));
		history = recordPracticeLevel(history, level('chain-rule', [['addedFactors', 'nearMiss', 'right']], minutes(20)));
		const record = history['chain-rule'];
		expect(record).toMatchObject({
			answers: 7,
			right: 4,
			mistakes: {ownValue: 1, addedFactors: 1, nearMiss: 1},
			fields: 4,
			firstTimeRight: 2,
			levels: 2,
			cleanLevels: 0,
			streak: 0,
		});
		expect(record && firstTimeAccuracy(record)).toBe(0.5);
	});

	it('says what is due: wrong concepts come back first; clean ones wait their days', () => {
		let history: PracticeHistory = emptyHistory;
		history = recordPracticeLevel(history, level('chain-rule', [['right']], start));
		history = recordPracticeLevel(history, level('many-paths', [['onePath', 'right']], start));
		const unlocked = ['chain-rule', 'many-paths', 'add-node'] as const;
		// add-node has never been practised: due at once, after the overdue ones.
		expect(dueConcepts(history, unlocked, minutes(11))).toEqual(['many-paths', 'add-node']);
		expect(dueConcepts(history, unlocked, days(2))).toEqual(['many-paths', 'chain-rule', 'add-node']);
		expect(isDue(history['chain-rule']?.card, days(1))).toBe(false);
		expect(planSession(history, ['chain-rule', 'many-paths'], minutes(11), 3)).toEqual([
			'many-paths',
			'many-paths',
			'many-paths',
		]);
		// Nothing due: the concept that comes back soonest.
		expect(planSession(history, ['chain-rule'], minutes(11), 2)).toEqual(['chain-rule', 'chain-rule']);
	});

	it('raises the difficulty after two clean levels in a row and starts again after a slip', () => {
		let history: PracticeHistory = emptyHistory;
		const steps: number[] = [];
		const levels: AnswerKind[][][] = [[['right']], [['right']], [['right']], [['right']], [['wrongSign', 'right']]];
		for (const answers of levels) {
			history = recordPracticeLevel(history, level('chain-rule', answers, start));
			steps.push(difficultyFor(history, 'chain-rule'));
		}
		expect(steps).toEqual([1, 2, 2, 3, 1]);
	});

	it('reviews each concept once a session, graded by its worst level, not its last', () => {
		const played = session(emptyHistory, [
			level('chain-rule', [['right']], start),
			level('chain-rule', [['leftOutLink', 'right']], minutes(2)),
			level('chain-rule', [['right']], minutes(4)),
			level('chain-rule', [['right']], minutes(6)),
		]);
		const card = played['chain-rule']?.card;
		// One review, and an Again: the concept comes back ten minutes after the session's last level.
		expect(card?.reps).toBe(1);
		expect(card && hoursUntil(card.due, minutes(6))).toBeCloseTo(10 / 60);
		expect(played['chain-rule']?.levels).toBe(4);
		// Two clean levels in one session are one Good review, not two.
		const clean = session(emptyHistory, [
			level('add-node', [['right']], start),
			level('add-node', [['right']], minutes(3)),
		]);
		expect(clean['add-node']?.card.reps).toBe(1);
		expect(clean['add-node'] && hoursUntil(clean['add-node'].card.due, minutes(3))).toBeCloseTo(48, 0);
	});

	it('rates a level whose only slip is too few figures Hard, not Again, and keeps the streak', () => {
		const rounding = level('add-node', [['nearMiss', 'right'], ['right']], start);
		expect(outcomeOf(rounding)).toBe('rounding');
		expect(outcomeOf(level('add-node', [['nearMiss', 'wrongSign', 'right']], start))).toBe('wrong');
		const after = recordPracticeLevel(emptyHistory, rounding);
		expect(after['add-node']?.card.due).toBe(review(undefined, 'hinted', start).due);
		expect(after['add-node']?.card.due).not.toBe(review(undefined, 'wrong', start).due);
		const streak = recordPracticeLevel(recordPracticeLevel(emptyHistory, level('add-node', [['right']], start)), {
			...rounding,
			finishedAt: days(3),
		});
		expect(streak['add-node']?.streak).toBe(1);
	});

	it('separates a weak concept from a strong one after one clean session, and lists the weakest first', () => {
		// Many paths: a failed session, then a clean one. Add node and chain rule: clean from the start.
		let history = session(emptyHistory, [
			level('many-paths', [['onePath', 'right']], start),
			level('many-paths', [['onePath', 'right']], minutes(2)),
			level('add-node', [['right']], minutes(4)),
			level('chain-rule', [['right']], minutes(6)),
		]);
		history = session(history, [level('many-paths', [['right']], minutes(20))]);
		const weak = history['many-paths']?.card;
		const strong = history['add-node']?.card;
		expect(weak && strong && new Date(weak.due) < new Date(strong.due)).toBe(true);
		// Three days on, everything is due; FSRS predicts the weak concept's recall lowest.
		const later = days(3);
		expect(predictedRecall(weak, later)).toBeLessThan(predictedRecall(strong, later));
		const unlocked = ['add-node', 'chain-rule', 'many-paths', 'weighted-sum'] as const;
		expect(dueConcepts(history, unlocked, later)).toEqual(['many-paths', 'add-node', 'chain-rule', 'weighted-sum']);
		// A five-level session starts with it.
		expect(planSession(history, unlocked, later, 5)[0]).toBe('many-paths');
	});

	it('merges two saves keeping the record with more levels per concept', () => {
		const a = recordPracticeLevel(emptyHistory, level('chain-rule', [['right']], start));
		const b = recordPracticeLevel(a, level('chain-rule', [['right']], minutes(5)));
		const c = recordPracticeLevel(emptyHistory, level('many-paths', [['right']], start));
		const merged = mergeHistory(a, {...b, ...c});
		expect(merged['chain-rule']?.levels).toBe(2);
		expect(merged['many-paths']?.levels).toBe(1);
	});
});
