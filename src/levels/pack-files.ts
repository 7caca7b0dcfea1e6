import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readdirSync,
	readSync,
	realpathSync,
	type Stats,
} from 'node:fs';
import {join, sep} from 'node:path';
import {cleanText, describeUnsafe, hasUnsafeText, printable} from './clean-text.js';
import {errnoCode} from './errno.js';
import type {Localized} from './language.js';
import {packLimits} from './limits.js';

/** A pack file that can't be read, in English and in every language a player may meet it in. */
type Problem = {
	readonly file: string;
	readonly path: string;
	readonly message: string;
	readonly text: Localized<string>;
};

/** Why a pack or one of its files can't be read: the same words in every language the game speaks. */
export type Unreadable = Localized<string>;

const problemAt = (file: string, text: Unreadable): Problem => ({file, path: '', message: text.en, text});

const unreadable = (code: string): Unreadable => ({
	en: `can't be read (${code})`,
	ko: `읽을 수 없습니다(${code})`,
});

/**
 * The level files of a pack: every `*.json` in a folder, in name order, or the
 * one file named. A pack file must be a regular file inside the pack folder: a
 * link out of it, a device, a FIFO or a socket is refused without being opened.
 */
export function packFiles(target: string): {files: string[]; problems: Problem[]} {
	let stat: Stats;
	try {
		stat = lstatSync(target);
	} catch {
		return {
			files: [],
			problems: [problemAt(target, {en: 'no such file or folder', ko: '그런 파일이나 폴더가 없습니다'})],
		};
	}
	if (!stat.isDirectory() && !(stat.isSymbolicLink() && isFolder(target))) return {files: [target], problems: []};
	const problems: Problem[] = [];
	let folder: string;
	let names: string[];
	try {
		folder = realpathSync(target);
		names = readdirSync(target)
			.filter(name => name.endsWith('.json'))
			.sort();
	} catch (error) {
		return {files: [], problems: [problemAt(target, unreadable(codeOf(error)))]};
	}
	if (names.length > packLimits.files) {
		problems.push(
			problemAt(target, {
				en: `has ${names.length} level files; a pack holds at most ${packLimits.files}, so the rest are left out`,
				ko: `레벨 파일이 ${names.length}개 있습니다. 팩 하나에는 ${packLimits.files}개까지만 들어가므로 나머지는 뺐습니다`,
			}),
		);
		names = names.slice(0, packLimits.files);
	}
	const files: string[] = [];
	for (const name of names) {
		const file = join(target, name);
		const problem = outsideOrSpecial(file, folder);
		if (problem === undefined) files.push(file);
		else problems.push(problemAt(file, problem));
	}
	return {files, problems};
}

function isFolder(path: string): boolean {
	try {
		return realpathSync(path) !== '' && lstatSync(realpathSync(path)).isDirectory();
	} catch {
		return false;
	}
}

/** Why a file in the pack folder can't be a level file, if it can't. */
function outsideOrSpecial(file: string, folder: string): Unreadable | undefined {
	let stat: Stats;
	try {
		stat = lstatSync(file);
	} catch (error) {
		return unreadable(codeOf(error));
	}
	if (stat.isSymbolicLink()) {
		let real: string;
		try {
			real = realpathSync(file);
		} catch {
			return {en: 'is a link to nothing', ko: '아무것도 가리키지 않는 링크입니다'};
		}
		if (!real.startsWith(folder + sep))
			return {
				en: 'is a link to a file outside the pack folder; pack files must be inside it',
				ko: '팩 폴더 밖의 파일을 가리키는 링크입니다. 팩 파일은 폴더 안에 있어야 합니다',
			};
		try {
			stat = lstatSync(real);
		} catch (error) {
			return unreadable(codeOf(error));
		}
	}
	return stat.isFile() ? undefined : notRegular(stat);
}

const notRegular = (stat: Stats): Unreadable => ({
	en: `is ${kindOf(stat).en}, not a regular file`,
	ko: `일반 파일이 아니라 ${kindOf(stat).ko}입니다`,
});

/** What a path that is not a regular file is, in words for a one-line message. */
export function kindOf(stat: Stats): Localized<string> {
	if (stat.isDirectory()) return {en: 'a folder', ko: '폴더'};
	if (stat.isFIFO()) return {en: 'a FIFO', ko: 'FIFO'};
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return {en: 'a device', ko: '장치 파일'};
	if (stat.isSocket()) return {en: 'a socket', ko: '소켓'};
	return {en: 'something else', ko: '다른 종류의 파일'};
}

/**
 * Reads one pack file as UTF-8, refusing anything but a regular file of at most
 * packLimits.fileBytes. Opened without blocking, so a FIFO put in its place
 * after the folder was listed can't hang the game.
 */
export function readPackFile(file: string): {text: string} | {problem: Unreadable} {
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		return {problem: unreadable(codeOf(error))};
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return {problem: notRegular(stat)};
		if (stat.size > packLimits.fileBytes) return {problem: tooBig(stat.size)};
		// Sized to the file (one byte more shows whether it grew), not to the limit: a
		// zeroed half megabyte for each file was most of what loading a pack cost.
		let buffer: Buffer = Buffer.allocUnsafe(stat.size + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) buffer = grown(buffer);
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
			if (length > packLimits.fileBytes) return {problem: tooBig(length)};
		}
		return {text: buffer.toString('utf8', 0, length)};
	} catch (error) {
		return {problem: unreadable(codeOf(error))};
	} finally {
		closeSync(fd);
	}
}

/** A copy of a full read buffer with twice the room, never more than the limit and one byte. */
function grown(buffer: Buffer): Buffer {
	const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, packLimits.fileBytes + 1));
	buffer.copy(bigger);
	return bigger;
}

const tooBig = (bytes: number): Unreadable => {
	const far = bytes > packLimits.fileBytes * 4;
	return {
		en: `is ${far ? 'far ' : ''}larger than the ${packLimits.fileBytes / 1024} KB a level file may have`,
		ko: `레벨 파일에 허용되는 ${packLimits.fileBytes / 1024} KB보다 ${far ? '훨씬 ' : ''}큽니다`,
	};
};

const codeOf = (error: unknown) => errnoCode(error) ?? 'error';

/**
 * A copy of a level file's JSON in which every string and every key is clean
 * text (see cleanText); each change is reported with its JSON path. Walked with
 * an explicit stack, and refused (undefined) when it nests deeper than
 * packLimits.jsonDepth, so no file can exhaust the call stack of what reads it next.
 */
export function cleanPackJson(json: unknown, report: (path: string, message: string) => void): unknown {
	const clean = (text: string, path: string) => {
		if (!hasUnsafeText(text)) return text;
		report(path, `contains ${describeUnsafe(text)}; they were removed`);
		return cleanText(text);
	};
	const copy = (value: unknown, path: string): unknown =>
		typeof value === 'string'
			? clean(value, path)
			: Array.isArray(value)
				? []
				: typeof value === 'object' && value !== null
					? {}
					: value;
	const root = copy(json, '');
	const stack: {from: unknown; to: unknown; path: string; depth: number}[] = [
		{from: json, to: root, path: '', depth: 1},
	];
	for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
		const {from, to, path, depth} = item;
		if (typeof from !== 'object' || from === null) continue;
		if (depth > packLimits.jsonDepth) {
			report(path, `nests deeper than ${packLimits.jsonDepth} levels`);
			return undefined;
		}
		if (Array.isArray(from)) {
			const target = to as unknown[];
			from.forEach((value, i) => {
				const at = `${path}[${i}]`;
				target.push(copy(value, at));
				stack.push({from: value, to: target[i], path: at, depth: depth + 1});
			});
			continue;
		}
		// Keys that need no cleaning first, so a cleaned key can never replace one written as it is.
		const keys = Object.keys(from);
		const ordered = [...keys.filter(k => !hasUnsafeText(k)), ...keys.filter(k => hasUnsafeText(k))];
		for (const key of ordered) {
			const value = (from as Record<string, unknown>)[key];
			const shown = printable(key);
			const at = path === '' ? shown : `${path}.${shown}`;
			const cleanKey = clean(key, at);
			if (Object.hasOwn(to as object, cleanKey)) {
				report(
					at,
					`without its control characters this key is '${printable(cleanKey)}', which is already here; it is left out`,
				);
				continue;
			}
			const made = copy(value, at);
			// defineProperty, so a key named __proto__ stays a key.
			Object.defineProperty(to, cleanKey, {value: made, enumerable: true, writable: true, configurable: true});
			stack.push({from: value, to: made, path: at, depth: depth + 1});
		}
	}
	return root;
}
