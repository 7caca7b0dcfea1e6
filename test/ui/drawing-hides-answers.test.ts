import {describe, expect, it} from 'vitest';
import {shownValues, writesValue} from '../../src/game/hints.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Level} from '../../src/levels/loader.js';
import {drawingText, levelDrawing} from '../../src/ui/graph/level-drawing.js';
import {messages} from '../../src/ui/strings.js';
import {koreanLevels, levelById, playState, shippedLevels} from '../support/levels.js';

/** Numbers as the drawing writes them, not the digits of a name like x1 or w21. */
const numbersIn = (text: string) =>
	[...text.matchAll(/(?<![\p{L}_^\d.])[-−]?\d+(?:\.\d+)?(?:×10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|e[-−+]?\d+)?/gu)].map(m => m[0]);
const figures = (token: string) =>
	Math.max(
		1,
		token
			.replace(/^[-−]/, '')
			.replace(/[e×].*/, '')
			.replace('.', '')
			.replace(/^0+/, '').length,
	);
const drawing = (level: Level, width: number) =>
	drawingText(levelDrawing(level, playState(level), width, messages('en'))).join('\n');

const practiceLevels = concepts.flatMap(concept =>
	[1, 2, 3].flatMap(seed => difficulties.map(difficulty => generateLevel(concept, seed, 0, difficulty).level)),
);

describe('the drawing never shows an answer before it is found', () => {
	it.each([
		['shipped', shippedLevels],
		['practice', practiceLevels],
	] as const)('%s levels at 60, 80 and 130 columns: no number drawn is a field’s answer', (_, levels) => {
		let checked = 0;
		for (const level of levels.filter(l => l.graph !== undefined && l.fields.length > 0)) {
			const shown = shownValues(level);
			for (const width of [60, 80, 130]) {
				for (const token of numbersIn(drawing(level, width))) {
					checked++;
					if (figures(token) < 3 || shown.some(v => writesValue(token, v))) continue;
					const field = level.fields.find(f => writesValue(token, f.expected));
					expect(field?.id, `${level.id} at ${width} columns draws ${token}`).toBeUndefined();
				}
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it.each([
		['shipped', shippedLevels],
		['practice', practiceLevels],
	] as const)(
		'%s matrix levels: no number drawn is an asked value, nor a loss −log p that gives one back',
		(_, levels) => {
			let checked = 0;
			for (const level of levels.filter(l => l.matrix !== undefined)) {
				const asked = level.fields.filter(f => f.cell?.grid.id === `value:${f.cell?.grid.node}`);
				const inputs = (level.matrix?.nodes ?? []).filter(n => n.expr === undefined).flatMap(n => n.rows.flat());
				for (const width of [60, 80, 130]) {
					for (const token of numbersIn(drawing(level, width))) {
						checked++;
						const x = Number(token.replace('−', '-'));
						if (figures(token) < 3 || inputs.some(v => writesValue(token, v))) continue;
						const field = asked.find(
							f => writesValue(token, f.expected) || writesValue(Math.exp(-x).toPrecision(3), f.expected),
						);
						expect(field?.id, `${level.id} at ${width} columns draws ${token}`).toBeUndefined();
					}
				}
			}
			expect(checked).toBeGreaterThan(0);
		},
	);

	it('p-minus-y: the loss is ? while P is asked, and drawn once P is found', () => {
		const level = levelById('p-minus-y');
		const play = playState(level);
		const text = (state: typeof play) => drawingText(levelDrawing(level, state, 80, messages('en'))).join('\n');
		expect(text(play)).not.toContain('4.14');
		const solved = Object.fromEntries(level.fields.filter(f => f.id.startsWith('value:P')).map(f => [f.id, true]));
		expect(text({...play, solved: {...play.solved, ...solved}})).toContain('4.14');
	});

	it('network-forward practice at 130 columns: while H1 is asked, w21·H1 and what follows from it are ?', () => {
		const level = generateLevel('network-forward', 1, 0, 3).level;
		const value = (name: string) => level.graph?.byName.get(name)?.value.data ?? Number.NaN;
		expect(level.fields.some(f => f.node === 'H1')).toBe(true);
		const text = drawing(level, 130);
		const tokens = numbersIn(text);
		const product = value('w21') * value('H1');
		expect(tokens.filter(t => writesValue(t, product))).toEqual([]);
		expect(text).toMatch(/\+y \? /);
		// A term that uses no unknown still shows: w22·H2.
		expect(tokens.some(t => writesValue(t, value('w22') * value('H2')))).toBe(true);
	});
});

describe('the words beside a field say what it is, never what it comes to', () => {
	/** The nodes whose value is the field's answer (w21 for ∂y1/∂H1 = 0.4), other than those its label names. */
	const answerNames = (level: Level, field: Level['fields'][number]) =>
		(level.graph?.nodes ?? [])
			.filter(node => Number(node.value.data.toPrecision(3)) === Number(field.expected.toPrecision(3)))
			.map(node => node.name)
			.filter(name => !new RegExp(`(?<![\\p{L}\\d_])${name}(?![\\p{L}\\d_])`, 'u').test(field.label));
	const names = (text: string, name: string) => new RegExp(`(?<![\\p{L}\\d_])${name}(?![\\p{L}\\d_])`, 'u').test(text);

	it.each([
		['shipped', shippedLevels],
		['Korean build', koreanLevels],
		['practice', practiceLevels],
	] as const)('%s levels: no factor label names its answer or its value, in English and Korean', (_, levels) => {
		let checked = 0;
		for (const level of levels)
			for (const field of level.fields) {
				if (field.link === undefined) continue;
				for (const lang of ['en', 'ko'] as const) {
					const text = messages(lang).chainLink(field.link);
					checked++;
					for (const name of answerNames(level, field))
						expect(names(text, name), `${level.id} ${field.label} (${lang}): ${text}`).toBe(false);
					// Past `factor 3 of 5:`, whose numbers count factors.
					for (const token of numbersIn(text.split(': ').slice(1).join(': ')))
						expect(writesValue(token, field.expected), `${level.id} ${field.label} (${lang}): ${text}`).toBe(false);
				}
			}
		expect(checked).toBeGreaterThan(0);
	});

	it('the note on the detour names the slip, not the one factor it stands for', () => {
		const level = levelById('network-hidden-chain');
		const field = level.fields.find(f => f.detour !== undefined);
		expect(field?.label).toBe('∂y1/∂H1');
		if (field?.detour === undefined) return;
		const weight = field.detour.through;
		for (const lang of ['en', 'ko'] as const) {
			const text = messages(lang).detour(field.detour);
			// The slip names the weight (∂y1/∂w21·∂w21/∂H1; w21 does not depend on H1), but never as what y1 moves by.
			expect(text).toContain(`∂${weight}/∂H1`);
			expect(text).not.toMatch(new RegExp(`= ${weight}|${weight}·H1|moves ${weight}|${weight}만큼`));
		}
	});
});
