// What a matrix level's screen shows: a matrix still to find is drawn as ? in
// columns of one width (the width of a ? never tells how long its number is, a
// lone 0 among −1.59s), and a level that takes a step gives its η above the
// fields, where a short terminal still shows it.
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

describe('a matrix level that takes a step', () => {
	for (const [lang, given] of [
		['en', 'Given: η = 0.5'],
		['ko', '주어진 값: η = 0.5'],
	] as const)
		it(`gives η above the fields at 80×24, where the introduction is cut (${lang})`, async () => {
			const {frame} = await startGame({lang, startLevel: 'softmax-descent-step', columns: 80, rows: 24});
			const lines = frame().split('\n');
			const at = lines.findIndex(line => line.trim() === given);
			expect(at).toBeGreaterThan(0);
			expect(lines[at + 1]).toMatch(/^ ▸ ∂L\/∂W +=/);
		});
});
