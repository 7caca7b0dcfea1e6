// Text from level packs (and file names, and anything else the game did not
// write itself) is data: it must never reach the terminal as a command. An
// escape sequence can set the clipboard (OSC 52) or the window title, a bidi
// override can make a line read differently from what it is.

/** A whole escape sequence: CSI, OSC/DCS/APC/PM/SOS strings up to their end, or ESC and one character. */
const escapeSequence =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
	/\u001B(?:\[[0-?]*[ -/]*[@-~]?|[\]P_^X][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|[ -~]?)/g;
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi controls (embeddings, overrides, isolates, marks). */
const unsafeCharacter =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same, for names (file names, keys), where a tab or line break is also out of place. */
const unsafeInName =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
	/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Whether a pack string holds anything that cleanText would remove. */
export function hasUnsafeText(text: string): boolean {
	unsafeCharacter.lastIndex = 0;
	return unsafeCharacter.test(text);
}

/** A pack string without escape sequences or control characters; tabs and line breaks stay. */
export function cleanText(text: string): string {
	return text.replace(escapeSequence, '').replace(unsafeCharacter, '');
}

/**
 * A name safe to print, with anything unsafe shown as a visible code (`\u001b`),
 * so an author can see what is wrong with a file or key name without the
 * terminal acting on it.
 */
export function printable(text: string): string {
	return text.replace(unsafeInName, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Which unsafe characters a string holds, named for a warning. */
export function describeUnsafe(text: string): string {
	const found = new Set<string>();
	for (const ch of text.match(unsafeCharacter) ?? []) {
		const code = ch.charCodeAt(0);
		found.add(
			code === 0x1b
				? 'escape sequences'
				: code >= 0x80 && code <= 0x9f
					? 'C1 control characters'
					: code >= 0x200e
						? 'bidirectional text controls'
						: code === 0x61c
							? 'bidirectional text controls'
							: 'control characters',
		);
	}
	return [...found].join(', ');
}
