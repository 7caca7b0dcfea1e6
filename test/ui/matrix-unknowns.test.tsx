// A matrix still to find is drawn as ? in columns of one width: the width of a
// ? never tells how long its number is (a lone 0 among −1.59s), and the drawing
// keeps its layout as the cells fill in.
import {describe, expect, it} from 'vitest';
import {keys, startGame} from '../support/game.js';

/** The drawing's row that holds a block titled `title`: the line after the titles' line. */
function blockRow(frame: string, title: string): string {
	const lines = frame.split('\n');
	for (const [at, line] of lines.entries()) {
		const column = line.indexOf(title);
		const row = lines[at + 1] ?? '';
		if (column !== -1 && row[column] === '│') return row.slice(column, row.indexOf('│', column + 1) + 1);
	}
	return '';
}

describe('a matrix still to find', () => {
	it('draws every ? of a block at one width, however long each number is', async () => {
		// ∂L/∂P = −Y/P = [0, −1.59, 0]: its ? must not show which entries are a lone 0.
		const {frame, type, press} = await startGame({startLevel: 'softmax-jacobian'});
		expect(blockRow(frame(), '∂L/∂P')).toBe('│     ?     ?     ? │');
		await type('0');
		await press(keys.right);
		await type('-1.59');
		await press(keys.right);
		await type('0');
		await press(keys.enter);
		expect(blockRow(frame(), '∂L/∂P')).toBe('│ 0 -1.59 0 │');
	});
});
