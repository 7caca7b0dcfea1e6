// A mistake's reason decides its parameters. The lines marked @ts-expect-error
// are what the compiler must refuse: `npm test` runs tsc over this file, and an
// expect-error line that compiles fails the typecheck.

import {describe, expect, it} from 'vitest';
import type {Mistake} from '../../src/levels/diagnosis.js';
import {type MistakeMessages, messages, mistakeText} from '../../src/ui/strings.js';

describe('mistake parameters are typed by their reason', () => {
	it('lets a message read only the parameters its reason has', () => {
		const en = messages('en').mistakes;
		const table: MistakeMessages = {
			...en,
			// upstreamOnly has of, wrt, via and upstream, but no winner (only maxToBoth has one).
			// @ts-expect-error
			upstreamOnly: p => `${p.winner}`,
			// wrongSign quotes nothing at all.
			// @ts-expect-error
			wrongSign: p => `${p.node}`,
		};
		expect(Object.keys(table)).toEqual(Object.keys(en));
	});

	it('makes a builder give exactly its reason’s parameters', () => {
		const mistakes: Mistake[] = [
			{value: 1, reason: 'forgotRate', params: {eta: '0.5'}},
			// A parameter missing: forgotRate quotes η.
			// @ts-expect-error
			{value: 1, reason: 'forgotRate', params: {}},
			// A parameter the reason doesn't have.
			// @ts-expect-error
			{value: 1, reason: 'wrongSign', params: {node: 'x'}},
			// Another reason's parameters.
			// @ts-expect-error
			{value: 1, reason: 'onePath', params: {eta: '0.5'}},
		];
		expect(mistakeText(messages('en'), {reason: 'forgotRate', params: {eta: '0.5'}})).toBe(
			'✗ Scale the gradient by the learning rate first: η = 0.5.',
		);
		expect(mistakes).toHaveLength(4);
	});
});
