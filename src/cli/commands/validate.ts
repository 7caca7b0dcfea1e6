import {formatLevelError, loadLevelPack} from '../../levels/loader.js';
import {type Command, type CommandResult, emit} from './output.js';

/** `validate PATH`: every problem in a level file or folder, exit 1 if there is any. */
export function validateLevels(target: string | undefined): CommandResult {
	if (target === undefined)
		return {stdout: '', stderr: 'backprop-quest: validate needs a level file or folder\n', code: 2};
	const pack = loadLevelPack(target);
	if (pack.errors.length > 0) {
		const lines = pack.errors.map(e => `✗ ${formatLevelError(e)}`);
		const files = new Set(pack.errors.map(e => e.file)).size;
		return {
			stdout: '',
			stderr: `${lines.join('\n')}\n${pack.errors.length} problem${pack.errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`,
			code: 1,
		};
	}
	const n = pack.levels.length;
	return {
		stdout: `✓ ${n} level${n === 1 ? '' : 's'} in ${pack.files} file${pack.files === 1 ? '' : 's'}: all valid\n`,
		stderr: '',
		code: 0,
	};
}

export const run: Command = ({request}) => emit(validateLevels(request.positionals[0]));
