// Turns what the screen draws into sentences a screen reader can read aloud:
// numbers with a minus word, formulas in words, the graph one step per line.
// Pure functions of the level and the play; the narrator decides when to say them.

import {consumersOf, inputsOf} from '../../game/graph-walk.js';
import {josa, type Particle} from '../../game/josa.js';
import type {PlayState} from '../../game/store.js';
import type {Field, GridCell} from '../../levels/answers.js';
import {formatNumber} from '../../levels/format.js';
import type {Expr} from '../../levels/formula.js';
import {functionName} from '../../levels/formula.js';
import type {NamedNode} from '../../levels/graph.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {messages} from '../strings.js';
import {type ReaderMessages, readerMessages} from './reader-strings.js';

/** A number as shown on screen, with the minus sign read as a word: −2 → "minus 2". */
export function speakNumber(x: number, lang: Language): string {
	const text = formatNumber(x);
	return text.startsWith('-') ? `${readerMessages[lang].minus} ${text.slice(1)}` : text;
}

/**
 * What has been typed into a field, read as it would be said: "-2" is
 * "minus 2", "2*-4" "2 times minus 4". A minus is a sign at the start, after
 * an operator or a bracket, or in an exponent (1e-3); anywhere else it subtracts.
 */
export function speakDraft(draft: string, lang: Language): string {
	const r = readerMessages[lang];
	const w = r.words;
	const binary: Readonly<Record<string, string>> = {'+': w.plus, '*': w.times, '/': w.over, '^': r.typedPower};
	let out = '';
	let previous = '';
	for (const ch of draft) {
		if (ch === '-' || ch === '−') {
			const sign = previous === '' || /[-+*/^(,eE]/.test(previous);
			out += sign ? ` ${r.minus} ` : ` ${w.minus} `;
		} else if (binary[ch] !== undefined) out += ` ${binary[ch]} `;
		else out += ch;
		if (ch !== ' ') previous = ch;
	}
	return out.replace(/ {2,}/g, ' ').trim();
}

// Drawing characters carry no meaning read aloud.
const boxDrawing = /[\u2500-\u259F\u25B6\u25B8\u25C0\u25CF\u2590-\u2593]/g;

/**
 * Any text the game shows, made speakable: ∂f/∂x becomes "the gradient of f
 * with respect to x", a minus before a number a word, powers and primes words,
 * ≈ a verb, symbols their names, drawing characters dropped. `capitals` are the
 * names to read as capitals (see capitalNames). Saying a text twice changes nothing.
 */
/**
 * A node's name in Hangul (a label, such as 가격), without the particle or ending
 * written onto it: the shortest run of syllables that leaves only one of those.
 */
const hangulName =
	'[가-힣]+?(?=(?:으로|로|은|는|을|를|과|와|이|가|의|에서|에|만|도|입니다|이고|이며|이므로)?(?![가-힣]))';

export function speakText(text: string, lang: Language, capitals: ReadonlySet<string> = noNames): string {
	const r = readerMessages[lang];
	// A raised dot between spaces multiplies before maths (∂f/∂q · ∂q/∂x) and separates items elsewhere;
	// judged before ∂f/∂q turns into words.
	// ≈ is read first, while the clause is whole.
	let spoken = spokenApprox(text, lang).replace(/ · /g, (dot, at: number, whole: string) =>
		isProduct(whole.slice(0, at), whole.slice(at + dot.length)) ? dot : ', ',
	);
	spoken = spokenPowers(spoken, lang);
	// A path typed as names joined by arrows (y→p→a) is a path, said as one.
	spoken = spoken.replace(
		new RegExp(`(?<![\\w′가-힣])[\\w′가-힣]+(?:→[\\w′가-힣]+)*→(?:[\\w′]+|${hangulName})`, 'g'),
		path => r.pathName(path.split('→')),
	);
	spoken = spoken.replace(/(\d)η/g, '$1 η');
	// A sum or mean over one index (Σᵢ, meanⱼ) says the index it runs over.
	spoken = spoken.replace(/(Σ|mean)([ᵢⱼₖ])/g, (_, fn: string, index: string) =>
		r.overIndex(fn === 'Σ' ? 'sum' : 'mean', subscriptLetters[index] ?? index),
	);
	spoken = spoken.replace(/[\u2080-\u2089]/g, digit => String(digit.charCodeAt(0) - 0x2080));
	// A name may carry an index (∂P[i]/∂Z[j]) and the top may be a bracketed expression (∂(a + b)/∂a).
	// A Korean particle right after ∂f/∂q stays after the phrase, in the form the phrase takes
	// (∂y1/∂H1은 was chosen for H1; "… 기울기" takes 는).
	spoken = spoken.replace(
		new RegExp(
			`∂([\\w\u0370-\u03ff′]+(?:\\[\\w+\\])?|[가-힣]+|\\([^()]*\\))/∂([\\w\u0370-\u03ff′]+(?:\\[\\w+\\])?|${hangulName})(으로|로|은|는|을|를|과|와|이(?=[\\s.,;:)]|$)|가)?`,
			'g',
		),
		(_, of: string, by: string, particle: string | undefined) => {
			const phrase = r.gradientOf(of, by);
			const pair = particle === undefined || lang !== 'ko' ? undefined : particlePairs[particle];
			return pair === undefined ? phrase + (particle ?? '') : josa(phrase, pair);
		},
	);
	// A sign before a digit, where a number starts: "-4", "(−0.5", "= -2".
	spoken = spoken.replace(/(^|[\s(=[,:“"'])[-−](?=\.?\d)/g, (_, before: string) => `${before}${r.minus} `);
	spoken = spoken.replace(/ − /g, ` ${r.words.minus} `);
	// Inside a call written tight, f(x−h), the sign is still subtraction.
	spoken = spoken.replace(/(?<=[\p{L}\d)])−(?=[\p{L}\d(])/gu, ` ${r.words.minus} `);
	spoken = spoken.replace(/([\p{L}\d′]+) ← (?=\S)/gu, (_, name: string) => `${r.becomes(name)} `);
	spoken = spoken.replace(/ \+ /g, ` ${r.words.plus} `);
	// A sign before a name (−η·∂E/∂w) and the minus key named alone ("with + and −") are words too.
	spoken = spoken.replace(/(^|[\s(=])−(?=[\p{L}(∂]|[\s,.;:)]|$)/gu, (_, before: string) => `${before}${r.minus} `);
	// A count of stars written as a number (−1★) is that many; a row of stars is its length.
	spoken = spoken.replace(/(\d+)★/g, (_, n: string) => r.stars(Number(n)));
	spoken = spoken.replace(/★+/g, stars => r.stars(stars.length));
	spoken = spoken.replace(/′/g, ` ${r.prime}`);
	for (const [symbol, word] of Object.entries(r.symbols)) spoken = spoken.split(symbol).join(word);
	spoken = spokenCapitals(spoken, capitals, r.capital);
	spoken = r.tidy(spoken);
	return (
		spoken
			.replace(boxDrawing, ' ')
			// A bracket that held only a drawing character (the E1 path (━, to E1)) keeps what is left, if anything.
			.replace(/\(\s*[,;]?\s*\)/g, '')
			.replace(/\(\s*[,;]\s*/g, '(')
			.replace(/[ \t]+/g, ' ')
			.replace(/ ([,.;:)])/g, '$1')
			.trim()
	);
}

/**
 * Whether a raised dot between spaces multiplies (∂f/∂q · ∂q/∂x, 0.7414 · 0.1868)
 * or separates the items of a list (3 answers checked · 0 hints · 24 s, 힌트 0개(무료) · 5초).
 */
function isProduct(before: string, after: string): boolean {
	if (/^[∂ησ(]/.test(after)) return true;
	const left = before.split(/\s/).at(-1) ?? '';
	const leftIsMaths = /[\d)]$/.test(left) && !/[\uAC00-\uD7A3]/.test(left);
	// A number followed by a word is a count in a list ("0 hints"), not a factor.
	const rightIsNumber = /^[−-]?(?:\d+(?:\.\d+)?|\.\d+)(?!\d)(?!\s+(?!is about)[A-Za-z\uAC00-\uD7A3])/.test(after);
	return leftIsMaths && rightIsNumber;
}

const noNames: ReadonlySet<string> = new Set();

const subscriptLetters: Readonly<Record<string, string>> = {ᵢ: 'i', ⱼ: 'j', ₖ: 'k'};

const particlePairs: Readonly<Record<string, Particle>> = {
	은: '은/는',
	는: '은/는',
	을: '을/를',
	를: '을/를',
	이: '이/가',
	가: '이/가',
	과: '와/과',
	와: '와/과',
	으로: '으로/로',
	로: '으로/로',
};

/**
 * The names of a level that differ from another of its names only by case
 * (H1 beside h1, Y beside y): said aloud they sound alike, so the capital one
 * is read as "capital H1".
 */
export function capitalNames(level: Level | undefined): ReadonlySet<string> {
	if (level === undefined) return noNames;
	const cached = capitalsByLevel.get(level);
	if (cached !== undefined) return cached;
	const names = new Set<string>([
		...(level.graph?.nodes.map(n => n.name) ?? []),
		...(level.matrix?.nodes.map(n => n.name) ?? []),
		...level.fields.flatMap(f => f.formula?.names ?? []),
	]);
	const capitals = new Set(
		[...names].filter(
			name =>
				/[A-Z]/.test(name) && [...names].some(other => other !== name && other.toLowerCase() === name.toLowerCase()),
		),
	);
	// The letter such names share stands for all of them in the texts (outputs H = σ(h)).
	for (const name of [...capitals]) {
		const stem = /^[A-Z]+(?=\d)/.exec(name)?.[0];
		if (stem !== undefined) capitals.add(stem);
	}
	capitalsByLevel.set(level, capitals);
	return capitals;
}

const capitalsByLevel = new WeakMap<Level, ReadonlySet<string>>();

function spokenCapitals(text: string, capitals: ReadonlySet<string>, word: string): string {
	if (capitals.size === 0) return text;
	const names = [...capitals].sort((a, b) => b.length - a.length).map(escapeRegExp);
	// A whole name only (H1, not H10 or aH1), and only once: a text said twice stays the same.
	const pattern = new RegExp(`(?<![\\w\u0370-\u03ff])(?<!${escapeRegExp(word)} )(${names.join('|')})(?![\\w])`, 'g');
	return text.replace(pattern, name => `${word} ${name}`);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Superscripts as the characters they raise: e⁻ʰ is e^(-h).
const superscripts: Readonly<Record<string, string>> = {
	'⁻': '-',
	'⁺': '+',
	'⁰': '0',
	'¹': '1',
	'²': '2',
	'³': '3',
	'⁴': '4',
	'⁵': '5',
	'⁶': '6',
	'⁷': '7',
	'⁸': '8',
	'⁹': '9',
	ⁱ: 'i',
	ⁿ: 'n',
	ʰ: 'h',
	ˣ: 'x',
	ᵏ: 'k',
	ᶜ: 'c',
	ᵃ: 'a',
	ᵇ: 'b',
	ᶻ: 'z',
	ʷ: 'w',
	ᵖ: 'p',
	ʸ: 'y',
};
const superscriptRun = new RegExp(`[${Object.keys(superscripts).join('')}]+`, 'g');

/** A raised power in words: x² "x squared", e⁻ʰ "e to the minus h", 10³⁰⁸ "10 to the power 308". */
function spokenPowers(text: string, lang: Language): string {
	const r = readerMessages[lang];
	return text.replace(superscriptRun, run => {
		const power = [...run].map(ch => superscripts[ch] ?? ch).join('');
		const words = power
			.replace(/^-/, `${r.minus} `)
			.replace(/(?<=.)-/g, ` ${r.words.minus} `)
			.replace(/\+/g, ` ${r.words.plus} `);
		return r.power(power, words);
	});
}

/**
 * ≈ as a verb, so the sentence has one: "x ≈ 0.3" is "x is about 0.3"; with
 * nothing before it in its clause, "about"; after = or ≈ in the same clause,
 * "which is about".
 */
function spokenApprox(text: string, lang: Language): string {
	const approx = readerMessages[lang].approx;
	const [first = '', ...parts] = text.split('≈');
	let out = first;
	let written = first;
	for (const part of parts) {
		const left = clauseBefore(written).trim();
		const head = out.trimEnd();
		const alone = `${head === '' || head.endsWith('(') ? '' : ' '}${approx.alone}`;
		const word =
			left === '' || endsInVerb(left)
				? alone
				: /[=≈]/.test(left)
					? approx.again
					: isProse(left)
						? approx.after
						: approx.is(left);
		out = `${head}${word} ${part.trimStart()}`;
		written = `${written}≈${part}`;
	}
	return out;
}

// Words of the formula language, which are maths rather than prose.
const mathsWords = /^(exp|log|ln|tanh|sigmoid|relu|abs|max|mean|sum|softmax)$/;
const isProseWord = (word: string) => /^[a-z]{3,}$/.test(word) && !mathsWords.test(word);
/** An English clause ending in a word rather than a term: "the path brought ≈ 0.3" needs no verb. */
const endsInVerb = (clause: string) => isProseWord(clause.split(/\s+/).at(-1) ?? '');
/** A clause with English words before the term: "the same steps give H2 ≈ 0.59". */
const isProse = (clause: string) => clause.split(/\s+/).some(isProseWord);

/** The clause a text ends in: after the last break (". ", ": ", ", ") or bracket still open. */
function clauseBefore(text: string): string {
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		const ch = text[i];
		if (ch === ')') depth++;
		else if (ch === '(') {
			if (depth === 0) return text.slice(i + 1);
			depth--;
		} else if (depth === 0 && /[.;:,!?]/.test(ch ?? '') && /\s/.test(text[i + 1] ?? ' ')) return text.slice(i + 1);
		// A conjunction starts a new clause too: "h1 = 0.3775 and H1 ≈ 0.59" is two statements.
		else if (depth === 0 && /^\s(and|so|then|but|or|while)\s/.test(text.slice(i, i + 7)))
			return text.slice(i + text.slice(i + 1).indexOf(' ') + 2);
	}
	return text;
}

/** A formula step in words: `q * z` → "q times z"; with `entrywise` (a matrix level), "Y entrywise times G". */
export function speakExpr(expr: Expr, lang: Language, entrywise = false): string {
	const w = readerMessages[lang].words;
	switch (expr.kind) {
		case 'number':
			return speakNumber(expr.value, lang);
		case 'name':
			return expr.name;
		case 'negate':
			return `${w.minus} ${grouped(expr.arg, lang, 3, entrywise)}`;
		case 'call': {
			const args = expr.args.map(arg => speakExpr(arg, lang, entrywise));
			const [arg, axis] = expr.args;
			const r = readerMessages[lang];
			// A sum or mean over one axis of a matrix, and a transpose, as a learner says them.
			if ((expr.fn === 'sum' || expr.fn === 'mean') && arg !== undefined && axis?.kind === 'number') {
				const fn = functionName(expr.fn);
				return axis.value === 0
					? r.sumDown(fn, grouped(arg, lang, 3, entrywise))
					: r.sumAcross(fn, grouped(arg, lang, 3, entrywise));
			}
			if (expr.fn === 'transpose' && arg !== undefined) return `${grouped(arg, lang, 3, entrywise)} ${w.transposed}`;
			const fn = functionName(expr.fn);
			return lang === 'ko' ? `${args.join(', ')}의 ${fn}` : `${fn} of ${args.join(` ${w.and} `)}`;
		}
		case 'binary': {
			const p = precedence[expr.op] ?? 3;
			// Brackets only where the order needs them, as in written maths: "w1 times x1 plus b".
			const left = grouped(expr.left, lang, expr.op === '^' ? p + 1 : p, entrywise);
			const right = grouped(expr.right, lang, expr.op === '^' ? p : p + 1, entrywise);
			switch (expr.op) {
				case '+':
					return `${left} ${w.plus} ${right}`;
				case '-':
					return `${left} ${w.minus} ${right}`;
				case '*':
					return entrywise && expr.left.kind !== 'number' && expr.right.kind !== 'number'
						? `${left} ${w.entrywise} ${right}`
						: `${left} ${w.times} ${right}`;
				case '/':
					return `${left} ${w.over} ${right}`;
				case '@':
					return `${left} ${w.matmul} ${right}`;
				case '^':
					if (lang === 'ko') return right === '2' ? `${left}의 ${w.power}` : `${left}의 ${right}${w.power}`;
					return right === '2' ? `${left} squared` : `${left} ${w.power} ${right}`;
				default:
					return `${left} ${String(expr.op)} ${right}`;
			}
		}
	}
}

const precedence: Readonly<Record<string, number>> = {'+': 1, '-': 1, '*': 2, '@': 2, '/': 2, '^': 4};

/** A sub-expression read inside another: one that binds more loosely than `needed` keeps its brackets. */
function grouped(expr: Expr, lang: Language, needed = 3, entrywise = false): string {
	const spoken = speakExpr(expr, lang, entrywise);
	if (expr.kind === 'binary' && (precedence[expr.op] ?? 3) < needed) return `(${spoken})`;
	if (expr.kind === 'negate' && needed > 2) return `(${spoken})`;
	return spoken;
}

/** Nodes whose value a field asks for and that are not found yet: the sentences must not give them away. */
export function hiddenValues(level: Level, play: PlayState | undefined): Set<string> {
	const hidden = new Set<string>();
	for (const field of level.fields) {
		if (field.role === 'value' && field.node !== undefined && play?.solved[field.id] !== true) hidden.add(field.node);
	}
	return hidden;
}

function shownValue(node: NamedNode, hidden: ReadonlySet<string>, lang: Language): string | undefined {
	return hidden.has(node.name) ? undefined : speakNumber(node.value.data, lang);
}

/** One step of the graph as a sentence: "q equals x plus y: x is minus 2, y is 5, so q is 3." */
export function stepSentence(level: Level, name: string, play: PlayState | undefined, lang: Language): string {
	const r = readerMessages[lang];
	const graph = level.graph;
	const node = graph?.byName.get(name);
	if (graph === undefined || node === undefined) return name;
	const hidden = hiddenValues(level, play);
	if (node.op === 'input') return r.inputSentence(name, shownValue(node, hidden, lang));
	const step = level.steps.find(s => s.name === name);
	const expression = step === undefined ? speakText(node.text, lang) : speakExpr(step.expr, lang);
	const inputs = inputsOf(graph, name).map(dep => {
		const depNode = graph.byName.get(dep);
		return r.inputIs(dep, depNode === undefined ? undefined : shownValue(depNode, hidden, lang));
	});
	return r.stepSentence(name, expression, r.listJoin(inputs), shownValue(node, hidden, lang));
}

/** What uses a node: "q feeds f, a multiply node with z." */
export function usersSentence(level: Level, name: string, lang: Language): string {
	const r = readerMessages[lang];
	const graph = level.graph;
	if (graph === undefined) return '';
	const users = consumersOf(graph, name);
	if (users.length === 0) return r.isOutput(name);
	return r.feeds(
		name,
		users.map(user => {
			const node = graph.byName.get(user);
			const others = inputsOf(graph, user).filter(dep => dep !== name);
			return r.user(user, nodeKind(r, node?.op ?? 'expression'), others);
		}),
	);
}

function nodeKind(r: ReaderMessages, op: string): string {
	return r.nodeKinds[op] ?? r.nodeKindOther(op);
}

/** The gradients found so far that belong to a node: solved fields only, never an open answer. */
export function foundAtNode(level: Level, name: string, play: PlayState | undefined, lang: Language): string[] {
	const r = readerMessages[lang];
	return level.fields
		.filter(f => f.node === name && f.role !== 'value' && play?.solved[f.id] === true)
		.map(f => r.gradientFound(speakText(f.label, lang, capitalNames(level)), speakNumber(f.expected, lang)));
}

/** Everything said about one node when the walk arrives at it. */
export function nodeSentences(level: Level, name: string, play: PlayState | undefined, lang: Language): string[] {
	return [
		stepSentence(level, name, play, lang),
		usersSentence(level, name, lang),
		...foundAtNode(level, name, play, lang),
	];
}

/** The whole graph, one step per line, in the order it is computed. */
export function graphSentences(level: Level, play: PlayState | undefined, lang: Language): string[] {
	const graph = level.graph;
	if (graph === undefined) return [];
	const r = readerMessages[lang];
	const inputs = graph.nodes.filter(n => n.op === 'input');
	// A network's dozen weights, one line each, bury its steps: many inputs are said together.
	const grouped = inputs.length > groupInputsOver;
	const hidden = hiddenValues(level, play);
	const lines = grouped
		? [
				r.inputsSentence(inputs.length, r.listJoin(inputs.map(n => r.inputIs(n.name, shownValue(n, hidden, lang))))),
				...graph.nodes.filter(n => n.op !== 'input').map(n => stepSentence(level, n.name, play, lang)),
			]
		: graph.nodes.map(n => stepSentence(level, n.name, play, lang));
	return [r.graphTitle(lines.length), ...lines];
}

/** Up to this many inputs are read one per line, as the small circuits are. */
const groupInputsOver = 5;

/** "Field 2 of 3: the gradient of f with respect to x. Empty." */
export function fieldSentence(level: Level, play: PlayState, index: number, lang: Language): string {
	const r = readerMessages[lang];
	const field: Field | undefined = level.fields[index];
	if (field === undefined) return '';
	const draft = play.drafts[field.id] ?? '';
	const state = play.solved[field.id]
		? r.fieldSolved(draft.trim() === '' ? speakNumber(field.expected, lang) : speakDraft(draft, lang))
		: draft === ''
			? r.fieldEmpty
			: r.fieldTyped(speakDraft(draft, lang));
	return r.fieldAnnounce(
		index + 1,
		level.fields.length,
		`${fieldName(field, lang, capitalNames(level))}${fieldDetails(field, play, lang)}`,
		state,
	);
}

/**
 * What the drawn game writes beside a field, said after its name: which factor
 * of a long chain it is, the names a formula may use, the words a verdict takes.
 */
function fieldDetails(field: Field, play: PlayState, lang: Language): string {
	const t = messages(lang);
	const r = readerMessages[lang];
	const open = play.solved[field.id] !== true;
	const details = [
		...(field.link === undefined ? [] : [t.chainLink(field.link)]),
		...(field.formula === undefined || !open ? [] : [r.formulaIn(field.formula.names)]),
		...(field.choice === undefined || !open ? [] : [r.choiceOf(field.choice.words[lang])]),
	];
	return details.map(detail => `, ${detail}`).join('');
}

/** A field's name read aloud; a grid's cell by its row and column. */
export function fieldName(field: Field, lang: Language, capitals?: ReadonlySet<string>): string {
	return field.cell === undefined ? speakText(field.label, lang, capitals) : cellName(field.cell, lang, capitals);
}

/** A grid cell as a field's name: "the gradient of L with respect to W, row 1, column 2"; a shape's rows or columns. */
export function cellName(cell: GridCell, lang: Language, capitals?: ReadonlySet<string>): string {
	const r = readerMessages[lang];
	const label = speakText(cell.grid.label, lang, capitals);
	return cell.grid.kind === 'shape' ? r.shapeCell(label, cell.col) : r.matrixCell(label, cell.row + 1, cell.col + 1);
}

/** The numbers a level gives beside its graph (h, f(x ± h)), as one sentence; none when it gives none. */
export function givenSentence(level: Level, lang: Language): string[] {
	if (level.given === undefined || level.given.length === 0) return [];
	const parts = level.given.map(
		g => `${speakText(g.label, lang, capitalNames(level))} = ${speakNumber(g.value, lang)}`,
	);
	return [`${messages(lang).given} ${parts.join(', ')}.`];
}

/** One row of a find-the-bug level's worked backward pass. */
export function tableRowSentence(level: Level, index: number, lang: Language): string {
	const r = readerMessages[lang];
	const table = level.table;
	const row = table?.rows[index];
	if (table === undefined || row === undefined) return '';
	const locals =
		row.locals.length === 0
			? r.tableNoLocal
			: row.locals.map(l => r.tableLocal(l.of, row.node, speakNumber(l.local, lang))).join(', ');
	return r.tableRow(
		index + 1,
		table.rows.length,
		row.node,
		speakNumber(row.value, lang),
		locals,
		speakNumber(row.shown, lang),
	);
}

/** The whole worked backward pass, one row per line. */
export function tableSentences(level: Level, lang: Language): string[] {
	const table = level.table;
	if (table === undefined) return [];
	return [
		readerMessages[lang].tableTitle(table.rows.length),
		...table.rows.map((_, i) => tableRowSentence(level, i, lang)),
	];
}
