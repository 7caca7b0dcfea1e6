import {createContext, useContext} from 'react';

/**
 * Told the name of a part of a screen each time that part renders. The game
 * leaves it empty; a test fills it to check that a part which did not change
 * was not drawn again (a running lab redraws only what moves).
 */
export const RenderCount = createContext<((part: string) => void) | undefined>(undefined);

/** Reports one render of `part` to the RenderCount above it, if there is one. */
export function useRenderCount(part: string): void {
	useContext(RenderCount)?.(part);
}
