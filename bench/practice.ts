// Practice levels generated per second: each one drawn, loaded through the
// level loader, checked for fairness (redrawn when unfair) and given its texts.
import {concepts} from '../src/game/practice/concepts.js';
import {difficulties} from '../src/game/practice/family.js';
import {generateLevel} from '../src/game/practice/generate.js';

export function benchPractice(): {
	levels: number;
	ms: number;
	levelsPerSecond: number;
	cpuLevelsPerSecond: number;
	redrawsPerLevel: number;
} {
	const run = (seed: number, count: number) => {
		let redraws = 0;
		for (let i = 0; i < count; i++) {
			const concept = concepts[i % concepts.length] ?? 'add-node';
			const difficulty = difficulties[Math.floor(i / concepts.length) % difficulties.length] ?? 1;
			redraws += generateLevel(concept, seed, i, difficulty).redraws;
		}
		return redraws;
	};
	run(0, 500); // warm-up
	const levels = 1000;
	const start = performance.now();
	const cpu = process.cpuUsage();
	const redraws = run(1, levels);
	const ms = performance.now() - start;
	// CPU time too: on a shared machine the wall clock mostly measures the other work.
	const {user, system} = process.cpuUsage(cpu);
	return {
		levels,
		ms,
		levelsPerSecond: (levels / ms) * 1000,
		cpuLevelsPerSecond: (levels / (user + system)) * 1e6,
		redrawsPerLevel: redraws / levels,
	};
}
