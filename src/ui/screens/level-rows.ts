// How the level screen shares its rows. Header, answer fields, feedback and
// footer always show. The drawing shows whenever it fits; to fit it beside the
// first lines of the introduction (so a learner reading feedback still sees
// what the level is about), the blank separator rows go first, then the line
// that says what to fill in. The introduction takes what is left.

export type LevelRowsInput = {
	readonly height: number;
	readonly drawing: number;
	/** One row per field, with any given numbers and table above them. */
	readonly fields: number;
	/** The line that says what to fill in (0 when there is none). */
	readonly ask: number;
	readonly feedback: number;
	/** Rows the whole introduction (or explanation) takes. */
	readonly intro: number;
};

export type LevelRows = {
	readonly header: number;
	readonly intro: number;
	/** Blank rows before the drawing and before the fields. */
	readonly gapBeforeDrawing: number;
	readonly drawing: number;
	/** 1 when the drawing had to go: the line that says so. */
	readonly drawingHidden: number;
	readonly gapBeforeFields: number;
	/** 1 when the line that says what to fill in shows. */
	readonly ask: number;
	readonly fields: number;
	readonly feedback: number;
	readonly footer: number;
};

const header = 2;
const footer = 1;
const minIntro = 1;
/** Two lines of introduction and the line that says `i` reads the rest. */
const keptIntro = 3;

/** Ways to make room for the drawing, the roomiest first. */
const layouts = [
	{gaps: 2, ask: true},
	{gaps: 1, ask: true},
	{gaps: 0, ask: true},
	{gaps: 0, ask: false},
] as const;

export function levelRows({height, drawing, fields, ask, feedback, intro}: LevelRowsInput): LevelRows {
	const base = {header, footer, fields, feedback};
	const spare = (gaps: number, askRows: number) =>
		height - header - footer - fields - askRows - feedback - drawing - gaps;
	if (drawing === 0) {
		const free = height - header - footer - fields - ask - feedback - minIntro;
		const gapBeforeFields = free >= 1 ? 1 : 0;
		return {
			...base,
			ask,
			intro: Math.max(minIntro, free - gapBeforeFields + minIntro),
			gapBeforeDrawing: 0,
			drawing: 0,
			drawingHidden: 0,
			gapBeforeFields,
		};
	}
	const wanted = Math.min(intro, keptIntro);
	const fits =
		layouts.find(l => spare(l.gaps, l.ask ? ask : 0) >= wanted) ??
		// Too small for that: the drawing still shows over one row of introduction.
		(spare(0, ask) >= minIntro ? layouts[2] : undefined);
	if (fits !== undefined) {
		const askRows = fits.ask ? ask : 0;
		return {
			...base,
			ask: askRows,
			intro: spare(fits.gaps, askRows),
			gapBeforeDrawing: fits.gaps >= 1 ? 1 : 0,
			drawing,
			drawingHidden: 0,
			gapBeforeFields: fits.gaps === 2 ? 1 : 0,
		};
	}
	const free = height - header - footer - fields - ask - feedback - minIntro;
	return {
		...base,
		ask,
		intro: Math.max(minIntro, free - 1 + minIntro),
		gapBeforeDrawing: 0,
		drawing: 0,
		drawingHidden: 1,
		gapBeforeFields: 0,
	};
}
