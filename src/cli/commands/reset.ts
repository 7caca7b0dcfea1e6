import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {createInterface} from 'node:readline/promises';
import {emptyProgress} from '../../game/progress.js';
import type {Language} from '../../levels/language.js';
import {cliMessages} from '../cli-strings.js';
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
		lang = 'en',
	}: {yes: boolean; interactive: boolean; appVersion: string; now?: Date; lang?: Language},
): Promise<CommandResult> {
	const t = cliMessages[lang].reset;
	const file = join(dataDir, saveFileName);
	if (!existsSync(file)) return {stdout: `${t.nothingThere(file)}\n`, stderr: '', code: 0};
	if (!yes) {
		if (!interactive) {
			return {
				stdout: '',
				stderr: `backprop-quest: ${t.needsYes}\n`,
				code: 2,
			};
		}
		const rl = createInterface({input: process.stdin, output: process.stdout});
		const answer = await rl.question(t.question(file));
		rl.close();
		if (!t.isYes(answer)) return {stdout: `${t.unchanged}\n`, stderr: '', code: 0};
	}
	const backup = keepAside(file, 'backup', now, false);
	if (backup === undefined) {
		return {
			stdout: '',
			stderr: `backprop-quest: ${t.noBackup(file)}\n`,
			code: 1,
		};
	}
	try {
		replaceProgress(dataDir, emptyProgress, appVersion, now);
	} catch (error) {
		return {
			stdout: '',
			stderr: `backprop-quest: ${t.failed(file, describeCode(error, lang))}\n`,
			code: 1,
		};
	}
	return {stdout: `${t.done(backup)}\n`, stderr: '', code: 0};
}

export const run: Command = async ({request, dataDir, appVersion, lang}) =>
	emit(
		await resetProgress(dataDir, {
			yes: request.flags.yes,
			interactive: process.stdin.isTTY === true,
			appVersion,
			lang,
		}),
	);
