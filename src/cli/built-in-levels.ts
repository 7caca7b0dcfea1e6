import {createHash} from 'node:crypto';

// Set by scripts/build.mjs: the SHA-256 of every shipped level file that passed
// the schema and built its graphs when the bundle was made. Absent when run from source.
declare const BACKPROP_QUEST_CHECKED_LEVELS: readonly string[] | undefined;

const checked: ReadonlySet<string> = new Set(
	typeof BACKPROP_QUEST_CHECKED_LEVELS === 'undefined' ? [] : BACKPROP_QUEST_CHECKED_LEVELS,
);

/** The SHA-256 of a level file's text, as the build records it. */
export function levelFileSum(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/**
 * Whether a level file is one the build checked, unchanged: the game trusts it
 * and skips its schema check at start-up. An edited file no longer matches and
 * is checked as any other pack is.
 */
export function checkedAtBuild(text: string): boolean {
	return checked.size > 0 && checked.has(levelFileSum(text));
}
