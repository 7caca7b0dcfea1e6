// A generated pack played as homework keeps the same record per concept as
// practice does, so the teacher's class report sees who struggles with what.

import type {Level} from '../../levels/loader.js';
import {type Concept, isConcept} from './concepts.js';
import {levelFingerprint} from './fingerprint.js';
import {type AnswerKind, type PracticeHistory, recordPracticeLevel} from './history.js';

/** The concept a generated pack's level drills (its chapter is `practice-<concept>`), if any. */
export function packConcept(level: Level): Concept | undefined {
	const name = level.chapter.id.replace(/^practice-/, '');
	return name !== level.chapter.id && isConcept(name) ? name : undefined;
}

/** Folds a finished level of a generated pack into the history; other levels leave it as it is. */
export function recordPackLevel(
	history: PracticeHistory,
	level: Level,
	answers: readonly (readonly AnswerKind[])[],
	hints: number,
	solutionShown: boolean,
	finishedAt: Date,
): PracticeHistory {
	const concept = packConcept(level);
	if (concept === undefined) return history;
	return recordPracticeLevel(history, {
		concept,
		answers,
		roles: level.fields.map(f => f.role),
		hints,
		solutionShown,
		finishedAt,
		fingerprint: levelFingerprint(level.spec),
	});
}
