import {describe, expect, it} from 'vitest';
import {keys, type StartOptions, startGame} from '../support/game.js';
import {koreanLevels as shippedLevels} from '../support/levels.js';
import {englishWords} from './korean-text.js';

/** The game in Korean. */
const start = (options: StartOptions) => startGame({lang: 'ko', levels: shippedLevels, ...options});

describe('Korean screens show no English words', () => {
	it('the check catches an English word and lets maths, keys and names through', () => {
		expect(englishWords('✗ 아쉽네요. (h: hint)')).toHaveLength(1);
		expect(englishWords('Enter 확인 · Tab 다음 칸 · ∂E/∂w11 = sigmoid(h1) · Mazur의 값')).toEqual([]);
		expect(englishWords('노트의 ∂Error1/∂W21')).toHaveLength(1);
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
					await press('h', 'y', 'h', 'y', 'h', 'y', 'h', 'y');
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

describe('the explanation overlay', () => {
	it('says 해설 once, in its title, above the worked solution and the point of the level', async () => {
		const {frame, press} = await start({startLevel: 'mul-swap'});
		await press('g', 'y', 'i');
		const text = frame();
		expect(text.match(/해설/g)).toHaveLength(1);
		expect(text).toContain('해설: 입력을 맞바꾸기');
		expect(text).toMatch(/풀이:\n ∂z\/∂x = y = −2\n ∂z\/∂y = x = 3\n 핵심: ∂z\/∂x = y = −2/);
	});
});
