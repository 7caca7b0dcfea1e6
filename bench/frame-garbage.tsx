import {eachLab} from './labs.js';

export type FrameGarbageFigure = {
	readonly level: string;
	readonly columns: number;
	readonly rows: number;
	/** Median bytes a frame allocates: JavaScript heap plus typed-array buffers. */
	readonly bytesPerFrame: number;
};

type Gc = () => void;

/**
 * What one lab frame allocates: the heap (and typed-array buffers) in use
 * right after a full collection, then again after the frame. Run with
 * --expose-gc and a young generation large enough that no collection falls
 * inside a frame; a frame in which one did anyway (the figure drops) is not
 * counted.
 */
export async function benchFrameGarbage(frames = 30): Promise<FrameGarbageFigure[]> {
	const gc = (globalThis as {gc?: Gc}).gc;
	if (gc === undefined) throw new Error('frame garbage needs node --expose-gc');
	const inUse = () => {
		const {heapUsed, arrayBuffers} = process.memoryUsage();
		return heapUsed + arrayBuffers;
	};
	const figures: FrameGarbageFigure[] = [];
	await eachLab(async (level, columns, rows, frame) => {
		// A few frames first, so the map, the chart and Ink's caches exist.
		for (let i = 0; i < 5; i++) await frame();
		const sizes: number[] = [];
		for (let i = 0; i < frames; i++) {
			gc();
			const before = inUse();
			await frame();
			const grew = inUse() - before;
			if (grew >= 0) sizes.push(grew);
		}
		sizes.sort((a, b) => a - b);
		figures.push({level: level.id, columns, rows, bytesPerFrame: sizes[Math.floor(sizes.length / 2)] ?? Number.NaN});
	});
	return figures;
}
