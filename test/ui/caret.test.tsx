// The caret on screen: the focused answer box shows a bar where typing goes,
// drawn as a character so it shows without colour; a grid marks its focused
// cell and that cell's row. Keys go through Ink, as a terminal sends them.
import {describe, expect, it} from 'vitest';
import {keys, startGame} from '../support/game.js';

/** The screen's lines that hold answer boxes. */
const boxLines = (frame: string) => frame.split('\n').filter(line => /^ [▸ ] .*\[.*\]/.test(line));

describe('a plain answer field', () => {
	it('draws the caret where typing goes, in English', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-swap'});
		expect(boxLines(frame())).toEqual([' ▸ ∂z/∂x = [▏             ]', '   ∂z/∂y = [              ]']);
		await type('-25');
		expect(boxLines(frame())).toEqual([' ▸ ∂z/∂x = [-25▏          ]', '   ∂z/∂y = [              ]']);
		await press(keys.left, keys.left);
		expect(boxLines(frame())).toEqual([' ▸ ∂z/∂x = [-▏25          ]', '   ∂z/∂y = [              ]']);
		await press(keys.home);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [▏-25          ]');
		await press(keys.end);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [-25▏          ]');
		await press(keys.ctrlA);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [▏-25          ]');
		await press(keys.ctrlE);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [-25▏          ]');
	});

	it('Backspace deletes before the caret and Delete after it, in Korean', async () => {
		const {frame, type, press} = await startGame({lang: 'ko', startLevel: 'mul-swap'});
		await type('1.25');
		await press(keys.left, keys.backspace);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [1.▏5          ]');
		await press(keys.home, keys.delete);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [▏.5           ]');
		await press(keys.end, keys.backspace);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [.▏            ]');
		expect(frame()).toContain('기울기를 구하세요:');
	});

	it('keeps the caret in view in an answer longer than its box', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-swap'});
		await type('0.741*0.186*0.593');
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = […*0.186*0.593▏]');
		await press(keys.home);
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [▏0.741*0.186*…]');
		await press(...Array<string>(6).fill(keys.right));
		expect(boxLines(frame())[0]).toBe(' ▸ ∂z/∂x = [0.741*▏0.186*…]');
	});

	it('shows no caret in a box without the focus, nor in a proved one', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-swap'});
		await type('-2');
		await press(keys.enter);
		expect(boxLines(frame())).toEqual(['   ∂z/∂x = [-2            ] ✓', ' ▸ ∂z/∂y = [▏             ]']);
	});
});

describe('a grid', () => {
	it('marks the focused cell with its caret and its row with ▸', async () => {
		const {frame, type, press} = await startGame({startLevel: 'matmul-backward'});
		await type('0.5');
		await press(keys.right, keys.down);
		await type('4');
		await press(keys.home);
		expect(boxLines(frame()).slice(0, 2)).toEqual([
			'   ∂L/∂X = [0.5      ]  [         ]  [         ]',
			' ▸         [         ]  [▏4       ]  [         ]',
		]);
		// Entered with text in it, a cell shows its text selected, with no caret: the next key replaces it.
		await press(keys.left, keys.up);
		expect(boxLines(frame()).slice(0, 2)).toEqual([
			' ▸ ∂L/∂X = [0.5      ]  [         ]  [         ]',
			'           [         ]  [4        ]  [         ]',
		]);
	});

	it('draws a shape’s boxes with the caret in the one Tab went to, in Korean', async () => {
		const {frame, press} = await startGame({lang: 'ko', startLevel: 'layer-shapes'});
		await press('2', keys.tab);
		expect(boxLines(frame())).toEqual([
			' ▸ Y     : [2   ]  × [▏   ]',
			'   ∂L/∂W : [    ]  × [    ]',
			'   ∂L/∂b : [    ]  × [    ]',
		]);
	});
});
