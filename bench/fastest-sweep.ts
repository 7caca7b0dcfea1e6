import {startFastestSweep} from '../src/game/lab/fastest-rate.js';
import {sweepStepsPerSlice} from '../src/game/slices/lab.js';
import {isTrainingLevel, loadLevelPack} from '../src/levels/loader.js';

export type SweepFigure = {
	readonly level: string;
	/** CPU milliseconds of the whole sweep: what the result screen used to wait for in one go. */
	readonly totalMs: number;
	/** The longest slice: what a key or a frame may wait for now. */
	readonly longestSliceMs: number;
	readonly slices: number;
};

/** Each lab's fastest-η sweep in the slices the result screen runs between frames, timed in CPU time (the second sweep of each). */
export function benchFastestSweep(): SweepFigure[] {
	const cpuMs = () => {
		const {user, system} = process.cpuUsage();
		return (user + system) / 1000;
	};
	return loadLevelPack('levels')
		.levels.filter(isTrainingLevel)
		.map(level => {
			// Once untimed first: in play the lab has just trained the same model, so its code is compiled.
			const warm = startFastestSweep(level);
			while (!warm.advance(sweepStepsPerSlice));
			const sweep = startFastestSweep(level);
			let totalMs = 0;
			let longestSliceMs = 0;
			let slices = 0;
			for (let done = false; !done; slices++) {
				const t0 = cpuMs();
				done = sweep.advance(sweepStepsPerSlice);
				const ms = cpuMs() - t0;
				totalMs += ms;
				longestSliceMs = Math.max(longestSliceMs, ms);
			}
			return {level: level.id, totalMs, longestSliceMs, slices};
		});
}
