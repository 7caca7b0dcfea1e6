import {mkdtempSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {withFileLock} from '../../src/cli/file-lock.js';

const saveIn = () => join(mkdtempSync(join(tmpdir(), 'bpq-lock-')), 'progress.json');
const age = (path: string, seconds: number) => {
	const then = Date.now() / 1000 - seconds;
	utimesSync(path, then, then);
};

describe('the save lock', () => {
	it('clears an empty lock left by a process killed before it wrote its pid', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, '');
		age(`${save}.lock`, 2);
		expect(withFileLock(save, () => 'saved')).toBe('saved');
	});

	it('clears a lock whose owner is gone', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `999999999\n${hostname()}\n`);
		expect(withFileLock(save, () => 'saved')).toBe('saved');
	});

	it('waits for a live owner, then says the save is held by another game', () => {
		const save = saveIn();
		writeFileSync(`${save}.lock`, `${process.pid}\n${hostname()}\n`);
		expect(() => withFileLock(save, () => 'saved')).toThrow(/held by another backprop-quest/);
	});
});
