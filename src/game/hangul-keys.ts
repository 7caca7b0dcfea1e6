// With a Korean (2-beolsik) layout active, letter keys arrive as Hangul. The
// game's keys are Latin letters, so each jamo is mapped back to the key that
// types it, and composed syllables are split into their jamo first.

// Keys in Unicode order: the 19 initial consonants, the 21 vowels, the 28
// finals (the first is "no final"), and the compatibility jamo ㄱ…ㅎ.
const initials = 'r R s e E f a q Q t T d w W c z x v g'.split(' ');
const medials = 'k o i O j p u P h hk ho hl y n nj np nl b m ml l'.split(' ');
const finals = ['', ...'r R rt s sw sg e f fr fa fq ft fx fv fg a q qt t T d w c z x v g'.split(' ')];
// Compatibility jamo, U+3131 ㄱ … U+3163 ㅣ: the consonants, then the same vowels as above.
const compatibilityJamo = [
	...'r R rt s sw sg e E f fr fa fq ft fx fv fg a q Q qt t T d w W c z x v g'.split(' '),
	...medials,
];

const syllableStart = 0xac00;
const syllableEnd = 0xd7a3;

/** Rewrites Hangul typed on a 2-beolsik layout as the Latin keys that produced it: ㅂ → q, 해 → go. */
export function hangulToKeys(input: string): string {
	let out = '';
	for (const ch of input) {
		const code = ch.codePointAt(0) ?? 0;
		if (code >= 0x3131 && code <= 0x3163) {
			out += compatibilityJamo[code - 0x3131] ?? ch;
		} else if (code >= syllableStart && code <= syllableEnd) {
			const index = code - syllableStart;
			out +=
				(initials[Math.floor(index / 588)] ?? '') +
				(medials[Math.floor((index % 588) / 28)] ?? '') +
				(finals[index % 28] ?? '');
		} else {
			out += ch;
		}
	}
	return out;
}
