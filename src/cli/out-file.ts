import {lstatSync, realpathSync, type Stats, statSync} from 'node:fs';
import {errnoCode} from '../levels/errno.js';
import {kindOf} from '../levels/pack-files.js';

export type OutTarget = {readonly ok: true; readonly path: string} | {readonly ok: false; readonly problem: string};

/**
 * Where `--out` may write. Only a regular file is ever replaced, and only with
 * --force; a symbolic link to one is followed to it, a dangling link is refused
 * (writing there would land wherever the link points later), and folders,
 * devices, FIFOs and sockets are refused even with --force.
 */
export function outTarget(path: string, force: boolean): OutTarget {
	let link: Stats;
	try {
		link = lstatSync(path);
	} catch (error) {
		if (errnoCode(error) === 'ENOENT') return {ok: true, path};
		return {ok: false, problem: `can't look at ${path} (${errnoCode(error) ?? 'error'})`};
	}
	let real = path;
	let stat = link;
	if (link.isSymbolicLink()) {
		try {
			real = realpathSync(path);
			stat = statSync(real);
		} catch {
			return {ok: false, problem: `${path} is a symbolic link to nothing; remove it or choose another file`};
		}
	}
	if (!stat.isFile()) {
		return {ok: false, problem: `${path} is ${kindOf(stat)}, not a regular file; only a regular file is replaced`};
	}
	if (!force) return {ok: false, problem: `${path} already exists; add --force to overwrite it`};
	return {ok: true, path: real};
}
