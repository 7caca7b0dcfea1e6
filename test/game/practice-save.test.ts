import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProgress, saveFileName, saveProgress} from '../../src/cli/storage.js';
import {frequentMistakes, recordPracticeLevel} from '../../src/game/practice/history.js';
import {emptyProgress, type Progress} from '../../src/game/progress.js';
import {parseSave, saveVersion, serializeProgress} from '../../src/game/save-file.js';

const now = new Date('2026-04-01T10:00:00.000Z');
const practised: Progress = {
	...emptyProgress,
	practice: recordPracticeLevel(emptyProgress.practice, {
		concept: 'many-paths',
		answers: [['right'], ['onePath', 'right']],
		roles: ['path', 'total'],
		hints: 0,
		solutionShown: false,
		finishedAt: now,
	}),
};

describe('practice in the save file', () => {
	it('round-trips the history and the schedule, as version 2', () => {
		const text = serializeProgress(practised, '0.1.0', now);
		expect(JSON.parse(text)).toMatchObject({
			version: 2,
			practice: {
				'many-paths': {
					answers: 3,
					mistakes: {onePath: 1},
					byRole: {path: {fields: 1, firstTimeRight: 1}, total: {fields: 1, firstTimeRight: 0}},
					// The last answers' first tries, for the overview's mastery.
					recentFirstTries: '10',
				},
			},
		});
		expect(saveVersion).toBe(2);
		const parsed = parseSave(text);
		expect(parsed).toMatchObject({ok: true, dropped: []});
		expect(parsed.ok && parsed.progress.practice).toEqual(practised.practice);
	});

	it('reads a version 1 save as it was, with no practice yet, and writes it back as version 2', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-practice-save-'));
		const level = {status: 'solved', stars: 3, points: 300, attempts: 1, hints: 0, timeMs: 5};
		writeFileSync(
			join(dir, saveFileName),
			JSON.stringify({version: 1, app: '0.1.0', savedAt: now.toISOString(), levels: {'add-local': level}}),
		);
		const loaded = loadProgress(dir, now);
		expect(loaded.warnings).toEqual([]);
		expect(loaded.progress.levels['add-local']?.stars).toBe(3);
		expect(loaded.progress.practice).toEqual({});
		expect(saveProgress(dir, {...loaded.progress, practice: practised.practice}, '0.1.0', now)).toBeUndefined();
		const written = JSON.parse(readFileSync(join(dir, saveFileName), 'utf8'));
		expect(written.version).toBe(2);
		expect(written.levels['add-local'].stars).toBe(3);
		expect(loadProgress(dir, now).progress.practice).toEqual(practised.practice);
	});

	it('loads a mistake kind this version does not diagnose, counted as other', () => {
		const file = JSON.parse(serializeProgress(practised, '0.1.0', now));
		file.practice['many-paths'].mistakes = {onePath: 2, swappedWeights: 3, other: 1, nearMiss: 1};
		const parsed = parseSave(JSON.stringify(file));
		expect(parsed).toMatchObject({ok: true, dropped: []});
		expect(parsed.ok && parsed.progress.practice['many-paths']?.mistakes).toEqual({onePath: 2, other: 4, nearMiss: 1});
		// The summary of frequent mistakes names only diagnoses, never the unknown kind.
		expect(parsed.ok && frequentMistakes(parsed.progress.practice)).toEqual(['onePath']);
	});

	it('drops a broken practice record with a line naming it and keeps the rest', () => {
		const file = JSON.parse(serializeProgress(practised, '0.1.0', now));
		file.practice['chain-rule'] = {...file.practice['many-paths'], right: -1};
		file.practice['a-concept-from-a-newer-game'] = {};
		const parsed = parseSave(JSON.stringify(file));
		expect(parsed.ok && Object.keys(parsed.progress.practice)).toEqual(['many-paths']);
		expect(parsed.ok && parsed.dropped).toEqual(['practice.chain-rule.right: must be at least 0']);
		file.practice['chain-rule'] = {...file.practice['many-paths'], recentFirstTries: '1'.repeat(21)};
		const tooLong = parseSave(JSON.stringify(file));
		expect(tooLong.ok && Object.keys(tooLong.progress.practice)).toEqual(['many-paths']);
	});

	it('merges with what another game saved in the meantime', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-practice-save-'));
		expect(saveProgress(dir, practised, '0.1.0', now)).toBeUndefined();
		const other: Progress = {
			...emptyProgress,
			practice: recordPracticeLevel(emptyProgress.practice, {
				concept: 'add-node',
				answers: [['right']],
				hints: 1,
				solutionShown: false,
				finishedAt: now,
			}),
		};
		expect(saveProgress(dir, other, '0.1.0', now)).toBeUndefined();
		expect(Object.keys(loadProgress(dir, now).progress.practice).sort()).toEqual(['add-node', 'many-paths']);
	});
});
