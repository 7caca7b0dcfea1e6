import {describe, expect, it} from 'vitest';
import type {Concept} from '../../src/game/practice/concepts.js';
import {
	emptyHistory,
	nextGrade,
	type PracticeLevelResult,
	recordPracticeLevel,
	type SessionGrade,
} from '../../src/game/practice/history.js';
import {summarizeSession} from '../../src/game/practice/summary.js';

const start = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

// A session as a learner played it: the chain rule twice (one slip, one hint), then many paths clean.
const results: PracticeLevelResult[] = [
	{
		concept: 'chain-rule',
		answers: [['right'], ['lastLinkOnly', 'lastLinkOnly', 'right']],
		hints: 0,
		solutionShown: false,
		finishedAt: minutes(1),
	},
	{
		concept: 'many-paths',
		answers: [['right'], ['right'], ['right']],
		hints: 0,
		solutionShown: false,
		finishedAt: minutes(2),
	},
	{
		concept: 'chain-rule',
		answers: [['right'], ['nearMiss', 'right'], ['right']],
		hints: 1,
		solutionShown: true,
		finishedAt: minutes(3),
	},
];
// Recorded as the game does: one review per concept for the session.
let history = emptyHistory;
const grades: Partial<Record<Concept, SessionGrade>> = {};
for (const r of results) {
	const earlier = grades[r.concept];
	grades[r.concept] = nextGrade(history, r, earlier);
	history = recordPracticeLevel(history, r, earlier);
}

describe('a practice session summary', () => {
	const [chain, paths] = summarizeSession(results, history, minutes(4));

	it('has one entry per concept, in the order they first came up', () => {
		expect(summarizeSession(results, history, minutes(4)).map(s => s.concept)).toEqual(['chain-rule', 'many-paths']);
	});

	it('counts levels, answers right the first time, hints and solutions shown', () => {
		expect(chain).toMatchObject({levels: 2, fields: 5, firstTimeRight: 3, hints: 1, solutionsShown: 1});
		expect(paths).toMatchObject({levels: 1, fields: 3, firstTimeRight: 3, hints: 0, solutionsShown: 0});
	});

	it('counts every wrong answer by kind, the most frequent first', () => {
		expect(chain?.mistakes).toEqual([
			['lastLinkOnly', 2],
			['nearMiss', 1],
		]);
		expect(paths?.mistakes).toEqual([]);
	});

	it('dates the next review from the clock it is given', () => {
		const due = history['many-paths']?.card.due;
		expect(paths?.nextDue?.at).toEqual(new Date(due ?? 0));
		expect(paths?.nextDue?.in).toBe(new Date(due ?? 0).getTime() - minutes(4).getTime());
		// A missed concept comes back ten minutes after its level.
		expect(chain?.nextDue?.in).toBe(minutes(13).getTime() - minutes(4).getTime());
		expect(summarizeSession(results, emptyHistory, minutes(4))[0]?.nextDue).toBeUndefined();
	});
});
