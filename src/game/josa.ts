// Korean particles (조사) whose form depends on how the word before them is
// read aloud: 값을 but 기울기를, w21은 (이십일 → 일) but E2는 (이), L로 but 7로 (칠).
// es-hangul picks the form from a Hangul word; the game's words are often
// numbers, Latin variables and Greek letters, so this file first says how such
// a word ends when read, then lets es-hangul choose.

import {josa as pickFromHangul} from 'es-hangul';

export type Particle = '을/를' | '이/가' | '은/는' | '와/과' | '으로/로';

/** The word with its particle attached, no space between: ('E1', '을/를') → 'E1을'. */
export function josa(word: string | number, particle: Particle): string {
	// A space before a particle is always a mistake, so a trailing one is dropped.
	const text = String(word).trimEnd();
	return text + particleFor(text, particle);
}

/** Only the particle's form that fits the word: ('7', '을/를') → '을'. */
export function particleFor(word: string | number, particle: Particle): string {
	return pickFromHangul.pick(spokenEnding(String(word)), particle);
}

const digitNames = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
// Units read after the last non-zero digit of a whole number, by how many zeros follow it.
const unitsByZeros = ['', '십', '백', '천', '만', '만', '만', '만', '억', '억', '억', '억', '조', '조', '조', '조'];

const letterNames: Readonly<Record<string, string>> = {
	a: '에이',
	b: '비',
	c: '씨',
	d: '디',
	e: '이',
	f: '에프',
	g: '지',
	h: '에이치',
	i: '아이',
	j: '제이',
	k: '케이',
	l: '엘',
	m: '엠',
	n: '엔',
	o: '오',
	p: '피',
	q: '큐',
	r: '알',
	s: '에스',
	t: '티',
	u: '유',
	v: '브이',
	w: '더블유',
	x: '엑스',
	y: '와이',
	z: '제트',
};

// Latin words the game shows whole, read as Korean speakers say them.
const wordNames: Readonly<Record<string, string>> = {
	enter: '엔터',
	esc: '이에스시',
	tab: '탭',
	space: '스페이스',
	shift: '시프트',
	backspace: '백스페이스',
	ctrl: '컨트롤',
	json: '제이슨',
	csv: '시에스브이',
	sigmoid: '시그모이드',
	relu: '렐루',
	tanh: '탄에이치',
	exp: '익스포넨셜',
	log: '로그',
	max: '맥스',
	min: '민',
	mse: '엠에스이',
};

const symbolNames: Readonly<Record<string, string>> = {
	α: '알파',
	β: '베타',
	γ: '감마',
	δ: '델타',
	Δ: '델타',
	ε: '엡실론',
	η: '에타',
	θ: '세타',
	λ: '람다',
	μ: '뮤',
	π: '파이',
	ρ: '로',
	σ: '시그마',
	Σ: '시그마',
	τ: '타우',
	φ: '파이',
	ω: '오메가',
	'∂': '라운드',
	'∇': '나블라',
	'∞': '무한대',
	'%': '퍼센트',
	'²': '제곱',
	'³': '세제곱',
	'′': '프라임',
	'★': '별',
	'☆': '별',
	'½': '일',
	'¼': '일',
	'¾': '삼',
	'⅓': '일',
};

const subscriptDigits = '₀₁₂₃₄₅₆₇₈₉';
const closers: Readonly<Record<string, string>> = {')': '(', ']': '[', '}': '{', '」': '「', '』': '『'};

/**
 * How the end of a word sounds, as Hangul: '0.1' → '일', 'w20' → '이십',
 * '∂L/∂s' → '에스', '기울기(∂L/∂s = 7)' → '기' (the word before an aside).
 */
export function spokenEnding(word: string): string {
	let rest = word.trimEnd();
	while (rest.length > 0) {
		const last = rest.at(-1) ?? '';
		const opener = closers[last];
		if (opener !== undefined) {
			const open = rest.lastIndexOf(opener);
			// Glued to a Korean word a bracket is an aside, read past it: 기울기(∂L/∂s = 7)를.
			// After a symbol or a space it is maths, read to its end: σ(h)가, 4(2x + 1)은, a로 (1 − a²)을.
			const aside = open > 0 && /[가-힣]/.test(rest.slice(0, open).at(-1) ?? '');
			rest = aside ? rest.slice(0, open).trimEnd() : rest.slice(open + 1, -1);
			continue;
		}
		if (/[가-힣ㄱ-ㅣ]$/.test(rest)) return last;
		const number = /([0-9][0-9,]*)(?:\.([0-9]+))?$/.exec(rest);
		if (number !== null) return readNumberEnding(number[1] ?? '', number[2]);
		const subscript = subscriptDigits.indexOf(last);
		if (subscript >= 0) return digitNames[subscript] ?? '';
		const latin = /[A-Za-z]+$/.exec(rest)?.[0];
		if (latin !== undefined) {
			const whole = wordNames[latin.toLowerCase()];
			if (whole !== undefined) return whole;
			return letterNames[latin.slice(-1).toLowerCase()] ?? '';
		}
		const symbol = symbolNames[last];
		if (symbol !== undefined) return symbol;
		// Quotes, dots and other marks are not read: look at what comes before them.
		rest = rest.slice(0, -last.length).trimEnd();
	}
	return '';
}

function readNumberEnding(whole: string, fraction: string | undefined): string {
	if (fraction !== undefined && fraction.length > 0) return digitNames[Number(fraction.at(-1))] ?? '';
	const digits = whole.replaceAll(',', '');
	const lastNonZero = digits.search(/0*$/) - 1;
	if (lastNonZero < 0) return '영';
	const zeros = digits.length - 1 - lastNonZero;
	const unit = unitsByZeros[Math.min(zeros, unitsByZeros.length - 1)] ?? '';
	// 10 is 십, 20 is 이십: either way the unit is what is heard last.
	return unit !== '' ? unit : (digitNames[Number(digits[lastNonZero])] ?? '');
}
