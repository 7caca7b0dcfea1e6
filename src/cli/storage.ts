import {closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import envPaths from 'env-paths';
import {emptyProgress, type Progress} from '../game/progress.js';
import {parseSave, serializeProgress} from '../game/save-file.js';

export const saveFileName = 'progress.json';

/** --data-dir, then BACKPROP_QUEST_HOME, then the platform's data folder (XDG on Linux). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
	if (flag !== undefined && flag !== '') return flag;
	if (env.BACKPROP_QUEST_HOME !== undefined && env.BACKPROP_QUEST_HOME !== '') return env.BACKPROP_QUEST_HOME;
	return envPaths('backprop-quest', {suffix: ''}).data;
}

export type LoadedProgress = {
	readonly progress: Progress;
	/** One line each: what went wrong and where any backup went. */
	readonly warnings: string[];
};

/**
 * Reads the save file. A missing file is a fresh start; a corrupt, truncated or
 * unknown-version file is moved aside to a backup (never overwritten) and play
 * starts fresh with a warning that names the backup.
 */
export function loadProgress(dir: string, now: Date = new Date()): LoadedProgress {
	const file = join(dir, saveFileName);
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return {progress: emptyProgress, warnings: []};
		return {
			progress: emptyProgress,
			warnings: [`could not read ${file} (${code ?? 'error'}); progress is kept in memory only`],
		};
	}
	const parsed = parseSave(text);
	if (parsed.ok) return {progress: parsed.progress, warnings: []};
	const backup = `${file}.bad-${now.toISOString().replaceAll(':', '-')}`;
	try {
		renameSync(file, backup);
		return {
			progress: emptyProgress,
			warnings: [`the save file ${file} was unreadable: ${parsed.reason}. It was kept as ${backup}; starting fresh`],
		};
	} catch (error) {
		return {
			progress: emptyProgress,
			warnings: [
				`the save file ${file} was unreadable (${parsed.reason}) and could not be moved aside (${(error as NodeJS.ErrnoException).code}); it is left untouched and progress is kept in memory only`,
			],
		};
	}
}

/**
 * Writes the save atomically: a temporary file in the same folder, flushed to
 * disk, then renamed over the old one. A crash mid-write leaves the old save.
 * Returns a warning instead of throwing when the folder can't be written.
 */
export function saveProgress(
	dir: string,
	progress: Progress,
	appVersion: string,
	now: Date = new Date(),
): string | undefined {
	const file = join(dir, saveFileName);
	try {
		mkdirSync(dir, {recursive: true});
		writeFileAtomically(file, serializeProgress(progress, appVersion, now));
		return undefined;
	} catch (error) {
		return `could not save progress to ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); it is kept in memory until you quit`;
	}
}

/** Writes a file atomically (temp file, fsync, rename); throws on failure. */
export function writeFileAtomically(file: string, text: string): void {
	const temp = `${file}.tmp-${process.pid}`;
	const fd = openSync(temp, 'w');
	try {
		writeSync(fd, text);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	renameSync(temp, file);
}
