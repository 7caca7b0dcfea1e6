import type {Level} from '../../levels/loader.js';
import type {Progress} from '../progress.js';
import {type Concept, conceptChapters, concepts} from './concepts.js';

/** Whether the pack teaches any practised concept at all (a teacher's own pack may not). */
export function offersPractice(levels: readonly Level[]): boolean {
	const chapters = new Set(levels.map(l => l.chapter.id));
	return concepts.some(concept => chapters.has(conceptChapters[concept]));
}

/** Concepts whose teaching chapter is in the pack and has every level solved. */
export function unlockedConcepts(levels: readonly Level[], progress: Progress): Concept[] {
	return concepts.filter(concept => {
		const chapter = levels.filter(l => l.chapter.id === conceptChapters[concept]);
		return chapter.length > 0 && chapter.every(l => progress.levels[l.id]?.status === 'solved');
	});
}
