import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {exportScores} from '../../src/cli/commands/export.js';
import {recordPracticeLevel} from '../../src/game/practice/history.js';
import {emptyProgress, type Progress} from '../../src/game/progress.js';
import {loadLevelPack} from '../../src/levels/loader.js';

const levels = loadLevelPack('levels').levels;
const at = new Date('2026-03-02T09:00:00.000Z');
let practice = emptyProgress.practice;
practice = recordPracticeLevel(practice, {
	concept: 'many-paths',
	answers: [['right'], ['onePath', 'right'], ['right']],
	hints: 0,
	solutionShown: false,
	finishedAt: at,
});
practice = recordPracticeLevel(practice, {
	concept: 'chain-rule',
	answers: [['right'], ['right']],
	hints: 0,
	solutionShown: false,
	finishedAt: at,
});
// Two chains, the links right and a product wrong each time: overall accuracy hides the products.
for (const lateBy of [1, 2])
	practice = recordPracticeLevel(practice, {
		concept: 'chain-rule',
		answers: [['right'], ['right'], ['right'], ['lastLinkOnly', 'right']],
		roles: ['local', 'local', 'local', 'product'],
		hints: 0,
		solutionShown: false,
		finishedAt: new Date(at.getTime() + lateBy * 60_000),
	});
const progress: Progress = {...emptyProgress, practice};
const base = {levels, progress, out: undefined, force: false, appVersion: '0.1.0', now: at};

describe('export of the practice record', () => {
	it('JSON: one row per practised concept, in teaching order, with accuracy, mistakes by kind and the next review', () => {
		const doc = JSON.parse(exportScores({...base, lang: 'en', format: 'json'}).stdout);
		expect(doc.schemaVersion).toBe(3);
		expect(doc.concepts).toEqual([
			{
				concept: 'chain-rule',
				name: 'chain rule',
				levels: 3,
				attempts: 12,
				right: 10,
				firstTimeAccuracy: 0.8,
				firstTimeByField: {local: 1, product: 0},
				mistakes: {lastLinkOnly: 2},
				nextDue: '2026-03-02T09:12:00.000Z',
				lastPracticedAt: '2026-03-02T09:02:00.000Z',
			},
			{
				concept: 'many-paths',
				name: 'many paths',
				levels: 1,
				attempts: 4,
				right: 3,
				firstTimeAccuracy: 0.667,
				firstTimeByField: {},
				mistakes: {onePath: 1},
				nextDue: '2026-03-02T09:10:00.000Z',
				lastPracticedAt: '2026-03-02T09:00:00.000Z',
			},
		]);
		// The level rows are unchanged by practice.
		expect(doc.levels).toHaveLength(levels.length);
	});

	it('CSV with --concepts: the same rows with the player and pack first, names and mistakes in Korean under --lang ko', () => {
		const named = {...base, progress: {...progress, playerName: '김민지'}, pack: 'kim-minji'};
		const text = exportScores({...named, lang: 'ko', format: 'csv', concepts: true}).stdout;
		expect(text.split('\r\n')[0]).toBe(
			'player,pack,concept,name,levels,attempts,right,firstTimeAccuracy,firstTimeByField,mistakes,nextDue,lastPracticedAt',
		);
		const records = parse(text, {columns: true}) as Record<string, string>[];
		expect(records).toEqual([
			expect.objectContaining({
				player: '김민지',
				pack: 'kim-minji',
				concept: 'chain-rule',
				name: '연쇄법칙',
				attempts: '12',
				firstTimeAccuracy: '0.8',
				firstTimeByField: 'local 1; product 0',
				mistakes: '마지막 국소 기울기만 2',
			}),
			expect.objectContaining({
				concept: 'many-paths',
				name: '여러 경로',
				attempts: '4',
				firstTimeAccuracy: '0.667',
				mistakes: '여러 경로 중 하나만 1',
				nextDue: '2026-03-02T09:10:00.000Z',
			}),
		]);
	});

	it('without practice the concept table is only its header, and JSON has an empty list', () => {
		const csv = exportScores({...base, progress: emptyProgress, lang: 'en', format: 'csv', concepts: true}).stdout;
		expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1);
		const doc = JSON.parse(exportScores({...base, progress: emptyProgress, lang: 'en', format: 'json'}).stdout);
		expect(doc.concepts).toEqual([]);
	});
});
