// With a Korean (2-beolsik) layout active, letter keys arrive as Hangul, and an
// input method commits a whole syllable at once (ㅎ then ㅛ arrives as '효').
// The game's keys are Latin letters, so Hangul is turned back into the keys
// that typed it: ㅂ → q, 효 → gy, 닭 → ekfr.

import {convertHangulToQwerty} from 'es-hangul';

const hangul = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/u;

/** Whether the text holds a Hangul syllable or jamo. */
export function hasHangul(text: string): boolean {
	return hangul.test(text);
}

/** Rewrites Hangul typed on a 2-beolsik layout as the Latin keys that produced it; other characters stay. */
export function hangulToKeys(input: string): string {
	return hasHangul(input) ? convertHangulToQwerty(input) : input;
}
