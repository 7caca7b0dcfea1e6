import {render as inkRender} from 'ink-testing-library';
import {act} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {createGameStore} from '../../src/game/store.js';
import type {Language} from '../../src/levels/language.js';
import {ReaderApp} from '../../src/ui/reader/ReaderApp.js';
import {keys, shippedLevels} from '../support/game.js';
import {levelNumber, progressSolving} from '../support/levels.js';

let unmount: (() => Promise<void>) | undefined;
afterEach(async () => {
	await unmount?.();
	unmount = undefined;
});

const chapters = [...new Set(shippedLevels.map(level => level.chapter.id))];

/** The screen-reader game with every chapter solved, so any level opens from the menu by its number. */
async function startReader(lang: Language) {
	const store = createGameStore({
		lang,
		levels: shippedLevels,
		progress: progressSolving(chapters),
		now: () => 1_000_000,
	});
	let view: ReturnType<typeof inkRender> | undefined;
	await act(async () => {
		view = inkRender(<ReaderApp store={store} />);
	});
	const app = view as ReturnType<typeof inkRender>;
	unmount = async () => act(async () => app.unmount());
	return {
		transcript: () => app.lastFrame() ?? '',
		press: async (...inputs: string[]) => {
			for (const input of inputs) {
				await act(async () => {
					app.stdin.write(input);
				});
			}
		},
	};
}

/**
 * Signs a speech synthesiser skips or names by their Unicode names: the partial
 * sign, raised and lowered letters, arrows written as maths, sums, box drawing.
 */
const unsaid = /[∂ᵀᵖʰˣⁱⁿᵏᶜᵃᵇᶻʷʸ⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ᵢⱼ₀-₉Σδ←÷⊙≤≥⇒↑↓\u2500-\u257F]/u;

describe('screen-reader mode says every level in words', () => {
	for (const lang of ['en', 'ko'] as const)
		it(`reads each level's title, intro, graph, a wrong answer and two hints with no maths sign left as a symbol (${lang})`, async () => {
			for (const [index, level] of shippedLevels.entries()) {
				const {transcript, press} = await startReader(lang);
				// Open it from the menu by its number, answer 1 and 0, take two hints, read where the walk is.
				await press(...String(index + 1), keys.enter, '1', keys.enter, keys.tab, '0', keys.enter);
				await press('h', 'y', 'h', 'y', 'w');
				const leftOver = transcript()
					.split('\n')
					.filter(line => unsaid.test(line));
				expect(leftOver, `level ${index + 1} (${level.id})`).toEqual([]);
				await unmount?.();
				unmount = undefined;
			}
		}, 120_000);

	it('says a title written in maths in words on the menu (en, ko)', async () => {
		const n = levelNumber('network-output-weight');
		for (const lang of ['en', 'ko'] as const) {
			const {transcript, press} = await startReader(lang);
			await press(...String(n));
			expect(transcript()).toContain(
				lang === 'en'
					? `Level ${n} of ${shippedLevels.length}: The green path: the gradient of E1 with respect to w21.`
					: `레벨 ${n}/${shippedLevels.length}: 초록색 경로: w21에 대한 E1의 기울기.`,
			);
			await unmount?.();
			unmount = undefined;
		}
	});

	it("reads the note's network's fourteen inputs as one sentence, then its steps one per line", async () => {
		const {transcript, press} = await startReader('en');
		await press(...String(levelNumber('network-output-weight')), keys.enter);
		const lines = transcript().replaceAll('\n', ' ');
		expect(lines).toContain('14 inputs: x1 is 0.05, x2 is 0.1, w11 is 0.15,');
		expect(lines).not.toContain('is an input');
		// The title counts the lines that follow: one for the inputs and one per step.
		const steps = shippedLevels.find(l => l.id === 'network-output-weight')?.graph?.nodes.filter(n => n.op !== 'input');
		expect(lines).toContain(`The graph, in ${(steps?.length ?? 0) + 1} lines, in the order it is computed:`);
	});

	it('keeps one line per input for a small circuit', async () => {
		const {transcript, press} = await startReader('en');
		await press(...String(levelNumber('add-pass-through')), keys.enter);
		expect(transcript()).toContain('x is an input: minus 2.');
		expect(transcript()).toContain('The graph, in 5 lines, in the order it is computed:');
	});
});
