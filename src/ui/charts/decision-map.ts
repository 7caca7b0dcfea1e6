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
	const xs = points.map(p => p.x);
	const ys = points.map(p => p.y);
	const pad = 0.25;
	const [x0, x1] = [Math.min(...xs, 0) - pad, Math.max(...xs, 1) + pad];
	const [y0, y1] = [Math.min(...ys, 0) - pad, Math.max(...ys, 1) + pad];
	const grid = Array.from({length: height}, (_, r) =>
		Array.from({length: width}, (_, c) => {
			const k = classify(x0 + ((c + 0.5) / width) * (x1 - x0), y1 - ((r + 0.5) / height) * (y1 - y0));
			return symbols.area[k] ?? ' ';
		}),
	);
	for (const p of points) {
		const c = Math.min(width - 1, Math.max(0, Math.floor(((p.x - x0) / (x1 - x0)) * width)));
		const r = Math.min(height - 1, Math.max(0, Math.floor(((y1 - p.y) / (y1 - y0)) * height)));
		(grid[r] as string[])[c] = symbols.point[p.label] ?? '?';
	}
	return grid.map(line => line.join(''));
}
