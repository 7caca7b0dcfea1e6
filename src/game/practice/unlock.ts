import type {Level} from '../../levels/loader.js';
import type {Progress} from '../progress.js';
import {type Concept, conceptChapters, concepts} from './concepts.js';

/** Whether the pack teaches any practised concept at all (a teacher's own pack may not). */
export function offersPractice(levels: readonly Level[]): boolean {
	const chapters = new Set(levels.map(l => l.chapter.id));
	return concepts.some(concept => chapters.has(conceptChapters[concept]));
}

/** The first chapter, in play order, whose finishing unlocks practice: the one the menu points to. */
export function firstPracticeChapter(levels: readonly Level[]): Level['chapter'] | undefined {
	const teaching = new Set<string>(Object.values(conceptChapters));
	return levels.find(l => teaching.has(l.chapter.id))?.chapter;
}

/** Concepts whose teaching chapter is in the pack and has every level solved. */
export function unlockedConcepts(levels: readonly Level[], progress: Progress): Concept[] {
	return concepts.filter(concept => {
		const chapter = levels.filter(l => l.chapter.id === conceptChapters[concept]);
		return chapter.length > 0 && chapter.every(l => progress.levels[l.id]?.status === 'solved');
	});
}

/**
 * The concepts practice schedules: those unlocked by their chapter, and any
 * concept already practised (by name, before its chapter), which stays on
 * the schedule from then on.
 */
export function schedulableConcepts(levels: readonly Level[], progress: Progress): Concept[] {
	const unlocked = unlockedConcepts(levels, progress);
	return concepts.filter(c => unlocked.includes(c) || progress.practice[c] !== undefined);
}
