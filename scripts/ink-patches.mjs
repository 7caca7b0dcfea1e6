// Ink 6.8 rebuilds every frame from scratch: each cell of the screen becomes an
// object, each pair of neighbouring cells is compared through a few Sets, and
// every line holding a character outside ASCII is measured and split into
// graphemes again, frame after frame. For a lab redrawn 25 times a second at
// 120×40 that is several megabytes of garbage a frame. These patches, applied
// while bundling, keep Ink's output byte for byte and only stop that churn:
// the measurements and split lines of one frame are kept for the next (up to
// a bound), blank cells share one object, and cells with no styles skip the
// comparison. Each patch names the text it replaces; if an Ink upgrade moves
// it, the build fails here instead of shipping without the patch.
import {readFile} from 'node:fs/promises';

/**
 * Text whose every character takes one column and is its own grapheme: ASCII, Latin-1
 * (without the soft hyphen), Greek, punctuation, super- and subscripts, arrows, maths,
 * box drawing, blocks, shapes, ★ ✓ ✗. Ambiguous-width ones count as narrow, as
 * string-width counts them by default. (Checked character by character and on random
 * strings against string-width itself in test/build/ink-patches.test.ts.)
 */
export const narrowText =
	'/^[\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u00FF\\u0391-\\u03C9\\u2010-\\u2027\\u2070-\\u209F\\u2190-\\u22FF\\u2500-\\u25FC\\u2605\\u2713\\u2717]*$/';

/** What each dependency file gets: [the exact text in it, what replaces it]. */
const patches = [
	{
		file: /node_modules\/ink\/build\/output\.js$/,
		edits: [
			[
				'    caches = new OutputCaches();',
				// One set of caches for every frame, started afresh once it holds many lines.
				'    caches = sharedOutputCaches();',
			],
			[
				`            const row = [];
            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }`,
				// Cells are replaced, never changed, so every blank can be the same one (and a
				// row is made at its size rather than grown).
				'            const row = new Array(this.width).fill(blankCell);',
			],
			[
				`        let cached = this.styledChars.get(line);
        if (cached === undefined) {`,
				// A line of plain one-column characters (a lab's map, a chart) is new every frame:
				// its cells are shared, unstyled ones, and it stays out of the cache it would churn.
				`        if (plainNarrowLine.test(line)) {
            const cells = new Array(line.length);
            for (let i = 0; i < line.length; i++) cells[i] = plainCell(line.charCodeAt(i));
            return cells;
        }
        let cached = this.styledChars.get(line);
        if (cached === undefined) {`,
			],
			[
				`            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })`,
				// A row holding the same cells as that row of the last frame is the same text; most
				// rows have no gaps, and copying them to drop none is waste.
				`            .map((line, y) => {
            const last = lastRows[y];
            if (last !== undefined && sameCells(last.line, line)) {
                return last.text;
            }
            const lineWithoutEmptyItems = line.includes(undefined) ? line.filter(item => item !== undefined) : line;
            const text = styledCharsToString(lineWithoutEmptyItems).trimEnd();
            lastRows[y] = {line, text};
            return text;
        })`,
			],
			[
				'export default class Output {',
				`const lastRows = [];
function sameCells(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}
const plainNarrowLine = ${narrowText};
const plainCells = new Map();
function plainCell(code) {
    let cell = plainCells.get(code);
    if (cell === undefined) {
        cell = Object.freeze({type: 'char', value: String.fromCharCode(code), fullWidth: false, styles: Object.freeze([])});
        plainCells.set(code, cell);
    }
    return cell;
}
const blankCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});
let sharedCaches;
function sharedOutputCaches() {
    if (sharedCaches === undefined || sharedCaches.styledChars.size + sharedCaches.widths.size + sharedCaches.blockWidths.size > 4096) {
        sharedCaches = new OutputCaches();
    }
    return sharedCaches;
}
export default class Output {`,
			],
		],
	},
	{
		file: /node_modules\/@alcalzone\/ansi-tokenize\/build\/styledChars\.js$/,
		edits: [
			[
				'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
				// Two cells with the same styles (or none) need no codes between them.
				`const before = chars[i - 1].styles;
            if (before !== char.styles && (before.length > 0 || char.styles.length > 0)) {
                ret += ansiCodesToString(diffAnsiCodes(before, char.styles));
            }`,
			],
			['if (i === chars.length - 1) {', 'if (i === chars.length - 1 && char.styles.length > 0) {'],
		],
	},
	{
		file: /node_modules\/widest-line\/index\.js$/,
		edits: [
			[
				'export default function widestLine(string) {',
				// The same lines are measured every frame; a bounded memo answers them.
				`const widths = new Map();

export default function widestLine(string) {
	let known = widths.get(string);
	if (known === undefined) {
		if (widths.size >= 2048) widths.clear();
		known = measure(string);
		widths.set(string, known);
	}
	return known;
}

function measure(string) {`,
			],
		],
	},
	{
		// Ink's own string-width (8.x); wrap-ansi's older copy keeps its text as published.
		file: /node_modules\/string-width\/index\.js$/,
		unless: /wrap-ansi/,
		edits: [
			[
				'	// Fast path: printable ASCII (0x20–0x7E)',
				// A lab's map and chart are lines of ░, ·, box drawing and Greek, new every frame:
				// each character is one column (as ambiguous-width characters are by default),
				// so they need no grapheme segmenting either.
				`	if (ambiguousIsNarrow && ${narrowText}.test(string)) {
		return string.length;
	}

	// Fast path: printable ASCII (0x20–0x7E)`,
			],
		],
	},
];

/** The esbuild plugin that applies the patches above. */
export const inkPatches = {
	name: 'ink-patches',
	setup(build) {
		for (const {file, unless, edits} of patches) {
			build.onLoad({filter: file}, async args => {
				if (unless?.test(args.path)) return undefined;
				let source = await readFile(args.path, 'utf8');
				for (const [before, after] of edits) {
					if (!source.includes(before)) {
						throw new Error(`ink-patches: ${args.path} no longer contains ${JSON.stringify(before.slice(0, 60))}`);
					}
					source = source.replace(before, after);
				}
				return {contents: source, loader: 'js'};
			});
		}
	},
};
