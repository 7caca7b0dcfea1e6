import {accessSync, constants, lstatSync, realpathSync, type Stats, statSync} from 'node:fs';
import {printable} from '../levels/clean-text.js';
import {errnoCode} from '../levels/errno.js';
import type {Language} from '../levels/language.js';
import {kindOf} from '../levels/pack-files.js';
import {cliMessages} from './cli-strings.js';

export type OutTarget =
	| {
			readonly ok: true;
			/** The file to write: the path itself, or the file a link to one points to. */
			readonly path: string;
			/** The mode of the file being replaced, which the new one keeps; undefined for a new file. */
			readonly mode: number | undefined;
			/** Said before writing: the other names a replaced file had keep its old content. */
			readonly note: string | undefined;
	  }
	| {readonly ok: false; readonly problem: string};

/**
 * Where `--out` may write. Only a regular file is ever replaced, only with
 * --force, and never one that is read-only; the new file keeps the mode of the
 * one it replaces (a private 0600 file stays private). A symbolic link is
 * written through only to a regular file the user owns; a dangling link is
 * refused (writing there would land wherever the link points later), and so
 * are folders, devices, FIFOs and sockets, even with --force. Replacing a file
 * that has other hard links detaches them, and the note says so.
 */
export function outTarget(path: string, force: boolean, lang: Language = 'en'): OutTarget {
	const t = cliMessages[lang].out;
	const shown = printable(path);
	let link: Stats;
	try {
		link = lstatSync(path);
	} catch (error) {
		if (errnoCode(error) === 'ENOENT') return {ok: true, path, mode: undefined, note: undefined};
		return {ok: false, problem: t.cantLook(shown, errnoCode(error) ?? cliMessages[lang].errno.unknown ?? 'error')};
	}
	let real = path;
	let stat = link;
	if (link.isSymbolicLink()) {
		try {
			real = realpathSync(path);
			stat = statSync(real);
		} catch {
			return {ok: false, problem: t.danglingLink(shown)};
		}
	}
	if (!stat.isFile()) {
		return {ok: false, problem: t.notRegular(shown, kindOf(stat)[lang])};
	}
	if (link.isSymbolicLink() && typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
		return {ok: false, problem: t.foreignLink(shown, printable(real))};
	}
	if (!force) return {ok: false, problem: t.exists(shown)};
	if (isReadOnly(real, stat)) {
		return {ok: false, problem: t.readOnly(shown)};
	}
	const others = stat.nlink - 1;
	const note = others > 0 ? t.hardLinks(shown, others) : undefined;
	return {ok: true, path: real, mode: stat.mode & 0o7777, note};
}

/** No write permission for anyone, or none for this user (the first holds even for root, who may write anything). */
function isReadOnly(path: string, stat: Stats): boolean {
	if ((stat.mode & 0o222) === 0) return true;
	try {
		accessSync(path, constants.W_OK);
		return false;
	} catch {
		return true;
	}
}
