import {describe, expect, it} from 'vitest';
import {emptyHistory, masteryWindow, recordPracticeLevel} from '../../src/game/practice/history.js';
import {practiceOverview} from '../../src/game/practice/overview.js';
import {overviewLines} from '../../src/ui/practice-overview-text.js';

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
		expect(chain).toMatchObject({
			levels: 1,
			firstTry: {share: 0.5, of: 2},
			nextDue: new Date('2026-03-02T09:10:00.000Z'),
		});
		expect(add).toMatchObject({levels: 0, firstTry: undefined, recall: undefined, nextDue: undefined});
		expect(paths).toMatchObject({
			levels: 1,
			firstTry: {share: 1, of: 3},
			nextDue: new Date('2026-03-04T09:00:00.000Z'),
		});
		// FSRS predicts the missed concept is remembered less well than the clean one.
		expect(chain?.recall ?? 1).toBeLessThan(paths?.recall ?? 0);
		expect(paths?.recall).toBeGreaterThan(0.9);
	});

	it('once a concept comes back due, it moves up among the due ones', () => {
		const rows = practiceOverview(history, ['chain-rule', 'many-paths'], later(49));
		expect(rows.map(r => r.concept)).toEqual(['chain-rule', 'many-paths']);
		expect(rows.every(r => r.due)).toBe(true);
	});

	it("reads mastery from the concept's last 20 answers, so a learner who got better shows it", () => {
		// Four levels missed at every first try (12 answers), then six clean ones (18).
		let h = emptyHistory;
		for (let i = 0; i < 10; i++)
			h = recordPracticeLevel(h, {
				concept: 'chain-rule',
				answers:
					i < 4
						? [
								['onePath', 'right'],
								['wrongSign', 'right'],
								['other', 'right'],
							]
						: [['right'], ['right'], ['right']],
				hints: 0,
				solutionShown: false,
				finishedAt: later(i * 24),
			});
		expect(masteryWindow).toBe(20);
		expect(h['chain-rule']?.fields).toBe(30);
		const [chain] = practiceOverview(h, ['chain-rule'], later(240));
		// All time it would be 18 of 30 (60%); the last 20 are 2 misses and 18 right.
		expect(chain?.firstTry).toEqual({share: 0.9, of: 20});
		const text = overviewLines(h, ['chain-rule'], later(240), 'en').map(l => l.text);
		expect(text[2]).toMatch(/^ {2}10 levels · right first try 90% \(last 20 answers\) · /);
		expect(overviewLines(h, ['chain-rule'], later(240), 'ko')[2]?.text).toContain('최근 답 20개 중 90%를 한 번에 맞힘');
	});

	it('reads a save from before the window was kept by its all-time tally', () => {
		const old = history['chain-rule'];
		if (old === undefined) throw new Error('no chain-rule record');
		const {recentFirstTries: _dropped, ...before} = old;
		const [chain] = practiceOverview(
			{'chain-rule': {...before, fields: 8, firstTimeRight: 6}},
			['chain-rule'],
			later(1),
		);
		expect(chain?.firstTry).toEqual({share: 0.75, of: 8});
	});
});
