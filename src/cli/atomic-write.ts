import {randomBytes} from 'node:crypto';
import {closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname} from 'node:path';

/** The prefix of every temporary file written beside `file`; what follows it is random. */
export function tempPrefix(file: string): string {
	return `${basename(file)}.tmp-`;
}

/**
 * Writes a file whole or not at all: a temporary file with an unpredictable name,
 * created exclusively (a planted file or link at that name is never followed),
 * every byte written (a short write or ENOSPC, EFBIG, EDQUOT fails the save),
 * flushed to disk, renamed over the old file, and the folder flushed so the rename
 * itself survives a power cut. On any failure the old file is untouched and the
 * temporary file removed; the error is thrown.
 */
export function writeFileAtomically(
	file: string,
	text: string,
	mode = 0o644,
	/** Runs when the temporary file is complete, just before it replaces `file`; throwing keeps the old file. */
	beforeRename?: () => void,
): void {
	const temp = `${dirname(file)}/${tempPrefix(file)}${randomBytes(8).toString('hex')}`;
	const fd = openSync(temp, 'wx', mode);
	try {
		try {
			writeAll(fd, Buffer.from(text, 'utf8'));
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		beforeRename?.();
		renameSync(temp, file);
	} catch (error) {
		try {
			unlinkSync(temp);
		} catch {
			// Already renamed or never there.
		}
		throw error;
	}
	fsyncFolder(dirname(file));
}

function writeAll(fd: number, bytes: Buffer): void {
	let offset = 0;
	while (offset < bytes.length) {
		const written = writeSync(fd, bytes, offset, bytes.length - offset);
		// A write that makes no progress would loop forever; treat it as a full disk.
		if (written <= 0) throw Object.assign(new Error('no space left to write'), {code: 'ENOSPC'});
		offset += written;
	}
}

/** Flushes a folder's entries (a rename) to disk; some systems can't, and lose nothing by it. */
export function fsyncFolder(folder: string): void {
	let fd: number | undefined;
	try {
		fd = openSync(folder, 'r');
		fsyncSync(fd);
	} catch {
		// Windows and some network file systems refuse to open or flush a folder.
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
