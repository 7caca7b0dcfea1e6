// Indexing with noUncheckedIndexedAccess gives `T | undefined`. Where a loop
// keeps its index in range by construction, these read the element as a `T`
// and throw if the index ever slips, instead of a cast that would let
// `undefined` through as NaN or worse.

/** list[i], for an index the caller keeps in range. */
export function itemAt<T>(list: ArrayLike<T>, i: number): T {
	const item = list[i];
	if (item === undefined) throw new RangeError(`index ${i} is outside a list of ${list.length}`);
	return item;
}

/**
 * itemAt for the engine's typed arrays. A helper of its own, so the element
 * read inside it only ever sees a Float64Array and the hot loops stay fast.
 */
export function valueAt(values: Float64Array, i: number): number {
	const x = values[i];
	if (x === undefined) throw new RangeError(`index ${i} is outside ${values.length} values`);
	return x;
}

/** values[i] += x, checked as valueAt. */
export function addAt(values: Float64Array, i: number, x: number): void {
	values[i] = valueAt(values, i) + x;
}

/** The value a map holds for a key the caller knows is there. */
export function entryOf<K, V>(map: ReadonlyMap<K, V>, key: K): V {
	const value = map.get(key);
	if (value === undefined) throw new RangeError(`no entry for ${String(key)}`);
	return value;
}
