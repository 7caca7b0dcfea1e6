import {useEffect} from 'react';
import {useGame, useGameStore} from './game-context.js';

/**
 * Runs the fastest-η sweep a slice per turn of the event loop while one is
 * under way, so keys and frames are answered between slices.
 */
export function useFastestSweep(): void {
	const store = useGameStore();
	const sweeping = useGame(s => s.labSweep !== undefined);
	useEffect(() => {
		if (!sweeping) return;
		let next: NodeJS.Immediate | undefined;
		const slice = () => {
			store.getState().labSweepTick();
			next = store.getState().labSweep === undefined ? undefined : setImmediate(slice);
		};
		next = setImmediate(slice);
		return () => {
			if (next !== undefined) clearImmediate(next);
		};
	}, [sweeping, store]);
}
