// How the level screen shares its rows. Header, answer fields, feedback and
// footer always show; the drawing shows whenever it fits with at least one row
// of introduction, losing its blank separator rows before it is dropped; the
// introduction takes what is left.

export type LevelRowsInput = {
	readonly height: number;
	readonly drawing: number;
	/** The ask line and one row per field. */
	readonly fields: number;
	readonly feedback: number;
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
	readonly fields: number;
	readonly feedback: number;
	readonly footer: number;
};

const header = 2;
const footer = 1;
const minIntro = 1;

export function levelRows({height, drawing, fields, feedback}: LevelRowsInput): LevelRows {
	const free = height - header - footer - fields - feedback - minIntro;
	const base = {header, footer, fields, feedback};
	if (drawing === 0) {
		const gapBeforeFields = free >= 1 ? 1 : 0;
		return {
			...base,
			intro: Math.max(minIntro, free - gapBeforeFields + minIntro),
			gapBeforeDrawing: 0,
			drawing: 0,
			drawingHidden: 0,
			gapBeforeFields,
		};
	}
	for (const gaps of [2, 1, 0]) {
		if (drawing + gaps <= free)
			return {
				...base,
				intro: free - drawing - gaps + minIntro,
				gapBeforeDrawing: gaps >= 1 ? 1 : 0,
				drawing,
				drawingHidden: 0,
				gapBeforeFields: gaps === 2 ? 1 : 0,
			};
	}
	return {
		...base,
		intro: Math.max(minIntro, free - 1 + minIntro),
		gapBeforeDrawing: 0,
		drawing: 0,
		drawingHidden: 1,
		gapBeforeFields: 0,
	};
}
