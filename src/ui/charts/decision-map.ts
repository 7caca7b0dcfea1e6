import {cellOf, type MapArea, mapArea} from '../../game/lab/map-area.js';
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
 * `classifyArea` gives every cell's class at once, row by row.
 */
export function renderDecisionMap(
	classifyArea: (area: MapArea) => ArrayLike<number>,
	classes: number,
	points: readonly Point[],
	width: number,
	height: number,
): string[] {
	const symbols = classSymbols(classes);
	const area = mapArea(points, width, height);
	const classOfCell = classifyArea(area);
	// Redrawn every frame of a lab: one symbol per cell in a flat array, and one
	// reused row to join, instead of an array and a closure per cell.
	const cells = new Array<string>(width * height);
	for (let i = 0; i < width * height; i++) cells[i] = symbols.area[classOfCell[i] ?? -1] ?? ' ';
	for (const p of points) cells[cellOf(area, p.x, p.y)] = symbols.point[p.label] ?? '?';
	const row = new Array<string>(width);
	const lines: string[] = [];
	for (let r = 0; r < height; r++) {
		for (let c = 0; c < width; c++) row[c] = cells[r * width + c] ?? ' ';
		lines.push(row.join(''));
	}
	return lines;
}
