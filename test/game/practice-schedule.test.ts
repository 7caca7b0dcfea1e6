import {describe, expect, it} from 'vitest';
import {
	difficultyFor,
	dueConcepts,
	emptyHistory,
	firstTimeAccuracy,
	mergeHistory,
	type PracticeHistory,
	planSession,
	recordPracticeLevel,
} from '../../src/game/practice/history.js';
import {isDue, review} from '../../src/game/practice/schedule.js';

const start = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);
const hoursUntil = (due: string, from: Date) => (new Date(due).getTime() - from.getTime()) / 3_600_000;

const level = (concept: 'chain-rule' | 'many-paths', answers: string[][], at: Date, hints = 0) =>
	({concept, answers, hints, solutionShown: false, finishedAt: at}) as const;

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
		for (const answers of [[['right']], [['right']], [['right']], [['right']], [['wrongSign', 'right']]]) {
			history = recordPracticeLevel(history, level('chain-rule', answers, start));
			steps.push(difficultyFor(history, 'chain-rule'));
		}
		expect(steps).toEqual([1, 2, 2, 3, 1]);
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
