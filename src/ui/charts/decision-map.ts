import type {Point} from '../../game/lab/trainer.js';

/**
 * The classifier's view of the plane: ░ where it says +1, blank where it says
 * −1, with the data drawn over it (x for +1, o for −1) so mistakes stand out.
 */
export function renderDecisionMap(
	score: (x: number, y: number) => number,
	points: readonly Point[],
	width: number,
	height: number,
): string[] {
	const xs = points.map(p => p.x);
	const ys = points.map(p => p.y);
	const pad = 0.25;
	const [x0, x1] = [Math.min(...xs, 0) - pad, Math.max(...xs, 1) + pad];
	const [y0, y1] = [Math.min(...ys, 0) - pad, Math.max(...ys, 1) + pad];
	const grid = Array.from({length: height}, (_, r) =>
		Array.from({length: width}, (_, c) => {
			const s = score(x0 + ((c + 0.5) / width) * (x1 - x0), y1 - ((r + 0.5) / height) * (y1 - y0));
			return Number.isFinite(s) && s > 0 ? '░' : ' ';
		}),
	);
	for (const p of points) {
		const c = Math.min(width - 1, Math.max(0, Math.floor(((p.x - x0) / (x1 - x0)) * width)));
		const r = Math.min(height - 1, Math.max(0, Math.floor(((y1 - p.y) / (y1 - y0)) * height)));
		(grid[r] as string[])[c] = p.label > 0 ? 'x' : 'o';
	}
	return grid.map(line => line.join(''));
}
