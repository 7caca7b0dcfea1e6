import {PerformanceObserver} from 'node:perf_hooks';
import {eachLab} from './labs.js';

export type FrameGarbageFigure = {
	readonly level: string;
	readonly columns: number;
	readonly rows: number;
	/** Bytes a frame allocates, JavaScript heap plus typed-array buffers: the median over runs of each run's mean. */
	readonly bytesPerFrame: number;
};

type Gc = () => void;

/**
 * What one lab frame allocates, as it does in play: after a full collection,
 * the heap (and typed-array buffers) in use before and after a run of frames,
 * divided by the frames. Run with --expose-gc and a young generation large
 * enough that no collection falls inside a run; a run in which one did anyway
 * is not counted. A mean over several frames, because a single frame's growth
 * depends on where V8's allocation happens to stand.
 */
export async function benchFrameGarbage(runs = 7, framesPerRun = 10): Promise<FrameGarbageFigure[]> {
	const gc = (globalThis as {gc?: Gc}).gc;
	if (gc === undefined) throw new Error('frame garbage needs node --expose-gc');
	const inUse = () => {
		const {heapUsed, arrayBuffers} = process.memoryUsage();
		return heapUsed + arrayBuffers;
	};
	const collections: number[] = [];
	const observer = new PerformanceObserver(list => {
		for (const entry of list.getEntries()) collections.push(entry.startTime);
	});
	observer.observe({entryTypes: ['gc']});
	const figures: FrameGarbageFigure[] = [];
	await eachLab(async (level, columns, rows, frame) => {
		// A few frames first, so the map, the chart and Ink's caches exist.
		for (let i = 0; i < 5; i++) await frame();
		const means: number[] = [];
		for (let run = 0; run < runs; run++) {
			gc();
			const start = performance.now();
			const before = inUse();
			for (let i = 0; i < framesPerRun; i++) await frame();
			const grew = inUse() - before;
			const end = performance.now();
			// The observer hears of collections a moment later.
			await new Promise(resolve => setTimeout(resolve, 5));
			if (!collections.some(t => t >= start && t <= end)) means.push(grew / framesPerRun);
		}
		means.sort((a, b) => a - b);
		figures.push({level: level.id, columns, rows, bytesPerFrame: means[Math.floor(means.length / 2)] ?? Number.NaN});
	});
	observer.disconnect();
	return figures;
}
