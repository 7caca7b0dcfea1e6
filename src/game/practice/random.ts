// A small seeded generator, so a practice level is a pure function of its
// seed: the same seed gives the same numbers on every machine and run.
import {itemAt} from '../../engine/checked.js';

/** A 32-bit hash of a text (FNV-1a), for turning names and seeds into generator states. */
export function hashText(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export type Random = {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** One of the items. */
	pick<T>(items: readonly T[]): T;
};

/** mulberry32: tiny, fast, and good enough for choosing exercise numbers. */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: items => itemAt(items, Math.floor(next() * items.length)),
	};
}
