/**
 * A part of the game loaded with import() the first time it is needed, so the
 * first frame doesn't wait for it. `now` gives it once it is loaded, without
 * waiting; `load` starts loading it (once) and resolves to it.
 */
export type LazyModule<T> = {
	readonly now: () => T | undefined;
	readonly load: () => Promise<T>;
};

export function lazyModule<T>(importIt: () => Promise<T>): LazyModule<T> {
	let loaded: T | undefined;
	let loading: Promise<T> | undefined;
	return {
		now: () => loaded,
		load: () => {
			loading ??= importIt().then(module => {
				loaded = module;
				return module;
			});
			return loading;
		},
	};
}
