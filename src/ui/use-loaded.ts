import {useEffect, useState} from 'react';
import type {LazyModule} from '../game/lazy-module.js';

/**
 * The module once it is loaded; until then undefined, with loading started after
 * this render is drawn and the component drawn again when the module arrives.
 */
export function useLoaded<T>(lazy: LazyModule<T>): T | undefined {
	const [module, setModule] = useState(lazy.now);
	useEffect(() => {
		if (module !== undefined) return;
		let mounted = true;
		lazy.load().then(
			loaded => {
				if (mounted) setModule(() => loaded);
			},
			() => {
				// A chunk missing from the install: the screens that need it stay blank, and the menu still works.
			},
		);
		return () => {
			mounted = false;
		};
	}, [lazy, module]);
	return module ?? lazy.now();
}
