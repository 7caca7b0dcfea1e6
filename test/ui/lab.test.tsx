import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../src/ui/text-width.js';
import {keys, type StartOptions, startGame} from '../support/game.js';

/** A lab level opened directly. */
const lab = (levelId: string, options: StartOptions = {}) => startGame({startLevel: levelId, ...options});

describe('the lab', () => {
	it('s takes one step and the numbers update', async () => {
		const {frame, press} = await lab('descent-one-weight');
		expect(frame()).toContain('step 0 · loss 25 · η 0.05');
		expect(frame()).toContain('w = 8');
		await press('s');
		// The loss shown is E at the weight shown.
		expect(frame()).toContain('step 1 · loss 20.25 · η 0.05');
		expect(frame()).toContain('w = 7.5');
		expect(frame()).toContain('E(w) = 20.25');
		expect(frame()).toContain('slope > 0: the step moves w');
	});

	it('space starts and pauses the run', async () => {
		const {frame, press} = await lab('lab-xor');
		await press(' ');
		expect(frame()).toContain('▶ training…');
		await press(' ');
		expect(frame()).toContain('⏸ paused');
	});

	it('+ raised many times leads to a clear "diverged", r resets, and nothing shows NaN', async () => {
		const {frame, press} = await lab('descent-one-weight');
		await press(...Array.from({length: 12}, () => '+'));
		expect(frame()).toContain('η 1.5');
		await press('s', 's', 's', 's', 's');
		expect(frame()).toContain('✗ Diverged: the loss grew past ten times its start (η = 1.5).');
		expect(frame()).not.toMatch(/NaN|Infinity/);
		await press('r');
		expect(frame()).toContain('step 0 · loss 25 · η 1.5');
		// Back down the dial: 1.01, 1, 0.9, 0.7, 0.5, 0.3, 0.2, 0.15, 0.1, 0.07 and the start again.
		await press(...Array.from({length: 11}, () => '-'));
		expect(frame()).toContain('η 0.05');
	});

	it('a lab’s hints are free, as its hint line and help say', async () => {
		const {frame, press, store} = await lab('descent-one-weight');
		await press('h', 'h', ...Array.from({length: 6}, () => '+'), 's');
		expect(frame()).toContain('✓ Goal reached at step 1: ★★★');
		expect(store.getState().lastOutcome?.stars).toBe(3);
		await press('?');
		expect(frame()).toContain('Lab scoring: reach the goal within half the step budget for 3★');
		expect(frame()).toContain('Hints are free here.');
		expect(frame()).not.toContain('log-scale loss axis');
	});

	it('says 발산 in Korean', async () => {
		const {frame, press} = await lab('descent-one-weight', {lang: 'ko'});
		await press(...Array.from({length: 12}, () => '+'), 's', 's', 's', 's');
		expect(frame()).toContain('✗ 발산했습니다');
	});

	it('l toggles the log axis', async () => {
		const {frame, press} = await lab('lab-xor');
		await press('s', 's', 'l');
		expect(frame()).toContain('log axis');
	});

	it('shows the weights and gradients of the 2-2-2 network', async () => {
		const {frame, press} = await lab('lab-notes-network');
		expect(frame()).toContain('parameter value     gradient');
		// Before any step: the notes' worked example, ∂E/∂w21 ≈ 0.082167 and ∂E/∂w11 ≈ 0.000438568.
		expect(frame()).toMatch(/w21\s+0\.4\s+0\.08217/);
		expect(frame()).toMatch(/w11\s+0\.15\s+0\.0004386/);
		await press('s');
		// One step of η = 0.5 later: w21 − 0.5 · 0.08217 = 0.3589, and the slope there.
		expect(frame()).toMatch(/w21\s+0\.3589\s+0\.08\d+/);
		expect(frame()).toContain('step 1 ·');
		// Gradients shrink as it trains (200 steps): a tiny one reads as maths (8.4×10⁻⁵), never as code's 4.1e-5.
		await press(...Array.from({length: 200}, () => 's'));
		expect(frame()).toMatch(/\d×10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
		expect(frame()).not.toMatch(/\de[-+]?\d/);
	});

	it('draws the decision map for the moons', async () => {
		const {frame} = await lab('lab-moons');
		expect(frame()).toContain('░ says +1 · x is +1 · o is −1');
		expect(frame()).toMatch(/[xo]/);
		// Before any step the curve already has its starting point.
		expect(frame()).toContain('step 0 · loss 1.658');
		expect(frame()).toMatch(/1\.66 ┤●/);
	});

	it('cuts a long intro to two lines that point to the i key', async () => {
		const {frame} = await lab('lab-moons');
		const lines = frame().split('\n');
		const pointer = lines.findIndex(line => line.trimEnd().endsWith('…(i)'));
		expect(pointer).toBe(3);
		expect(lines[pointer]?.length).toBeLessThanOrEqual(80);
	});

	it('with reduced motion, space takes ten steps instead of animating', async () => {
		const {frame, press} = await lab('descent-one-weight', {reducedMotion: true});
		await press(' ');
		expect(frame()).toContain('step 10 ·');
		expect(frame()).not.toContain('▶ training…');
	});

	it('reaching the goal earns stars and Enter shows the result', async () => {
		const {frame, press, store} = await lab('descent-one-weight');
		await press('+', '+', '+', '+');
		for (let i = 0; i < 8; i++) await press('s');
		expect(frame()).toMatch(/✓ Goal reached at step \d+: ★★★/);
		await press(keys.enter);
		expect(frame()).toContain('Level complete: Roll down the curve');
		expect(store.getState().progress.levels['descent-one-weight']?.stars).toBe(3);
	});
});

/** Presses + or − until the lab's η is `eta` (it must be on the lab's dial). */
async function dialTo(game: Awaited<ReturnType<typeof startGame>>, eta: number) {
	const lab = game.store.getState().lab;
	const grid: readonly number[] = lab?.grid ?? [];
	const learningRate = lab?.learningRate ?? 0;
	const presses = grid.indexOf(eta) - grid.indexOf(learningRate);
	await game.press(...Array.from({length: Math.abs(presses)}, () => (presses > 0 ? '+' : '-')));
}

describe('each lab’s lesson on screen', () => {
	it('one weight: the (1 − 2η) factor beside the curve, and η = 1 says it oscillates', async () => {
		const game = await lab('descent-one-weight');
		expect(game.frame()).toContain('each step × (1 − 2η) = 0.9');
		await game.press('s');
		// 8 − 3 = 5, times 0.9.
		expect(game.frame()).toContain('offset from the minimum 5 → 4.5');
		// A new η: the factor is the new η's, and the last step's line names the η it used.
		await game.press('+', '+');
		expect(game.frame()).toContain('each step × (1 − 2η) = 0.8');
		expect(game.frame()).not.toContain('offset from the minimum 5 → 4.5');
		expect(game.frame()).toMatch(/last step \(at η = 0\.05\): offset\s*\n[^\n]*5 → 4\.5/);
		await game.press('s');
		// The step is one formula: it moves to the next row whole rather than break after →.
		expect(game.frame()).toMatch(/offset from the minimum\s*\n[^\n]*4\.5 → 3\.6/);
		expect(game.frame()).not.toContain('last step');
		await game.press('r');
		await dialTo(game, 1);
		expect(game.frame()).toContain('each step × (1 − 2η) = -1');
		await game.press(...Array.from({length: 8}, () => 's'));
		expect(game.frame()).toContain('↔ Oscillating: every step jumps across the minimum');
		// w bounces between 8 and −2: after 8 steps it is back at 8.
		expect(game.frame()).toContain('w = 8');
	});

	it('one weight: 1.01 diverges as the bounces grow', async () => {
		const game = await lab('descent-one-weight');
		await dialTo(game, 1.01);
		await game.press(...Array.from({length: 8}, () => 's'));
		expect(game.frame()).toContain('✗ Diverged: every step jumps across the minimum');
	});

	it('one weight: l is not offered, and does nothing, where the chart is E(w)', async () => {
		const game = await lab('descent-one-weight');
		expect(game.frame()).not.toContain('l log axis');
		const before = game.frame();
		await game.press('l');
		expect(game.frame()).toBe(before);
	});

	it('the notes’ network: too large an η stalls with a message', async () => {
		const game = await lab('lab-notes-network');
		await dialTo(game, 200);
		await game.press(...Array.from({length: 30}, () => 's'));
		expect(game.frame()).toContain('⏸ Stalled at loss 0.490: under 0.5 % progress in 30 steps (η = 200).');
		expect(game.frame()).toContain('Try another η and r, or space to train on.');
	});

	it('XOR: a live table of the four inputs with output and target', async () => {
		const game = await lab('lab-xor');
		expect(game.frame()).toMatch(/x1 x2\s+output\s+target/);
		expect(game.frame()).toMatch(/0 {2}0\s+0\.500\s+0 ✗/);
		expect(game.frame()).toMatch(/1 {2}0\s+0\.509\s+1 ✓/);
		const before = game.frame();
		await game.press('s');
		expect(game.frame()).not.toBe(before);
		expect(game.frame()).toContain('2 of 4 on the right side of 0.5');
	});

	it('the notes’ network at its default η: past the budget the line says it is still improving', async () => {
		const game = await lab('lab-notes-network');
		await game.press(...Array.from({length: 151}, () => 's'));
		expect(game.frame()).toContain('Past the 150-step budget and still improving: the goal now earns 1 star.');
	});

	it('after diverging, r leads the footer', async () => {
		const game = await lab('lab-moons');
		await dialTo(game, 5);
		await game.press('s', 's', 's');
		expect(game.frame()).toContain('✗ Diverged');
		expect(game.frame().split('\n').at(-1)).toMatch(/^\s*r reset · \+ − η/);
	});

	it('moons: the accuracy beside the decision map', async () => {
		const game = await lab('lab-moons');
		expect(game.frame()).toMatch(/accuracy \d+ % \(\d+\/100\)/);
	});

	it('after the goal the explanation shows, and the result says the step, the η and the fastest run', async () => {
		const game = await lab('descent-one-weight');
		await dialTo(game, 0.5);
		await game.press('s');
		expect(game.frame()).toContain('Why: The distance to the minimum');
		await game.press('r');
		await dialTo(game, 0.9);
		await game.press(...Array.from({length: 18}, () => 's'));
		expect(game.frame()).toContain('✓ Goal reached at step 18');
		await game.press(keys.enter);
		expect(game.frame()).toContain('Goal reached at step 18 with η = 0.9.');
		expect(game.frame()).toContain('Fastest run this visit: 1 step at η = 0.5.');
	});
});

describe('the lab fits', () => {
	const labIds = ['descent-one-weight', 'lab-notes-network', 'lab-xor', 'lab-moons'];
	const widthOf = (line: string) => displayWidth(line);

	it.each(labIds.flatMap(id => [[id, 'en'] as const, [id, 'ko'] as const]))(
		'%s in %s: every line fits 80 columns, running, stalled or diverged, and the footer keeps h, Esc and ?',
		async (id, lang) => {
			const game = await lab(id, {lang});
			for (const keys of [['s', 'l'], ['h', 'h'], Array.from({length: 40}, () => '+').concat(['s', 's', 's'])]) {
				await game.press(...keys);
				for (const line of game.frame().split('\n')) expect(widthOf(line)).toBeLessThanOrEqual(80);
				// The footer takes two lines where one is too narrow for every key.
				const footer = game.frame().split('\n').slice(-2).join(' ');
				expect(footer).toContain(lang === 'en' ? '? help' : '? 도움말');
				expect(footer).toContain(lang === 'en' ? 'Esc menu' : 'Esc 메뉴');
			}
		},
	);

	it.each(labIds.flatMap(id => [[id, 'en'] as const, [id, 'ko'] as const]))(
		'%s in %s at 80 columns names every key a running lab takes, on two lines if one is too narrow',
		async (id, lang) => {
			const game = await lab(id, {lang});
			const footer = game.frame().split('\n').slice(-2).join(' ');
			const keys =
				lang === 'en'
					? ['space run', 's step', '+ − η', 'r reset', 'h hint', 'i intro', 'Esc menu', '? help']
					: ['스페이스 실행', 's 한 단계', '+ − η', 'r 처음부터', 'h 힌트', 'i 소개', 'Esc 메뉴', '? 도움말'];
			// The one-weight lab draws E(w), which has no log axis to switch.
			if (id !== 'descent-one-weight') keys.push(lang === 'en' ? 'l log axis' : 'l 로그 축');
			for (const key of keys) expect(footer).toContain(key);
			expect(footer).not.toContain('…');
			// Two lines come out about even: no key is left alone on the second.
			expect(game.frame().split('\n').at(-1)).toContain(' · ');
		},
	);

	// The top of these two labs' dials diverges (the notes' network and XOR still reach the goal there).
	it.each(['descent-one-weight', 'lab-moons'].flatMap(id => [[id, 'en'] as const, [id, 'ko'] as const]))(
		'%s in %s, diverged: the footer still names the introduction and, where the chart has one, the log axis',
		async (id, lang) => {
			const game = await lab(id, {lang});
			await game.press(...Array.from({length: 40}, () => '+'));
			for (let k = 0; k < 60 && game.store.getState().lab?.status !== 'diverged'; k++) await game.press('s');
			expect(game.store.getState().lab?.status).toBe('diverged');
			const footer = game.frame().split('\n').slice(-2).join(' ');
			expect(footer).toContain(lang === 'en' ? 'i intro' : 'i 소개');
			if (id !== 'descent-one-weight') expect(footer).toContain(lang === 'en' ? 'l log axis' : 'l 로그 축');
		},
	);

	it.each(['en', 'ko'] as const)(
		'XOR in %s: η at either end of the dial says so, where + or − goes no further',
		async lang => {
			const game = await lab('lab-xor', {lang});
			await game.press(...Array.from({length: 40}, () => '+'));
			expect(game.frame()).toContain(lang === 'en' ? '(the top of the dial)' : '(고를 수 있는 가장 큰 값)');
			await game.press('-');
			expect(game.frame()).not.toContain(lang === 'en' ? 'of the dial)' : '(고를 수 있는 가장');
			await game.press(...Array.from({length: 40}, () => '-'));
			expect(game.frame()).toContain(lang === 'en' ? '(the bottom of the dial)' : '(고를 수 있는 가장 작은 값)');
		},
	);

	it.each(labIds.flatMap(id => [[id, 'en'] as const, [id, 'ko'] as const]))(
		'%s in %s at 60×20: lines cut only at word boundaries, with …',
		async (id, lang) => {
			const game = await lab(id, {lang, columns: 60, rows: 20});
			await game.press('h', 's');
			const lines = game.frame().split('\n');
			expect(lines.length).toBeLessThanOrEqual(19);
			for (const line of lines) {
				expect(widthOf(line)).toBeLessThanOrEqual(60);
				// A cut line ends "word…", never "wo…rd": the text before … is whole words of the screen's strings.
				const cut = /(\S+)…(\(i\))?\s*$/.exec(line.trimEnd());
				if (cut !== null) expect(cut[1]).toMatch(/[\p{L}\p{N}).,:;%]$/u);
			}
			expect(lines.at(-1)).toContain(lang === 'en' ? '? help' : '? 도움말');
		},
	);
});

describe('a tall terminal', () => {
	for (const levelId of ['descent-one-weight', 'lab-notes-network', 'lab-xor', 'lab-moons']) {
		for (const lang of ['en', 'ko'] as const) {
			it(`${levelId} (${lang}) at 120×40 shows the whole introduction, and the frame still fits`, async () => {
				const game = await lab(levelId, {lang, columns: 120, rows: 40});
				const frame = game.frame();
				expect(frame).not.toContain('…(i)');
				const intro = game.store.getState().levels.find(l => l.id === levelId)?.spec.intro[lang] ?? '';
				const lastWord = intro.split(' ').at(-1) ?? '';
				expect(frame).toContain(lastWord);
				expect(frame.split('\n').length).toBeLessThanOrEqual(40);
				expect(frame.split('\n').at(-1)).toContain('Esc');
			});
		}
	}
});

describe('labs say what happened', () => {
	it('a divergence names the η its run used, also after − dials another', async () => {
		const game = await lab('descent-one-weight');
		await dialTo(game, 1.5);
		await game.press('s', 's', 's');
		expect(game.frame()).toContain('(η = 1.5)');
		await game.press('-');
		expect(game.frame()).toContain('✗ Diverged: the loss grew past ten times its start (η = 1.5).');
		expect(game.frame()).toContain('η 1.01');
		expect(game.frame()).not.toContain('(η = 1.01)');
	});

	it.each(['en', 'ko'] as const)('moons at η = 3 (%s): a swinging loss is an oscillation, not a stall', async lang => {
		const game = await lab('lab-moons', {lang, reducedMotion: true});
		await dialTo(game, 3);
		// Ten steps a press; the judging window is 60 steps.
		for (let press = 0; press < 10 && game.store.getState().lab?.status !== 'oscillating'; press++) {
			await game.press(' ');
		}
		expect(game.store.getState().lab?.status).toBe('oscillating');
		const frame = game.frame().replace(/\s+/g, ' ');
		expect(frame).toMatch(
			lang === 'en'
				? /↔ Oscillating: the loss swings by about \d+ % a step and its trend over 60 steps does not fall \(η = 3\)/
				: /↔ 진동합니다. 손실이 한 단계에 평균 \d+ %씩 오르내릴 뿐, 60단계 동안 추세가 내려가지 않습니다\(η = 3\)/,
		);
		expect(frame).not.toMatch(/Stalled|멈췄습니다/);
	});

	it.each([
		[80, 24],
		[120, 40],
	])(
		'the notes’ network at its default η keeps every chart row and its width at %i×%i until the goal',
		async (columns, rows) => {
			const game = await lab('lab-notes-network', {columns, rows, reducedMotion: true});
			const rowsAtStart = game.frame().split('\n').length;
			await game.press(...Array.from({length: 48}, () => ' '));
			expect(game.store.getState().lab?.status).toBe('goal');
			const lines = game.frame().split('\n');
			expect(lines.length).toBe(rowsAtStart);
			for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
			const chart = lines.filter(line => line.includes('┤'));
			// The top label, the middle and the bottom one, all right-aligned in seven columns.
			const axis = chart[0]?.indexOf('┤') ?? -1;
			expect(chart[0]?.slice(0, axis).trim()).toBe('0.298');
			expect(chart.at(-1)?.slice(0, axis).trim()).toMatch(/^0\.000\d+$/);
			expect(chart.at(-1)).toContain('●');
			for (const line of chart) expect(line.indexOf('┤')).toBe(axis);
		},
	);

	const labLevels = ['descent-one-weight', 'lab-notes-network', 'lab-xor', 'lab-moons', 'lab-spiral'];
	it.each(
		labLevels.flatMap(id =>
			(['en', 'ko'] as const).flatMap(lang => [[id, lang, 80, 24] as const, [id, lang, 120, 40] as const]),
		),
	)(
		'%s (%s) at %i×%i: every hint reads in full on the lab screen, wrapped, with no …(i)',
		async (id, lang, columns, rows) => {
			const game = await lab(id, {lang, columns, rows});
			const hints = game.store.getState().levels.find(l => l.id === id)?.spec.hints ?? [];
			expect(hints.length).toBeGreaterThan(0);
			for (const hint of hints) {
				await game.press('h');
				const lines = game.frame().split('\n');
				expect(lines.length).toBeLessThanOrEqual(rows);
				for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
				const frame = lines.join(' ').replace(/\s+/g, ' ');
				expect(frame).toContain(hint[lang].replace(/\s+/g, ' '));
				// The hint's lines sit together above the footer, not cut.
				expect(frame.slice(frame.indexOf(hint[lang].slice(0, 12)))).not.toContain('…(i)');
			}
		},
	);

	it.each(['en', 'ko'] as const)(
		'the notes’ network’s second hint reads in full at 80×24, and i reads it too (%s)',
		async lang => {
			const game = await lab('lab-notes-network', {lang});
			await game.press('h', 'h');
			const hint = game.store.getState().levels.find(l => l.id === 'lab-notes-network')?.spec.hints[1]?.[lang] ?? '';
			expect(game.frame().replace(/\s+/g, ' ')).toContain(hint.replace(/\s+/g, ' '));
			await game.press('i');
			expect(game.frame().replace(/\s+/g, ' ')).toContain(hint.replace(/\s+/g, ' '));
		},
	);

	it.each(['en', 'ko'] as const)('a lab result says what it scored, not answers checked (%s)', async lang => {
		const game = await lab('descent-one-weight', {lang});
		await dialTo(game, 0.9);
		await game.press(...Array.from({length: 18}, () => 's'), keys.enter);
		const frame = game.frame().replace(/\s+/g, ' ');
		expect(frame).toContain(
			lang === 'en'
				? 'Scored on steps: 18 of a 40-step budget (3★ within 20, 2★ within 40) · 0 hints, free'
				: '단계 수로 채점: 40단계 한도 중 18단계 (20단계 안 3★, 40단계 안 2★) · 힌트 0개(무료)',
		);
		expect(frame).not.toMatch(/answers? checked|답 확인/);
	});
});

describe('a plateau on the chart', () => {
	it('XOR on its plateau: the axis reads three different numbers and the curve stays near the top', async () => {
		const game = await lab('lab-xor', {reducedMotion: true});
		await game.press(' ', ' ', ' ');
		const chart = game
			.frame()
			.split('\n')
			.filter(line => line.includes('┤'));
		const axis = chart[0]?.indexOf('┤') ?? 0;
		const labels = chart.map(line => line.slice(0, axis).trim()).filter(label => label !== '');
		expect(labels).toHaveLength(3);
		expect(new Set(labels).size).toBe(3);
		// 30 steps lose under 1 % of the loss: the curve is drawn in the rows around the middle, not from top to bottom.
		const rows = chart.map((line, row) => (/[─╮╯╭╰●]/.test(line.slice(axis + 1)) ? row : -1)).filter(row => row >= 0);
		expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(2);
	});
});
