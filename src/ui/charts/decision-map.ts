import type {Point} from '../../game/lab/trainer.js';

/** How each class is drawn: its area on the map, and its points over it. */
export type ClassSymbols = {readonly area: readonly string[]; readonly point: readonly string[]};

/**
 * Two classes: ░ where the model says +1, blank where it says −1, points x
 * (+1) and o (−1). Three or four: blank, ·, ░, ▒ areas, points 1, 2, 3, 4.
 * Each class differs by its shape, so the map reads without colour.
 */
export function classSymbols(classes: number): ClassSymbols {
	return classes <= 2
		? {area: [' ', '░'], point: ['o', 'x']}
		: {area: [' ', '·', '░', '▒'].slice(0, classes), point: ['1', '2', '3', '4'].slice(0, classes)};
}

/**
 * The classifier's view of the plane: each cell shows the area symbol of the
 * class the model gives it (blank where it gives no number), with the data
 * drawn over it in its own class's point symbol, so mistakes stand out.
 */
export function renderDecisionMap(
	classify: (x: number, y: number) => number,
	classes: number,
	points: readonly Point[],
	width: number,
	height: number,
): string[] {
	const symbols = classSymbols(classes);
	// The plane the points span, with a margin; it always holds the unit square.
	let [x0, x1, y0, y1] = [0, 1, 0, 1];
	for (const p of points) {
		x0 = Math.min(x0, p.x);
		x1 = Math.max(x1, p.x);
		y0 = Math.min(y0, p.y);
		y1 = Math.max(y1, p.y);
	}
	const pad = 0.25;
	[x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
	// Redrawn every frame of a lab: one symbol per cell in a flat array, and one
	// reused row to join, instead of an array and a closure per cell.
	const cells = new Array<string>(width * height);
	for (let r = 0; r < height; r++) {
		const y = y1 - ((r + 0.5) / height) * (y1 - y0);
		for (let c = 0; c < width; c++) {
			cells[r * width + c] = symbols.area[classify(x0 + ((c + 0.5) / width) * (x1 - x0), y)] ?? ' ';
		}
	}
	for (const p of points) {
		const c = Math.min(width - 1, Math.max(0, Math.floor(((p.x - x0) / (x1 - x0)) * width)));
		const r = Math.min(height - 1, Math.max(0, Math.floor(((y1 - p.y) / (y1 - y0)) * height)));
		cells[r * width + c] = symbols.point[p.label] ?? '?';
	}
	const row = new Array<string>(width);
	const lines: string[] = [];
	for (let r = 0; r < height; r++) {
		for (let c = 0; c < width; c++) row[c] = cells[r * width + c] ?? ' ';
		lines.push(row.join(''));
	}
	return lines;
}
