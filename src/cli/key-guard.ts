import {PassThrough} from 'node:stream';

const esc = '\u001B';
/** The numbered keys `ESC [ n ~` (also rxvt's `$` and `^` forms): home, insert, delete, end, page keys, F1–F12. */
const numberedKeys = new Set([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]);
/** Lettered keys after `ESC [`: arrows, clear, end, home, shift-tab, and rxvt's shifted arrows. */
const csiLetters = new Set('ABCDEFHZabcde');
/** Lettered keys after `ESC O`: arrows, clear, end, home, F1–F4, and rxvt's control arrows. */
const ss3Letters = new Set('ABCDEFHPQRSabcde');

/**
 * Removes every escape sequence that is not a key Ink can name. Ink 6.8 throws
 * on a control-modified sequence it has no name for (Ctrl+F1 sent as
 * `ESC [1;5P`, or a terminal's status report `ESC [5n`), which would end the
 * game; no key the game uses is lost. Text, lone Escape and Alt+key pass through.
 * Returns the text to pass on and any unfinished sequence at the end, to be
 * joined with the next chunk.
 */
export function keepKnownKeys(chunk: string): {text: string; rest: string} {
	let text = '';
	let i = 0;
	while (i < chunk.length) {
		const start = chunk.indexOf(esc, i);
		if (start === -1) {
			text += chunk.slice(i);
			break;
		}
		text += chunk.slice(i, start);
		let k = start;
		while (chunk[k + 1] === esc) k++;
		const kind = chunk[k + 1];
		if (kind !== '[' && kind !== 'O') {
			// Escape itself, or Alt with a key.
			text += chunk.slice(start, k + 1);
			i = k + 1;
			continue;
		}
		const sequence = readSequence(chunk, k + 1);
		if (sequence === undefined) return {text, rest: chunk.slice(start)};
		if (sequence.known) text += chunk.slice(start, sequence.end);
		i = sequence.end;
	}
	return {text, rest: ''};
}

/** Reads `[…final` or `O…final` starting at `at`; undefined when the chunk ends first. */
function readSequence(chunk: string, at: number): {end: number; known: boolean} | undefined {
	let j = at + 1;
	const doubled = chunk[at] === '[' && chunk[j] === '[';
	if (doubled) j++;
	const paramsStart = j;
	while (j < chunk.length && /[0-9;:<=>?]/.test(chunk[j] ?? '')) j++;
	if (j >= chunk.length) {
		// `ESC O` alone may be Alt+O; only a bracket promises more to come.
		return chunk[at] === 'O' && j === paramsStart ? {end: j, known: true} : undefined;
	}
	const final = chunk[j] ?? '';
	const params = chunk.slice(paramsStart, j);
	const end = j + 1;
	if (!/^[\d;]*$/.test(params)) return {end, known: false};
	if (chunk[at] === 'O') return {end, known: ss3Letters.has(final) && /^\d*$/.test(params)};
	if (doubled) return {end, known: params === '' ? /^[A-E]$/.test(final) : final === '~' && /^[56]$/.test(params)};
	if (final === '~' || final === '$' || final === '^') {
		const [key = '', ...modifiers] = params.split(';');
		return {end, known: numberedKeys.has(Number(key)) && modifiers.length <= 1};
	}
	return {end, known: csiLetters.has(final) && /^(1;)?\d*$/.test(params)};
}

/** How long an unfinished sequence waits for the rest before it is passed on as it is. */
const pendingMs = 30;

/**
 * The terminal's input as Ink should see it: `source` (a TTY) filtered through
 * keepKnownKeys. Ink turns raw mode on and off and refs the stream; that goes
 * straight to `source`.
 */
export function guardedStdin(source: NodeJS.ReadStream): NodeJS.ReadStream {
	const guarded = new PassThrough({encoding: 'utf8'}) as PassThrough & {
		isTTY: boolean;
		setRawMode(mode: boolean): unknown;
		ref(): unknown;
		unref(): unknown;
	};
	let rest = '';
	let timer: NodeJS.Timeout | undefined;
	const pass = (chunk: string) => {
		clearTimeout(timer);
		const kept = keepKnownKeys(rest + chunk);
		rest = kept.rest;
		if (kept.text !== '') guarded.write(kept.text);
		if (rest !== '') {
			timer = setTimeout(() => {
				const late = rest;
				rest = '';
				guarded.write(late);
			}, pendingMs);
		}
	};
	const onData = (data: Buffer | string) => pass(typeof data === 'string' ? data : data.toString('utf8'));
	guarded.isTTY = source.isTTY === true;
	guarded.setRawMode = (mode: boolean) => {
		source.setRawMode?.(mode);
		if (mode) source.on('data', onData);
		else {
			source.off('data', onData);
			source.pause();
		}
		return guarded;
	};
	guarded.ref = () => {
		source.ref();
		return guarded;
	};
	guarded.unref = () => {
		source.unref();
		return guarded;
	};
	return guarded as unknown as NodeJS.ReadStream;
}
