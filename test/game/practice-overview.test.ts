import {describe, expect, it} from 'vitest';
import {emptyHistory, recordPracticeLevel} from '../../src/game/practice/history.js';
import {practiceOverview} from '../../src/game/practice/overview.js';

const start = new Date('2026-03-02T09:00:00.000Z');
const later = (hours: number) => new Date(start.getTime() + hours * 3_600_000);

// Chain rule missed, many paths clean, both at nine; the add node scheduled but never practised.
let history = recordPracticeLevel(emptyHistory, {
	concept: 'chain-rule',
	answers: [['right'], ['lastLinkOnly', 'right']],
	hints: 0,
	solutionShown: false,
	finishedAt: start,
});
history = recordPracticeLevel(history, {
	concept: 'many-paths',
	answers: [['right'], ['right'], ['right']],
	hints: 0,
	solutionShown: false,
	finishedAt: start,
});

describe('practice overview', () => {
	it('lists the due concepts first, weakest first, then the rest by when they come back', () => {
		const rows = practiceOverview(history, ['add-node', 'chain-rule', 'many-paths'], later(1));
		expect(rows.map(r => [r.concept, r.due])).toEqual([
			['chain-rule', true],
			['add-node', true],
			['many-paths', false],
		]);
		const [chain, add, paths] = rows;
		expect(chain).toMatchObject({levels: 1, firstTry: 0.5, nextDue: new Date('2026-03-02T09:10:00.000Z')});
		expect(add).toMatchObject({levels: 0, firstTry: undefined, recall: undefined, nextDue: undefined});
		expect(paths).toMatchObject({levels: 1, firstTry: 1, nextDue: new Date('2026-03-04T09:00:00.000Z')});
		// FSRS predicts the missed concept is remembered less well than the clean one.
		expect(chain?.recall ?? 1).toBeLessThan(paths?.recall ?? 0);
		expect(paths?.recall).toBeGreaterThan(0.9);
	});

	it('once a concept comes back due, it moves up among the due ones', () => {
		const rows = practiceOverview(history, ['chain-rule', 'many-paths'], later(49));
		expect(rows.map(r => r.concept)).toEqual(['chain-rule', 'many-paths']);
		expect(rows.every(r => r.due)).toBe(true);
	});
});
