import {accessSync, constants, lstatSync, realpathSync, type Stats, statSync} from 'node:fs';
import {printable} from '../levels/clean-text.js';
import {errnoCode} from '../levels/errno.js';
import {kindOf} from '../levels/pack-files.js';

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
export function outTarget(path: string, force: boolean): OutTarget {
	const shown = printable(path);
	let link: Stats;
	try {
		link = lstatSync(path);
	} catch (error) {
		if (errnoCode(error) === 'ENOENT') return {ok: true, path, mode: undefined, note: undefined};
		return {ok: false, problem: `can't look at ${shown} (${errnoCode(error) ?? 'error'})`};
	}
	let real = path;
	let stat = link;
	if (link.isSymbolicLink()) {
		try {
			real = realpathSync(path);
			stat = statSync(real);
		} catch {
			return {ok: false, problem: `${shown} is a symbolic link to nothing; remove it or choose another file`};
		}
	}
	if (!stat.isFile()) {
		return {ok: false, problem: `${shown} is ${kindOf(stat)}, not a regular file; only a regular file is replaced`};
	}
	if (link.isSymbolicLink() && typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
		return {
			ok: false,
			problem: `${shown} is a symbolic link to ${printable(real)}, which belongs to another user; it is not written through`,
		};
	}
	if (!force) return {ok: false, problem: `${shown} already exists; add --force to overwrite it`};
	if (isReadOnly(real, stat)) {
		return {
			ok: false,
			problem: `${shown} is read-only, so it is not replaced, even with --force; make it writable (chmod u+w) or choose another file`,
		};
	}
	const others = stat.nlink - 1;
	const note =
		others > 0
			? `${shown} has ${others} other hard link${others === 1 ? '' : 's'}; ${others === 1 ? 'it keeps' : 'they keep'} the old content, and ${shown} becomes a file of its own`
			: undefined;
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
