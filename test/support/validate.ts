import {act} from 'react';
import type {CommandResult} from '../../src/cli/commands/output.js';
import {validateLevels} from '../../src/cli/commands/validate.js';

/**
 * `validate` as the CLI runs it. Its play check draws each level with Ink's
 * renderToString, a whole synchronous render; in a test (an act environment,
 * test/setup.ts) React wants that inside act(), so it runs in one here.
 */
export function validateInTest(...args: Parameters<typeof validateLevels>): CommandResult {
	let result: CommandResult | undefined;
	act(() => {
		result = validateLevels(...args);
	});
	if (result === undefined) throw new Error('validate returned nothing');
	return result;
}
