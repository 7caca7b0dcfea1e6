import {describe, expect, it} from 'vitest';
import {parseChapterFile} from '../../src/levels/loader.js';
import {attackChapter, attackLevel} from '../support/attack-levels.js';

const level = (inputs: string) =>
	attackChapter('keys', [attackLevel('keys', {kind: 'gradients', formula: 'f = x * y', ask: ['df/dx']})]).replace(
		'"ask"',
		`"inputs": ${inputs},\n  "ask"`,
	);

describe('keys cleaned of control characters', () => {
	it.each([
		['the clean key first', '{"x": 2, "x\\u001b[0m": 7, "y": 3}'],
		['the clean key last', '{"x\\u001b[0m": 7, "x": 2, "y": 3}'],
	])('never replace a key written as it is (%s): the cleaned one is left out and named', (_, inputs) => {
		const {levels, errors} = parseChapterFile('keys.json', level(inputs), 1);
		expect(levels[0]?.fields[0]?.expected).toBe(3);
		expect(levels[0]?.graph?.byName.get('x')?.value.data).toBe(2);
		expect(errors.map(e => `${e.path}: ${e.message}`)).toContain(
			"levels[0].inputs.x\\u001b[0m: without its control characters this key is 'x', which is already here; it is left out",
		);
	});
});
