import {useStdin} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import type {KeyPress} from '../game/keys.js';

/** The Delete key's sequence (`ESC [ 3 ~`, with modifiers `ESC [ 3 ; 5 ~`); Backspace is a single byte. */
const isDeleteSequence = (raw: string) => raw.startsWith('\u001B[3') && /^\[3(;\d+)?~$/.test(raw.slice(1));

/**
 * Ink 6 reports Backspace and the Delete key alike, as `delete`. This hook reads
 * each raw input just before Ink's useInput does (call it before useInput: effects
 * run in order, so its listener comes first) and returns a function that marks a
 * press as the Delete key when its raw input was that key's sequence.
 */
export function useForwardDelete(): (key: KeyPress) => KeyPress {
	const {internal_eventEmitter: emitter} = useStdin();
	const last = useRef<string | undefined>(undefined);
	useEffect(() => {
		const remember = (data: string) => {
			last.current = data;
		};
		emitter.on('input', remember);
		return () => {
			emitter.removeListener('input', remember);
		};
	}, [emitter]);
	return useCallback((key: KeyPress) => {
		const raw = last.current;
		last.current = undefined;
		return key.delete === true && raw !== undefined && isDeleteSequence(raw) ? {...key, forwardDelete: true} : key;
	}, []);
}
