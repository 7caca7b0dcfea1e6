import {useEffect} from 'react';
import {useGame, useGameStore} from './game-context.js';

/** Frame interval while a lab trains: 25 frames a second, slower for one weight so each step can be seen. */
export const labFrameMs = 40;
export const descentFrameMs = 150;

/** The one timer that drives a running lab; it stops whenever the lab is not running. */
export function useLabClock(): void {
	const store = useGameStore();
	const running = useGame(s => s.lab?.status === 'running');
	const isDescent = useGame(s => s.labSession?.descent !== undefined);
	useEffect(() => {
		if (!running) return;
		const timer = setInterval(() => store.getState().labTick(), isDescent ? descentFrameMs : labFrameMs);
		return () => clearInterval(timer);
	}, [running, isDescent, store]);
}
