// A find-the-bug level's planted mistake, as a pack file handed to students
// holds it: `"bug": "sealed:…"` instead of `{"node": "q", "mistake": "ownValue"}`,
// so the row to find can't be read off the file at a glance. This obscures,
// it does not keep a secret: anyone with this code can open it, and the game
// opens it when it loads the level. The level's id salts it, so the same bug
// in two levels reads differently.

/** A planted mistake in the plain form: the node whose gradient row is wrong, and the diagnosis planted there. */
export type PlantedBug = {readonly node: string; readonly mistake: string};

const prefix = 'sealed:';

/** What a sealed bug looks like in a file; the schema checks this much. */
export const sealedBugPattern = /^sealed:[A-Za-z0-9_-]+$/;

/** What an opened bug must read: a node name, a space, a diagnosis's name. */
const openedPattern = /^([A-Za-z_][A-Za-z0-9_]*) ([A-Za-z]+)$/;

/** A byte stream from the level's id (FNV-1a, then xorshift), the same on every machine. */
function keyStream(id: string, length: number): number[] {
	let state = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) state = Math.imul(state ^ id.charCodeAt(i), 0x01000193);
	state = state >>> 0 || 1;
	return Array.from({length}, () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state & 0xff;
	});
}

const mixed = (bytes: Uint8Array, id: string) => {
	const key = keyStream(id, bytes.length);
	return bytes.map((b, i) => b ^ (key[i] ?? 0));
};

/** The bug as a pack file writes it for the level `id`. */
export function sealBug(id: string, bug: PlantedBug): string {
	const bytes = mixed(new TextEncoder().encode(`${bug.node} ${bug.mistake}`), id);
	return `${prefix}${Buffer.from(bytes).toString('base64url')}`;
}

/** The plain bug behind a sealed one, or undefined when it was not sealed for this id (or not by this game). */
export function openBug(id: string, sealed: string): PlantedBug | undefined {
	if (!sealedBugPattern.test(sealed)) return undefined;
	const bytes = mixed(new Uint8Array(Buffer.from(sealed.slice(prefix.length), 'base64url')), id);
	const match = openedPattern.exec(new TextDecoder().decode(bytes));
	if (match === null) return undefined;
	const [, node = '', mistake = ''] = match;
	return {node, mistake};
}

/** A level's planted bug in either form; undefined for a sealed one that does not open. */
export function plantedBug(spec: {readonly id: string; readonly bug: PlantedBug | string}): PlantedBug | undefined {
	return typeof spec.bug === 'string' ? openBug(spec.id, spec.bug) : spec.bug;
}
