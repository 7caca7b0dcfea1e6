// Arithmetic a hint writes out with numbers only, such as `(−2.6)·0` or
// `0.92·(1 − 0.92)`: each found and worked out, so a test can tell when a hint
// spells out a value without writing its number. Written for the tests, apart
// from the game's own answer parser, so the two can't share a slip.

/**
 * A run of numbers joined by · × * / + −, with parentheses; not one inside a name (x0, w21) or before one,
 * not a shape (3×2: a product is written 3 × 2 or 3·2), not a matrix row (`2 −2`: a minus has a space on both sides or neither).
 */
const runPattern =
	/(?<![\p{L}\d._^∂]|[·×*/^]\s*|[\p{L})∂]\s*[-−+]\s*)[(\s]*\(?[-−]?\d+(?:\.\d+)?\)?(?:(?:\s*[·*/+]\s*|\s+[×−-]\s+|[−-])\(*[-−]?\d+(?:\.\d+)?\)*)+(?![A-Za-zα-ωΑ-Ω\d(^²ᵀ]|\.\d|\s*[-−+·*/×]\s*[\d(A-Za-zα-ω∂]|\s*[·×*/^]|\s*[-−+]\s*[(\p{L}∂])/gu;

type Token =
	| {readonly kind: 'number'; readonly value: number}
	| {readonly kind: 'op' | 'open' | 'close'; readonly text: string};

function tokens(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(/\d+(?:\.\d+)?|[·×*/+\-−()]/g)) {
		const t = m[0];
		if (/\d/.test(t)) out.push({kind: 'number', value: Number(t)});
		else if (t === '(') out.push({kind: 'open', text: t});
		else if (t === ')') out.push({kind: 'close', text: t});
		else out.push({kind: 'op', text: t === '−' ? '-' : t === '·' || t === '×' ? '*' : t});
	}
	return out;
}

/** The value of an arithmetic run, or undefined when it is not one whole expression. */
export function evaluate(text: string): number | undefined {
	const list = tokens(text);
	let at = 0;
	const peek = () => list[at];
	function primary(): number | undefined {
		const t = peek();
		if (t === undefined) return undefined;
		if (t.kind === 'op' && t.text === '-') {
			at++;
			const v = primary();
			return v === undefined ? undefined : -v;
		}
		if (t.kind === 'number') {
			at++;
			return t.value;
		}
		if (t.kind === 'open') {
			at++;
			const v = sum();
			if (peek()?.kind !== 'close') return undefined;
			at++;
			return v;
		}
		return undefined;
	}
	function product(): number | undefined {
		let v = primary();
		for (let t = peek(); v !== undefined && t?.kind === 'op' && (t.text === '*' || t.text === '/'); t = peek()) {
			at++;
			const r = primary();
			if (r === undefined) return undefined;
			v = t.text === '*' ? v * r : v / r;
		}
		return v;
	}
	function sum(): number | undefined {
		let v = product();
		for (let t = peek(); v !== undefined && t?.kind === 'op' && (t.text === '+' || t.text === '-'); t = peek()) {
			at++;
			const r = product();
			if (r === undefined) return undefined;
			v = t.text === '+' ? v + r : v - r;
		}
		return v;
	}
	const value = sum();
	return at === list.length && value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Every arithmetic run in a text with its value: unmatched parentheses at its ends trimmed. */
export function arithmeticIn(text: string): {readonly written: string; readonly value: number}[] {
	const found: {written: string; value: number}[] = [];
	for (const m of text.matchAll(runPattern)) {
		let written = m[0].trim();
		// `(1 − 0.92)` inside `0.5·(…` or a run that closes a bracket it did not open.
		for (let k = 0; k < 4; k++) {
			const opens = (written.match(/\(/g) ?? []).length;
			const closes = (written.match(/\)/g) ?? []).length;
			if (opens > closes && written.startsWith('(')) written = written.slice(1).trim();
			else if (closes > opens && written.endsWith(')')) written = written.slice(0, -1).trim();
			else break;
		}
		const value = evaluate(written);
		if (value !== undefined) found.push({written, value});
	}
	return found;
}
