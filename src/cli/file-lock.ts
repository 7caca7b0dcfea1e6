import {randomBytes} from 'node:crypto';
import {
	closeSync,
	futimesSync,
	linkSync,
	openSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync,
} from 'node:fs';
import {hostname} from 'node:os';
import {errnoCode} from '../levels/errno.js';

/**
 * A lock from another host can't be checked by its pid, so its owner touches it
 * while saving (a heartbeat); one untouched for this long lost its owner.
 * On this host a lock is stale only when its owner's process is gone, never by age.
 */
const heartbeatStaleMs = 30_000;
/** A lock still without its owner's pid after this was left by a process killed between creating and writing it. */
const unwrittenAfterMs = 500;
/** How long a save waits for another instance to finish its own, unless told otherwise. */
const defaultWaitMs = 2_000;
const pauseMs = 15;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** The lock a piece of work holds: it can prove it still owns it, and show it is alive. */
export type HeldLock = {
	/** True while `<file>.lock` is still this holder's (nobody judged it stale and took it). */
	readonly stillMine: () => boolean;
	/** Touches the lock so that an instance on another host sees its owner is alive. */
	readonly heartbeat: () => void;
};

export type LockOptions = {
	/** How long to wait for a live owner before giving up with ELOCKED. @default 2000 */
	readonly waitMs?: number;
};

/**
 * Runs `work` while holding `<file>.lock`, so two games on one data folder take
 * turns reading, merging and writing the save. The lock is a file created
 * exclusively with the owner's pid, host, process start and a random token.
 * It is taken over only when its owner is gone: on this host, when the pid is
 * not running (or now belongs to a process that started later); from another
 * host, when its heartbeat has stopped. A holder only ever removes its own lock.
 * Throws an error with code ELOCKED when a live owner holds it for longer than
 * `waitMs`.
 */
export function withFileLock<T>(file: string, work: (lock: HeldLock) => T, options: LockOptions = {}): T {
	const lock = `${file}.lock`;
	const deadline = Date.now() + (options.waitMs ?? defaultWaitMs);
	let held: {fd: number; token: string} | undefined;
	for (;;) {
		held = tryLock(lock);
		if (held !== undefined) break;
		const stale = staleOwner(lock);
		if (stale !== undefined) {
			clearStale(lock, stale);
			continue;
		}
		if (Date.now() > deadline) {
			throw Object.assign(new Error(`${lock} is held by another backprop-quest`), {code: 'ELOCKED'});
		}
		Atomics.wait(pause, 0, 0, pauseMs);
	}
	const {fd, token} = held;
	const handle: HeldLock = {
		stillMine: () => ownerText(lock)?.split('\n')[3] === token,
		heartbeat: () => {
			try {
				const now = new Date();
				futimesSync(fd, now, now);
			} catch {
				// The lock file is gone; stillMine says so before anything is committed.
			}
		},
	};
	try {
		return work(handle);
	} finally {
		closeSync(fd);
		if (handle.stillMine()) removeQuietly(lock);
	}
}

/** The text a lock holds: `pid`, `host`, `process start`, `token`, one a line. */
function lockText(token: string): string {
	return `${process.pid}\n${hostname()}\n${processStart(process.pid) ?? ''}\n${token}\n`;
}

function tryLock(lock: string): {fd: number; token: string} | undefined {
	let fd: number;
	try {
		fd = openSync(lock, 'wx', 0o644);
	} catch (error) {
		if (errnoCode(error) === 'EEXIST') return undefined;
		throw error;
	}
	const token = randomBytes(12).toString('hex');
	try {
		writeSync(fd, lockText(token));
	} catch (error) {
		// A full disk can make the empty lock file but not its contents: never leave such a lock behind.
		closeSync(fd);
		removeQuietly(lock);
		throw error;
	}
	return {fd, token};
}

function ownerText(lock: string): string | undefined {
	try {
		return readFileSync(lock, 'utf8');
	} catch {
		return undefined;
	}
}

/** The lock's text when its owner is gone, so it may be cleared; undefined while the owner may be alive. */
function staleOwner(lock: string): string | undefined {
	let text: string;
	let age: number;
	try {
		text = readFileSync(lock, 'utf8');
		age = Date.now() - statSync(lock).mtimeMs;
	} catch {
		// Gone already: the next try takes it.
		return undefined;
	}
	const [pid, host, started] = text.split('\n');
	// A lock being written has no pid yet; give its owner the benefit of the doubt, but only for
	// as long as writing one line can take: an empty lock older than that lost its owner to a kill.
	if (pid === undefined || !/^\d+$/.test(pid)) return age > unwrittenAfterMs ? text : undefined;
	if (host !== hostname()) return age > heartbeatStaleMs ? text : undefined;
	if (!isAlive(Number(pid))) return text;
	// The pid is running, but it may be a later process that was given a dead owner's number.
	const now = processStart(Number(pid));
	return started !== undefined && started !== '' && now !== undefined && now !== started ? text : undefined;
}

/**
 * Clears a stale lock without ever removing a fresh one: the lock is moved
 * aside first (one atomic step), and if what was moved is not the lock judged
 * stale (another instance cleared it and took a new one meanwhile), it is put
 * back. Should even that race be lost, the new owner sees its lock is no longer
 * its own before it commits, and saves again.
 */
function clearStale(lock: string, staleText: string): void {
	const aside = `${lock}.stale-${randomBytes(6).toString('hex')}`;
	try {
		renameSync(lock, aside);
	} catch {
		return;
	}
	if (ownerText(aside) !== staleText) {
		try {
			linkSync(aside, lock);
		} catch {
			// A newer lock is already in place; its owner goes first.
		}
	}
	removeQuietly(aside);
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errnoCode(error) === 'EPERM';
	}
}

/** When a process started, in clock ticks since boot (Linux only): tells a pid's later owner from its first. */
function processStart(pid: number): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces) start at its closing bracket; start time is field 22.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Someone else cleared it.
	}
}
