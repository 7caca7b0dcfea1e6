import {describe, expect, it} from 'vitest';
import {loadLevelPack} from '../../src/levels/loader.js';

const shipped = loadLevelPack('levels');

/** Every number written in a text, with − read as minus: "0.08217", "−4", the 2 of "2s". */
function numbersIn(text: string): number[] {
	const plain = text.replace(/[−–]/g, '-');
	return [...plain.matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map(m => Number(m[0]));
}

/** A value rounded to 3 significant figures, the way a learner types an answer. */
const figures3 = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(3)));

/**
 * What the drawing shows anyway: the inputs and the constants of the formula. An intro may name
 * them (the swap rule makes an input an answer); it may not state anything the player must work out.
 * "(0, 1)" is the sigmoid's range, not a value.
 */
function shownAnyway(level: (typeof shipped.levels)[number]): Set<number> {
	const spec = level.spec as {inputs?: Record<string, number | number[] | number[][]>; formula?: string};
	const values = [...Object.values(spec.inputs ?? {}).flat(2), ...numbersIn(spec.formula ?? '')];
	return new Set(values.flatMap(v => [figures3(v), figures3(-v)]));
}

describe('no introduction gives away an answer', () => {
	for (const level of shipped.levels) {
		if (level.fields.length === 0) continue;
		it(`${level.id}: its introduction states none of the numbers it asks for`, () => {
			const allowed = shownAnyway(level);
			for (const lang of ['en', 'ko'] as const) {
				const intro = level.spec.intro[lang].replaceAll('(0, 1)', '');
				const stated = new Set(numbersIn(intro).map(figures3));
				for (const field of level.fields) {
					const asked = figures3(field.expected);
					if (allowed.has(asked)) continue;
					expect(stated.has(asked), `${lang}: ${field.label} = ${asked} is stated in "${intro}"`).toBe(false);
				}
			}
		});
	}
});
