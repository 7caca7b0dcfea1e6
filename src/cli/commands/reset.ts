import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {createInterface} from 'node:readline/promises';
import {emptyProgress} from '../../game/progress.js';
import {describeCode, keepAside, replaceProgress, saveFileName} from '../storage.js';
import {type Command, type CommandResult, emit} from './output.js';

/** `reset [--yes]`: wipes progress after asking, keeping a backup of the old save beside it. */
export async function resetProgress(
	dataDir: string,
	{
		yes,
		interactive,
		appVersion,
		now = new Date(),
	}: {yes: boolean; interactive: boolean; appVersion: string; now?: Date},
): Promise<CommandResult> {
	const file = join(dataDir, saveFileName);
	if (!existsSync(file)) return {stdout: `nothing to reset: there is no ${file}\n`, stderr: '', code: 0};
	if (!yes) {
		if (!interactive) {
			return {
				stdout: '',
				stderr: 'backprop-quest: reset asks before wiping progress; without a terminal, add --yes\n',
				code: 2,
			};
		}
		const rl = createInterface({input: process.stdin, output: process.stdout});
		const answer = await rl.question(`Reset all progress in ${file}? A backup is kept. [y/N] `);
		rl.close();
		if (!/^y(es)?$/i.test(answer.trim())) return {stdout: 'nothing changed\n', stderr: '', code: 0};
	}
	const backup = keepAside(file, 'backup', now, false);
	if (backup === undefined) {
		return {
			stdout: '',
			stderr: `backprop-quest: could not back up ${file}; nothing changed\n`,
			code: 1,
		};
	}
	try {
		replaceProgress(dataDir, emptyProgress, appVersion, now);
	} catch (error) {
		return {
			stdout: '',
			stderr: `backprop-quest: could not reset ${file} (${describeCode(error)}); nothing changed\n`,
			code: 1,
		};
	}
	return {stdout: `progress reset; the old save is kept as ${backup}\n`, stderr: '', code: 0};
}

export const run: Command = async ({request, dataDir, appVersion}) =>
	emit(
		await resetProgress(dataDir, {
			yes: request.flags.yes,
			interactive: process.stdin.isTTY === true,
			appVersion,
		}),
	);
