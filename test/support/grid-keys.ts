// Typing a grid the way a learner does: each row's cells with → between them,
// ↓ then ← back to the row's first cell, and Enter at the end. A space would
// be a shape's separator, so arrows move between cells instead.
import {dispatchKey} from '../../src/game/keys.js';
import type {GameStore} from '../../src/game/store.js';

/** Types each row of the focused grid, cell by cell, then Enter. */
export function fillGrid(store: GameStore, rows: readonly (readonly string[])[]): void {
	rows.forEach((row, i) => {
		row.forEach((cell, j) => {
			for (const ch of cell) dispatchKey(store, ch, {});
			if (j < row.length - 1) dispatchKey(store, '', {rightArrow: true});
		});
		if (i < rows.length - 1) {
			// Down first: the cells below are empty, so ← crosses each at once (in a typed cell it would move the caret).
			dispatchKey(store, '', {downArrow: true});
			for (let j = 1; j < row.length; j++) dispatchKey(store, '', {leftArrow: true});
		}
	});
	dispatchKey(store, '', {return: true});
}
