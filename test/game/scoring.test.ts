import {describe, expect, it} from 'vitest';
import {
	emptyProgress,
	firstUnsolved,
	mergeProgress,
	recordPlay,
	solvedCount,
	totalPoints,
} from '../../src/game/progress.js';
import {parseSave, serializeProgress} from '../../src/game/save-file.js';
import {capAfterSolution, pointsFor, starsFor} from '../../src/game/scoring.js';

describe('stars', () => {
	const table: [number, number, boolean, number][] = [
		// wrong answers, hints, solution shown → stars
		[0, 0, false, 3],
		[2, 0, false, 3],
		[3, 0, false, 2],
		[0, 1, false, 2],
		[0, 2, false, 1],
		[0, 3, false, 1],
		[5, 2, false, 1],
		[0, 0, true, 0],
	];
	for (const [wrongAnswers, hintsUsed, solutionShown, stars] of table) {
		it(`${wrongAnswers} wrong, ${hintsUsed} hints${solutionShown ? ', solution shown' : ''} → ${stars}`, () => {
			expect(starsFor({wrongAnswers, hintsUsed, solutionShown})).toBe(stars);
		});
	}

	it('gives 100 points a star', () => {
		expect([0, 1, 2, 3].map(pointsFor)).toEqual([0, 100, 200, 300]);
	});
});

describe('progress', () => {
	const play = (levelId: string, stars: number, solved = true, at = '2026-01-02T03:04:05.000Z') => ({
		levelId,
		stars,
		solved,
		attempts: 2,
		hints: 1,
		timeMs: 1000,
		finishedAt: new Date(at),
	});

	it('records a solved level with its times', () => {
		const p = recordPlay(emptyProgress, play('a', 2));
		expect(p.levels.a).toEqual({
			status: 'solved',
			stars: 2,
			points: 200,
			attempts: 2,
			hints: 1,
			timeMs: 1000,
			firstSolvedAt: '2026-01-02T03:04:05.000Z',
			lastSolvedAt: '2026-01-02T03:04:05.000Z',
		});
	});

	it('keeps the best stars and the first solve time, and adds up attempts and time', () => {
		let p = recordPlay(emptyProgress, play('a', 3, true, '2026-01-01T00:00:00.000Z'));
		p = recordPlay(p, play('a', 1, true, '2026-02-01T00:00:00.000Z'));
		expect(p.levels.a).toMatchObject({stars: 3, points: 300, attempts: 4, timeMs: 2000});
		expect(p.levels.a?.firstSolvedAt).toBe('2026-01-01T00:00:00.000Z');
		expect(p.levels.a?.lastSolvedAt).toBe('2026-02-01T00:00:00.000Z');
	});

	it('marks a level seen when the solution was shown, and never downgrades a solved one', () => {
		const seen = recordPlay(emptyProgress, play('a', 0, false));
		expect(seen.levels.a).toMatchObject({status: 'seen', stars: 0, firstSolvedAt: undefined});
		const solved = recordPlay(recordPlay(emptyProgress, play('a', 2)), play('a', 0, false));
		expect(solved.levels.a).toMatchObject({status: 'solved', stars: 2});
	});

	it('remembers that the solution was seen, across later plays and through the save file', () => {
		let p = recordPlay(emptyProgress, {...play('a', 0, false), solutionShown: true});
		p = recordPlay(p, play('a', capAfterSolution(3, p.levels.a?.solutionSeen === true)));
		expect(p.levels.a).toMatchObject({status: 'solved', stars: 1, solutionSeen: true});
		const parsed = parseSave(serializeProgress(p, '1.0.0', new Date(0)));
		expect(parsed.ok && parsed.progress.levels.a?.solutionSeen).toBe(true);
		const other = recordPlay(emptyProgress, play('a', 3));
		expect(mergeProgress(other, p).levels.a).toMatchObject({stars: 3, solutionSeen: true});
		expect(capAfterSolution(3, false)).toBe(3);
		expect(capAfterSolution(0, true)).toBe(0);
	});

	it('counts solved levels, points, and finds the first unsolved', () => {
		const p = recordPlay(recordPlay(emptyProgress, play('a', 3)), play('c', 0, false));
		expect(solvedCount(p, ['a', 'b', 'c'])).toBe(1);
		expect(totalPoints(p, ['a', 'b', 'c'])).toBe(300);
		expect(firstUnsolved(p, ['a', 'b', 'c'])).toBe('b');
		expect(firstUnsolved(p, ['a'])).toBeUndefined();
	});
});
