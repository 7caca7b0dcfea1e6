// A level's explanation prints the answers the learner has just typed. Where
// the checker takes two neighbouring 3-figure numbers for one answer (the true
// value's rounding, and the rounding of a value built from the screen's
// rounded numbers: W′ = −0.5 − 0.5·0.339 = −0.6695 gives −0.670 where the
// answer −0.669496 rounds to −0.669), printing one of them at 3 figures would
// tell a learner who typed the other that they were wrong. Such a number is
// printed with the figures that hold both.
import {describe, expect, it} from 'vitest';
import {checkField} from '../../src/game/check.js';
import {writesValue} from '../../src/game/hints.js';
import type {Field} from '../../src/levels/answers.js';
import {readWrittenNumber, writtenNumberPattern} from '../../src/levels/format.js';
import type {Level} from '../../src/levels/loader.js';
import {shippedLevels} from '../support/levels.js';

/** Significant figures a number is written with (`−0.0390` has 3). */
const figures = (token: string) => token.replace(/^[-−]/, '').replace('.', '').replace(/^0+/, '').length;

/**
 * The 3-figure number across the rounding edge from a printed one, when the answer lies within a tenth of a
 * unit of that edge (−0.669496 is 0.004 units from −0.6695): a rounding a learner's own numbers can land on.
 */
function across(printed: number, answer: number): number | undefined {
	const unit = 10 ** (Math.floor(Math.log10(Math.abs(printed))) - 2);
	const side = answer >= printed ? 1 : -1;
	const edge = printed + (side * unit) / 2;
	return Math.abs(answer - edge) <= unit / 10 ? Number((printed + side * unit).toPrecision(3)) : undefined;
}

/** Numbers in an explanation printed at 3 figures for an answer whose neighbour the checker also takes. */
function ambiguous(level: Level, lang: 'en' | 'ko'): string[] {
	const text = level.spec.explain[lang];
	const found: string[] = [];
	for (const [token] of text.matchAll(writtenNumberPattern)) {
		if (figures(token) !== 3 || /[×e]/.test(token)) continue;
		const printed = readWrittenNumber(token);
		const fields = level.fields.filter(
			(f: Field) => f.formula === undefined && f.choice === undefined && writesValue(token, f.expected),
		);
		for (const field of fields) {
			const other = across(printed, field.expected);
			if (other !== undefined && checkField(field, {value: other, figures: 3}).kind === 'right')
				found.push(`${level.id} (${lang}) prints ${token} for ${field.label}, and ${other} is right too`);
		}
	}
	return found;
}

describe('explanations print answers the way the checker takes them', () => {
	it('no shipped explanation prints one of two accepted 3-figure roundings of an answer', () => {
		expect(shippedLevels.flatMap(level => [...ambiguous(level, 'en'), ...ambiguous(level, 'ko')])).toEqual([]);
	});
});

describe('the one-step classifier: W′[1,2] = −0.5 − 0.5·0.33899 = −0.669496', () => {
	const level = shippedLevels.find(l => l.id === 'softmax-descent-step');
	const field = level?.fields.find(f => f.label === 'W′[1,2]');

	it('takes −0.669, its rounding, and −0.670, the rounding of −0.5 − 0.5·0.339 from the rounded gradient', () => {
		if (field === undefined) throw new Error('no W′[1,2] on softmax-descent-step');
		expect(checkField(field, {value: -0.669, figures: 3}).kind).toBe('right');
		expect(checkField(field, {value: -0.67, figures: 3}).kind).toBe('right');
	});

	it('prints it as −0.6695 in the explanation, in both languages, never as one of the two', () => {
		for (const lang of ['en', 'ko'] as const) {
			const text = level?.spec.explain[lang] ?? '';
			expect(text).toContain(lang === 'en' ? 'W′ = rows (0.2205, −0.6695, 0.649)' : 'W′ = 행 (0.2205, −0.6695, 0.649)');
			expect(text).not.toMatch(/−0\.669(?!\d)|−0\.670(?!\d)/);
		}
	});
});
