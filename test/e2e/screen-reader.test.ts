import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {levelNumber, shippedLevels} from '../support/levels.js';
import {hasTmux, TerminalSession} from './tmux.js';

// Box drawing, block elements and the circuit's arrowheads: none of them reads aloud.
const drawing = /[\u2500-\u259F▶▸●]/;
const count = shippedLevels.length;
const passItThrough = levelNumber('add-pass-through');
const network = levelNumber('network-forward');
const xor = levelNumber('lab-xor');
let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

describe.skipIf(!hasTmux)('screen-reader mode in a real terminal (tmux)', () => {
	it('plays a scalar level, a network level and a lab from the menu as lines of text', async () => {
		session = new TerminalSession(['--screen-reader']);
		await session.waitForLine(`Menu. 0 of ${count} levels solved, 0 points.`);
		// The scalar level: by its number on the menu, then solved end to end.
		session.type(String(passItThrough));
		await session.waitForLine(`Level ${passItThrough} of ${count}: Pass it through.`);
		session.press('Enter');
		await session.waitForLine('f equals q times z: q is 3 and z is minus 4, so f is minus 12.');
		await session.waitForLine('Field 1 of 3: the gradient of f with respect to q. Empty.');
		for (const answer of ['-4', '-4', '-4']) {
			session.type(answer);
			session.press('Enter');
		}
		await session.waitForLine('✓ Solved!');
		session.press('Enter');
		await session.waitForLine('Level complete: Pass it through');
		session.press('Escape');
		await session.waitForLine(`Menu. 1 of ${count} levels solved, 300 points.`);

		// The network: every step a sentence; the asked value stays unsaid until found.
		session.type(String(network));
		await session.waitForLine(`Level ${network} of ${count}: Into the hidden layer.`);
		session.press('Enter');
		await session.waitForLine(
			'h1 equals w11 times x1 plus w13 times x2 plus b1: w11 is 0.15, x1 is 0.05, w13 is 0.2, x2 is 0.1 and b1 is 0.35, so h1 is what you are asked to find.',
		);
		session.type('0.378');
		session.press('Enter');
		await session.waitForLine('Field 2 of 5: capital H1. Empty.');
		session.press('Escape');
		await session.waitForLine(`Menu. 1 of ${count} levels solved`);

		// A lab: its status in words, on request with w.
		session.type(String(xor));
		await session.waitForLine(`Level ${xor} of ${count}: Learn XOR.`);
		session.press('Enter');
		await session.waitForLine(/No steps yet; goal: loss below/);
		session.press('s');
		await session.waitForLine(/Step 1, loss [0-9.]+/);
		session.type('w');
		session.press('q');
		expect(await session.exitCode()).toBe(0);

		const transcript = session.transcript();
		expect(transcript).not.toMatch(drawing);
		expect(transcript).toContain('✓ Right.');
		// Progress is saved as in the drawn game.
		const save = JSON.parse(readFileSync(join(session.dir, 'progress.json'), 'utf8'));
		expect(save.levels['add-pass-through'].status).toBe('solved');
	});

	it('is switched on by INK_SCREEN_READER=true, in Korean too', async () => {
		session = new TerminalSession(['--lang', 'ko'], {env: {INK_SCREEN_READER: 'true'}});
		await session.waitForLine(`메뉴입니다. 레벨 ${count}개 가운데 0개를 풀었고, 점수는 0점입니다.`);
		session.type(String(passItThrough));
		// The number must have moved the menu before Enter, or the two arrive as one chunk and open level 1.
		await session.waitForLine(`레벨 ${passItThrough}/${count}:`);
		session.press('Enter');
		await session.waitForLine('x는 입력이고 값은 마이너스 2입니다.');
		await session.waitForLine('입력 칸 1/3: q에 대한 f의 기울기. 비어 있음.');
		session.press('C-c');
		expect(await session.exitCode()).toBe(0);
		expect(session.transcript()).not.toMatch(drawing);
	});
});
