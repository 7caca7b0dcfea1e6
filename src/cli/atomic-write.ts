import {randomBytes} from 'node:crypto';
import {closeSync, fchmodSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname} from 'node:path';

/** The prefix of every temporary file written beside `file`; what follows it is random. */
export function tempPrefix(file: string): string {
	return `${basename(file)}.tmp-`;
}

export type AtomicWriteOptions = {
	/** The new file's exact permissions (those of a file it replaces); 0644 less the umask when unset. */
	readonly mode?: number;
	/** Runs when the temporary file is complete, just before it replaces `file`; throwing keeps the old file. */
	readonly beforeRename?: () => void;
};

/**
 * Writes a file whole or not at all: a temporary file with an unpredictable name,
 * created exclusively (a planted file or link at that name is never followed),
 * every byte written (a short write or ENOSPC, EFBIG, EDQUOT fails the save),
 * flushed to disk, renamed over the old file, and the folder flushed so the rename
 * itself survives a power cut. On any failure the old file is untouched and the
 * temporary file removed; the error is thrown.
 */
export function writeFileAtomically(file: string, text: string, options: AtomicWriteOptions = {}): void {
	const {mode, beforeRename} = options;
	const temp = `${dirname(file)}/${tempPrefix(file)}${randomBytes(8).toString('hex')}`;
	const fd = openSync(temp, 'wx', mode ?? 0o644);
	try {
		try {
			// The umask narrows the mode given to open; a file replaced keeps its own mode exactly.
			if (mode !== undefined) fchmodSync(fd, mode);
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
