// A matrix level draws every number its maths uses: each input matrix (the
// biases too) is in the level's view, so no step works from a value the
// screen does not show.
import {describe, expect, it} from 'vitest';
import {shippedLevels} from '../support/levels.js';

describe('what a matrix level draws', () => {
	const matrixLevels = shippedLevels.filter(level => level.matrix !== undefined);

	it('there are matrix levels to check', () => {
		expect(matrixLevels.length).toBeGreaterThan(10);
	});

	for (const level of matrixLevels)
		it(`${level.id} shows every input its formula uses`, () => {
			const spec = level.spec;
			const inputs = 'inputs' in spec ? Object.keys(spec.inputs) : [];
			expect(inputs.length).toBeGreaterThan(0);
			expect(inputs.filter(name => !(level.view ?? []).includes(name))).toEqual([]);
		});
});
