/**
 * Runs `load` with the global `fetch` hidden, then puts it back. Ink's layout
 * engine (yoga-layout) reads its WebAssembly from a data: URL: with `fetch`
 * defined it goes through Node's fetch, which first loads undici (tens of
 * milliseconds before the first frame); without it, it decodes the same bytes
 * itself. Nothing in the game fetches anything.
 */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (descriptor?.configurable !== true) return load();
	Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
