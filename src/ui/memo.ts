/**
 * A pure function of a string, remembered for the last few thousand strings
 * it was asked about (then it starts afresh). Screens that redraw many times a
 * second measure and wrap the same texts each time; this answers them without
 * measuring again.
 */
export function memoized<T>(compute: (key: string) => T, size = 2048): (key: string) => T {
	let known = new Map<string, {readonly value: T}>();
	return key => {
		const hit = known.get(key);
		if (hit !== undefined) return hit.value;
		if (known.size >= size) known = new Map();
		const value = compute(key);
		known.set(key, {value});
		return value;
	};
}
