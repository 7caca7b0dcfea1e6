import {afterEach, describe, expect, it} from 'vitest';
import {functionNames} from '../../src/levels/formula.js';
import {keys, renderGame, shippedLevels} from '../ui/render.js';

// A Korean screen may show Latin letters only as maths and names: variables of
// a level's formula, functions, key names, the note's Error1/Error2 and the
// names of models and people. Any other run of three or more letters is an
// English word left on a Korean screen.
const keyNames = ['Enter', 'Esc', 'Tab', 'Shift', 'Backspace', 'Ctrl', 'PgUp', 'PgDn'];
const names = ['backprop', 'quest', 'Matt', 'Mazur', 'Error', 'MLP', 'ReLU', 'XOR', 'JSON', 'CSV', 'NaN'];
const formulaNames = shippedLevels.flatMap(level => {
	const spec = level.spec as {formula?: string; inputs?: Record<string, number>};
	return [...(spec.formula ?? '').matchAll(/[A-Za-z_]\w*/g)].map(m => m[0]).concat(Object.keys(spec.inputs ?? {}));
});
const allowed = new Set([...keyNames, ...names, ...functionNames, ...formulaNames].map(w => w.toLowerCase()));

/** English words on a screen: runs of 3+ Latin letters that are not allowed names, with a little context. */
function englishWords(frame: string): string[] {
	return (
		[...frame.matchAll(/(?<![-\w])[A-Za-z][A-Za-z_]*[A-Za-z]/g)]
			// x and o alone are the points of a decision map.
			.filter(m => m[0].length >= 3 && !/^[xo]+$/.test(m[0]))
			.filter(m => !m[0].split('_').every(part => allowed.has(part.toLowerCase())))
			.map(
				m => `${m[0]} in "${frame.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).replace(/\n/g, '⏎')}"`,
			)
	);
}

let unmount: (() => Promise<void>) | undefined;
afterEach(async () => {
	await unmount?.();
	unmount = undefined;
});

async function start(options: Parameters<typeof renderGame>[0]) {
	const game = await renderGame({lang: 'ko', ...options});
	unmount = game.unmount;
	return game;
}

describe('Korean screens show no English words', () => {
	it('the check catches an English word and lets maths, keys and names through', () => {
		expect(englishWords('✗ 아쉽네요. (h: hint)')).toHaveLength(1);
		expect(englishWords('Enter 확인 · Tab 다음 칸 · ∂E/∂w11 = sigmoid(h1) · Mazur의 값 · Error1')).toEqual([]);
	});

	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		it(`menu, help and too-small screen at ${columns}×${rows}`, async () => {
			const {frame, press} = await start({columns, rows});
			const seen = [frame()];
			await press('?');
			seen.push(frame());
			await press('?', ...Array.from({length: 40}, () => keys.down));
			seen.push(frame());
			expect(seen.flatMap(englishWords)).toEqual([]);
		});

		// Every level at 80×24; on a wide terminal the first of each chapter.
		const levels =
			columns === 80
				? shippedLevels
				: shippedLevels.filter((l, i) => shippedLevels[i - 1]?.chapter.number !== l.chapter.number);
		for (const level of levels) {
			it(`${level.id} at ${columns}×${rows}: intro, help, hints, feedback, solution and result, or the lab running`, async () => {
				const {frame, press, type} = await start({columns, rows, startLevel: level.id});
				const seen = [frame()];
				const lab = level.fields.length === 0;
				await press('i');
				seen.push(frame());
				await press(keys.escape, '?');
				seen.push(frame());
				await press(keys.escape);
				if (lab) {
					await press('s', 'h', 'l');
					seen.push(frame());
					await press(...Array.from({length: 16}, () => '+'), 's', 's', 's');
					seen.push(frame());
				} else {
					await press('h', 'h', 'h', 'h');
					seen.push(frame());
					await type('12345');
					await press(keys.enter);
					seen.push(frame());
					await press('ㅁ');
					seen.push(frame());
					await press('g');
					seen.push(frame());
					await press('y');
					seen.push(frame());
					await press(keys.enter);
					seen.push(frame());
				}
				expect(seen.flatMap(englishWords)).toEqual([]);
			});
		}
	}
});
