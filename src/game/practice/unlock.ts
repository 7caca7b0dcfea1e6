import type {Level} from '../../levels/loader.js';
import type {Progress} from '../progress.js';
import {type Concept, conceptChapters, concepts} from './concepts.js';

/** Concepts whose teaching chapter is in the pack and has every level solved. */
export function unlockedConcepts(levels: readonly Level[], progress: Progress): Concept[] {
	return concepts.filter(concept => {
		const chapter = levels.filter(l => l.chapter.id === conceptChapters[concept]);
		return chapter.length > 0 && chapter.every(l => progress.levels[l.id]?.status === 'solved');
	});
}
