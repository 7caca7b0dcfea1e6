import {describe, expect, it} from 'vitest';
import {checkField} from '../../src/game/check.js';
import {ownSlip} from '../../src/game/own-slip.js';
import {fieldById, levelById} from '../support/levels.js';

// chain-tanh-neuron: ∂L/∂w = ∂L/∂a·∂a/∂z·∂z/∂w = −0.5379·0.7864·2 = −0.846, so −0.423 is half of it.
describe('half a product: a link left out, or the ½ of L kept twice', () => {
	const level = levelById('chain-tanh-neuron');
	const product = fieldById(level, 'product:L:w');

	it('with ∂L/∂a typed right, −0.423 is ∂z/∂w = x = 2 left out', () => {
		expect(ownSlip(level.fields, product, '-0.423', {'local:L:a': ['right']})).toBeUndefined();
		expect(checkField(product, {value: -0.423, figures: undefined})).toMatchObject({
			kind: 'wrong',
			mistake: {reason: 'leftOutLink', params: {link: '∂z/∂w', partner: 'x', value: '2'}},
		});
	});

	it("with the learner's own ∂L/∂a halved first, −0.423 is that slip carried through", () => {
		const log = {'local:L:a': ['halvedSlope' as const, 'right' as const]};
		expect(ownSlip(level.fields, product, '-0.423', log)).toMatchObject({reason: 'halvedSlope'});
	});
});
