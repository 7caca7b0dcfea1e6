import {
	closeSync,
	constants,
	copyFileSync,
	fstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	statSync,
	unlinkSync,
} from 'node:fs';
import {join} from 'node:path';
import envPaths from 'env-paths';
import {emptyProgress, mergeProgress, type Progress} from '../game/progress.js';
import {parseSave, serializeProgress} from '../game/save-file.js';
import {errnoCode} from '../levels/errno.js';
import type {Language} from '../levels/language.js';
import {tempPrefix, writeFileAtomically} from './atomic-write.js';
import {cliMessages} from './cli-strings.js';
import {withFileLock} from './file-lock.js';

export {writeFileAtomically} from './atomic-write.js';

export const saveFileName = 'progress.json';

/** --data-dir, then BACKPROP_QUEST_HOME, then the platform's data folder (XDG on Linux). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
	if (flag !== undefined && flag !== '') return flag;
	if (env.BACKPROP_QUEST_HOME !== undefined && env.BACKPROP_QUEST_HOME !== '') return env.BACKPROP_QUEST_HOME;
	return envPaths('backprop-quest', {suffix: ''}).data;
}

export type LoadedProgress = {
	readonly progress: Progress;
	/** One line each: what went wrong, where any backup went, and how to fix it. */
	readonly warnings: string[];
};

/** A save that can't be read is never written over; this says why, and how to fix it. */
class SaveRefused extends Error {}

/** What an errno code means to a player, after the code itself, in the player's language. */
export function describeCode(error: unknown, lang: Language = 'en'): string {
	if (error instanceof SaveRefused) return error.message;
	const code = errnoCode(error);
	const meaning = cliMessages[lang].errno;
	if (code === undefined) return meaning.unknown ?? 'error';
	return Object.hasOwn(meaning, code) && code !== 'unknown' ? `${code}: ${meaning[code]}` : code;
}

/**
 * Reads the save file. A missing file is a fresh start. Records that are wrong
 * are dropped one by one (the original file is kept beside it); a file that is
 * not a save at all is moved aside to a backup and play starts fresh; a file that
 * can't be read, or comes from a newer version, is left exactly as it is and
 * play goes on in memory. Every such case warns. Temporary files left by a save
 * that was killed are removed.
 */
export function loadProgress(dir: string, now: Date = new Date(), lang: Language = 'en'): LoadedProgress {
	const file = join(dir, saveFileName);
	const folder = folderProblem(dir, lang);
	if (folder !== undefined) return {progress: emptyProgress, warnings: [folder]};
	try {
		return withFileLock(file, () => {
			removeStaleTemps(dir);
			return readSave(file, now, true, lang);
		});
	} catch {
		// No lock (a read-only folder, or another instance stuck): read, but change nothing.
		return readSave(file, now, false, lang);
	}
}

/**
 * The largest save file read. A save holds a record per level and counts per
 * practice concept, a few KB; one far past that is not this game's, and reading
 * it would keep the screen blank for seconds and take hundreds of MB.
 */
export const maxSaveBytes = 16 * 1024 * 1024;

/** The save's text, or why it is not read: a save far larger than any save throws SaveRefused. */
function readSaveText(file: string, lang: Language): string {
	const fd = openSync(file, 'r');
	try {
		const size = fstatSync(fd).size;
		if (size > maxSaveBytes)
			throw new SaveRefused(
				cliMessages[lang].storage.tooLarge((size / 1024 / 1024).toFixed(0), maxSaveBytes / 1024 / 1024),
			);
		return readFileSync(fd, 'utf8');
	} finally {
		closeSync(fd);
	}
}

function readSave(file: string, now: Date, mayMove: boolean, lang: Language): LoadedProgress {
	const t = cliMessages[lang].storage;
	let text: string;
	try {
		text = readSaveText(file, lang);
	} catch (error) {
		if (errnoCode(error) === 'ENOENT') return {progress: emptyProgress, warnings: []};
		if (error instanceof SaveRefused)
			return {
				progress: emptyProgress,
				warnings: [t.notRead(file, error.message)],
			};
		return {
			progress: emptyProgress,
			warnings: [t.couldNotRead(file, describeCode(error, lang))],
		};
	}
	const parsed = parseSave(text, lang);
	if (parsed.ok) {
		if (parsed.dropped.length === 0 && parsed.droppedFields.length === 0)
			return {progress: parsed.progress, warnings: []};
		const copy = mayMove ? keepAside(file, 'bad', now, false) : undefined;
		const kept = copy === undefined ? '' : t.keptAs(copy);
		return {
			progress: parsed.progress,
			warnings: [
				...parsed.droppedFields.map(line => t.droppedField(file, line, kept)),
				...parsed.dropped.map(line => t.droppedRecord(file, line, kept)),
			],
		};
	}
	if (parsed.kind === 'newer') {
		return {
			progress: emptyProgress,
			warnings: [t.newer(file, parsed.said[lang])],
		};
	}
	const backup = mayMove ? keepAside(file, 'bad', now, true) : undefined;
	if (backup !== undefined) {
		return {
			progress: emptyProgress,
			warnings: [t.setAside(file, parsed.said[lang], backup)],
		};
	}
	return {
		progress: emptyProgress,
		warnings: [t.stuck(file, parsed.said[lang])],
	};
}

/**
 * Copies (or moves) the save to `<file>.<label>-<time>`, adding -2, -3… when that
 * name is taken, so one backup never replaces another. Undefined when it can't.
 */
export function keepAside(file: string, label: string, now: Date, move: boolean): string | undefined {
	const stamp = `${file}.${label}-${now.toISOString().replaceAll(':', '-')}`;
	for (let n = 1; n <= 100; n++) {
		const name = n === 1 ? stamp : `${stamp}-${n}`;
		try {
			copyFileSync(file, name, constants.COPYFILE_EXCL);
		} catch (error) {
			if (errnoCode(error) === 'EEXIST') continue;
			return undefined;
		}
		if (move) {
			try {
				unlinkSync(file);
			} catch {
				unlinkSync(name);
				return undefined;
			}
		}
		return name;
	}
	return undefined;
}

function removeStaleTemps(dir: string): void {
	const prefix = tempPrefix(saveFileName);
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		if (!name.startsWith(prefix)) continue;
		try {
			unlinkSync(join(dir, name));
		} catch {
			// Another instance's business, or already gone.
		}
	}
}

/** Why the data folder can't hold a save, when it can't: something that is not a folder is in its place. */
function folderProblem(dir: string, lang: Language): string | undefined {
	try {
		if (statSync(dir).isDirectory()) return undefined;
	} catch (error) {
		const code = errnoCode(error);
		if (code === 'ENOENT') return undefined;
		if (code !== 'ENOTDIR') return undefined;
	}
	return cliMessages[lang].storage.notAFolder(dir);
}

/** Thrown before the rename when another instance took the lock during a save: nothing was written. */
class LockLost extends Error {
	readonly code = 'ELOCKLOST';
}

/** Hooks for the durability tests; the game never sets them. */
export const saveTestHooks: {beforeRename?: () => void} = {};

export type SaveOptions = {
	/** How long to wait for another game that is saving. @default 2000 */
	readonly waitMs?: number;
	/** Told when the save had to be done again (another game took the lock meanwhile) but then succeeded. */
	readonly onNote?: (note: string) => void;
	/** The language of the warning and the note. @default 'en' */
	readonly lang?: Language;
};

/** How many times a save starts over after losing its lock before it gives up. */
const lockRetries = 3;

/**
 * Saves progress without ever losing what is already on disk: under a lock, the
 * save on disk is read and merged with this one (progress only grows, so two
 * games on one folder both keep their levels), then written whole or not at all.
 * Just before the new file replaces the old one the lock is checked to still be
 * this game's; if another instance took it, nothing is replaced and the save
 * starts over, merging what the other wrote. A save on disk that can't be read
 * is never written over. Returns a warning instead of throwing.
 */
export function saveProgress(
	dir: string,
	progress: Progress,
	appVersion: string,
	now: Date = new Date(),
	options: SaveOptions = {},
): string | undefined {
	const file = join(dir, saveFileName);
	const lang = options.lang ?? 'en';
	const folder = folderProblem(dir, lang);
	if (folder !== undefined) return folder;
	try {
		mkdirSync(dir, {recursive: true});
		for (let attempt = 1; ; attempt++) {
			try {
				withFileLock(
					file,
					lock => {
						const merged = mergeWithDisk(file, progress, lang);
						lock.heartbeat();
						writeFileAtomically(file, serializeProgress(merged, appVersion, now), {
							beforeRename: () => {
								saveTestHooks.beforeRename?.();
								if (!lock.stillMine()) throw new LockLost();
							},
						});
					},
					{waitMs: options.waitMs},
				);
				if (attempt > 1) options.onNote?.(cliMessages[lang].storage.savedAgain(file));
				return undefined;
			} catch (error) {
				if (!(error instanceof LockLost) || attempt === lockRetries) throw error;
			}
		}
	} catch (error) {
		return cliMessages[lang].storage.couldNotSave(file, describeCode(error, lang));
	}
}

/** Replaces the save with `progress` as it is, without merging (for reset); throws on failure. */
export function replaceProgress(dir: string, progress: Progress, appVersion: string, now: Date): void {
	const file = join(dir, saveFileName);
	mkdirSync(dir, {recursive: true});
	withFileLock(file, () => writeFileAtomically(file, serializeProgress(progress, appVersion, now)));
}

function mergeWithDisk(file: string, progress: Progress, lang: Language): Progress {
	const t = cliMessages[lang].storage;
	let text: string;
	try {
		text = readSaveText(file, lang);
	} catch (error) {
		if (errnoCode(error) === 'ENOENT') return progress;
		if (error instanceof SaveRefused) throw new SaveRefused(t.notWrittenOverLarge(error.message));
		throw new SaveRefused(t.notWrittenOverUnreadable(describeCode(error, lang)));
	}
	const parsed = parseSave(text, lang);
	if (!parsed.ok) {
		throw new SaveRefused(t.notWrittenOverCorrupt(parsed.said[lang]));
	}
	return mergeProgress(progress, parsed.progress);
}
