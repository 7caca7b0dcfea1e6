import {createContext, useContext} from 'react';
import {useStore} from 'zustand';
import type {GameState, GameStore} from '../game/store.js';

export const GameContext = createContext<GameStore | undefined>(undefined);

/** Reads one slice of the game state; the component re-renders only when that slice changes. */
export function useGame<T>(selector: (state: GameState) => T): T {
	const store = useContext(GameContext);
	if (store === undefined) throw new Error('useGame needs a <GameContext.Provider>');
	return useStore(store, selector);
}

export function useGameStore(): GameStore {
	const store = useContext(GameContext);
	if (store === undefined) throw new Error('useGameStore needs a <GameContext.Provider>');
	return store;
}
