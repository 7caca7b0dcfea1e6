import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {hostname} from 'node:os';
import {errnoCode} from '../levels/errno.js';

/** A lock older than this is from a process that died while saving: a save takes milliseconds. */
const staleAfterMs = 10_000;
/** A lock still without its owner's pid after this was left by a process killed between creating and writing it. */
const unwrittenAfterMs = 500;
/** How long a save waits for another instance to finish its own. */
const waitAtMostMs = 2_000;
const pauseMs = 15;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `work` while holding `<file>.lock`, so two games on one data folder take
 * turns reading, merging and writing the save. The lock is a file created
 * exclusively with the owner's pid and host; one left by a process that is gone
 * (or older than a save can take) is cleared. Throws an error with code ELOCKED
 * when another instance holds it for too long.
 */
export function withFileLock<T>(file: string, work: () => T): T {
	const lock = `${file}.lock`;
	const deadline = Date.now() + waitAtMostMs;
	for (;;) {
		if (tryLock(lock)) break;
		if (isStale(lock)) {
			removeQuietly(lock);
			continue;
		}
		if (Date.now() > deadline) {
			throw Object.assign(new Error(`${lock} is held by another backprop-quest`), {code: 'ELOCKED'});
		}
		Atomics.wait(pause, 0, 0, pauseMs);
	}
	try {
		return work();
	} finally {
		removeQuietly(lock);
	}
}

function tryLock(lock: string): boolean {
	let fd: number;
	try {
		fd = openSync(lock, 'wx', 0o644);
	} catch (error) {
		if (errnoCode(error) === 'EEXIST') return false;
		throw error;
	}
	try {
		writeSync(fd, `${process.pid}\n${hostname()}\n`);
	} catch (error) {
		// A full disk can make the empty lock file but not its contents: never leave such a lock behind.
		closeSync(fd);
		removeQuietly(lock);
		throw error;
	}
	closeSync(fd);
	return true;
}

function isStale(lock: string): boolean {
	let text: string;
	let age: number;
	try {
		text = readFileSync(lock, 'utf8');
		age = Date.now() - statSync(lock).mtimeMs;
	} catch {
		// Gone already: the next try takes it.
		return false;
	}
	if (age > staleAfterMs) return true;
	const [pid, host] = text.split('\n');
	// A lock being written has no pid yet; give its owner the benefit of the doubt, but only for
	// as long as writing one line can take: an empty lock older than that lost its owner to a kill.
	if (pid === undefined || !/^\d+$/.test(pid)) return age > unwrittenAfterMs;
	if (host !== hostname()) return false;
	return !isAlive(Number(pid));
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errnoCode(error) === 'EPERM';
	}
}

function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Someone else cleared it.
	}
}
