// `npm run bench [-- --json]`: builds the game and the benchmarks, then prints
// their figures. Every comparison is measured inside one run, so machine noise
// hits both sides alike.
import {execFileSync} from 'node:child_process';
import {readFileSync, statSync} from 'node:fs';
import {build} from 'esbuild';
import {inkPatches} from './ink-patches.mjs';

const json = process.argv.includes('--json');
execFileSync(process.execPath, ['scripts/build.mjs'], {stdio: 'inherit'});
const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', jsx: 'automatic', logLevel: 'warning'};
const inkFixes = {
	// The same recipe as scripts/build.mjs, so the yardsticks are bundled like the game, but
	// with Ink as published: its patches (scripts/ink-patches.mjs) are the game's own work.
	alias: {'react-devtools-core': './bench/devtools-stub.js', ws: './bench/devtools-stub.js'},
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
	},
};
// The game's frames are measured as it ships: with the patches.
await build({...common, ...inkFixes, plugins: [inkPatches], entryPoints: ['bench/run.ts'], outfile: '.bench/run.js'});
await build({
	...common,
	...inkFixes,
	entryPoints: ['bench/minimal-app.tsx'],
	outfile: '.bench/minimal.js',
	minify: true,
});
await build({
	...common,
	...inkFixes,
	entryPoints: ['bench/minimal-animation.tsx'],
	outfile: '.bench/minimal-animation.js',
	minify: true,
});
// For scale: what the patches alone do to the same minimal app.
await build({
	...common,
	...inkFixes,
	plugins: [inkPatches],
	entryPoints: ['bench/minimal-animation.tsx'],
	outfile: '.bench/minimal-animation-patched.js',
	minify: true,
});

// The cast count parses src with the TypeScript compiler, left unbundled.
await build({...common, entryPoints: ['bench/casts-report.ts'], outfile: '.bench/casts.js', external: ['typescript']});

function part(name, flags = []) {
	return JSON.parse(execFileSync(process.execPath, [...flags, '.bench/run.js', name], {encoding: 'utf8'}));
}

const round = x => Math.round(x * 100) / 100;
const kib = bytes => Math.round(bytes / 1024);
const sizes = JSON.parse(readFileSync('.bench/cli-sizes.json', 'utf8'));
// `npm run bench -- --startup`: only the first-frame lines, to judge a change to start-up in a minute or two.
if (process.argv.includes('--startup')) {
	const firstFrame = {firstFrameKib: kib(sizes.firstFrame), minimalInkKib: kib(statSync('.bench/minimal.js').size)};
	printStartup(roundedStartup(part('startup')), firstFrame);
	process.exit(0);
}
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const engine = part('engine');
const lab = part('lab');
const labs = part('labs');
// A collection by hand before each run of frames, and a young generation large enough that none falls inside one.
const garbage = part('garbage', ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64']);
const startup = part('startup');
const memory = part('memory');
const practice = part('practice');
const sweep = part('sweep');
const casts = JSON.parse(execFileSync(process.execPath, ['.bench/casts.js'], {encoding: 'utf8'}));

const report = {
	date: new Date().toISOString(),
	node: process.version,
	engine: {
		nodes: engine.nodes,
		stepMs: round(engine.engineMs),
		baselineStepMs: round(engine.baselineMs),
		speedup: round(engine.speedup),
		tensorStepMs: Math.round(engine.tensorMs * 1000) / 1000,
		tensorSpeedup: round(engine.tensorSpeedup),
		tensorLossGap: engine.tensorLossGap,
	},
	lab: {
		stepMs: round(lab.stepMs),
		frameMs: round(lab.frameMs),
		stepsPerSecond: round(lab.stepsPerSecond),
		framesPerSecond: round(lab.framesPerSecond),
		coreAt20Fps: round(lab.coreAt20Fps),
	},
	practice: {
		levels: practice.levels,
		ms: round(practice.ms),
		levelsPerSecond: Math.round(practice.levelsPerSecond),
		cpuLevelsPerSecond: Math.round(practice.cpuLevelsPerSecond),
		redrawsPerLevel: round(practice.redrawsPerLevel),
	},
	// Every lab animating, as its clock drives it, at two terminal sizes.
	// Bytes each lab frame allocates (heap and typed-array buffers): a run's mean, median over runs.
	garbage: garbage.map(f => ({
		level: f.level,
		size: `${f.columns}×${f.rows}`,
		// null when a collection fell inside every run.
		kbPerFrame: Number.isFinite(f.bytesPerFrame) ? Math.round(f.bytesPerFrame / 1024) : null,
	})),
	labs: labs.map(f => ({
		level: f.level,
		size: `${f.columns}×${f.rows}`,
		frameMs: round(f.frameMs),
		framesPerSecond: round(f.framesPerSecond),
		coreAtClock: round(f.coreAtClock),
	})),
	sweep: sweep.map(f => ({
		level: f.level,
		totalMs: round(f.totalMs),
		longestSliceMs: round(f.longestSliceMs),
		slices: f.slices,
	})),
	casts,
	startup: roundedStartup(startup),
	bundle: {
		cliKib: kib(sizes.total),
		firstFrameKib: kib(sizes.firstFrame),
		minimalInkKib: kib(statSync('.bench/minimal.js').size),
		files: sizes.files,
		packedKib: kib(pack.size),
	},
	// null where /proc is missing (not Linux): peak RSS is read from /proc/<pid>/status.
	memory:
		memory === null
			? null
			: {
					gamePeakRssMb: round(memory.gameMb),
					minimalInkPeakRssMb: round(memory.minimalMb),
					animatedInkPeakRssMb: round(memory.animatedMb),
					moonsLab120x40PeakRssMb: round(memory.moonsWideMb),
					animatedInk120x40PeakRssMb: round(memory.animatedWideMb),
					moonsToYardstick: round(memory.moonsWideMb / memory.animatedWideMb),
					patchedInk120x40PeakRssMb: round(memory.patchedWideMb),
				},
};

if (json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const {engine: e, lab: l, labs: ls, garbage: g, startup: s, memory: m, practice: p, bundle: b, sweep: w} = report;
	console.log(`engine   moons training step, MLP(2,[16,16,1]) on 100 points, ${e.nodes} nodes   (budget ≤ 8 ms, ≥ 4×)`);
	console.log(`           ${e.stepMs} ms vs closure baseline ${e.baselineStepMs} ms → ${e.speedup}×`);
	console.log(
		`tensor   the same step on the tensor engine: ${e.tensorStepMs} ms vs scalar ${e.stepMs} ms → ${e.tensorSpeedup}×   (aim ≥ 20×)`,
	);
	console.log(`           same loss: largest gap over 5 steps ${e.tensorLossGap.toExponential(1)}`);
	console.log(
		`lab      moons: ${l.stepsPerSecond} steps/s; ${l.framesPerSecond} frames/s with one step + render per frame`,
	);
	console.log(
		`           at 20 frames/s that is ${l.coreAt20Fps} of one core                              (budget ≥ 20 fps, < 1 core)`,
	);
	console.log('labs     each lab animating: frames/s (one clock tick + render) and share of a core at its clock');
	console.log('           (budget ≥ 30 fps, < 0.5 core)');
	for (const f of ls) {
		console.log(
			`           ${f.level.padEnd(20)} ${f.size.padEnd(7)} ${String(f.framesPerSecond).padStart(8)} fps  ${f.coreAtClock} core`,
		);
	}
	console.log(
		'garbage  what one lab frame allocates (heap and typed-array buffers), mean of 10 frames, median of 7 runs   (budget < 1024 KB)',
	);
	for (const f of g)
		console.log(`           ${f.level.padEnd(20)} ${f.size.padEnd(7)} ${String(f.kbPerFrame ?? '—').padStart(8)} KB`);
	console.log("sweep    the fastest η on each lab's dial, in slices between frames: whole sweep, longest slice (CPU)");
	for (const f of w)
		console.log(
			`           ${f.level.padEnd(20)} ${String(f.totalMs).padStart(8)} ms in ${String(f.slices).padStart(3)} slices, longest ${f.longestSliceMs} ms`,
		);
	printStartup(s, b);
	console.log(
		`bundle   dist/cli.js and ${b.files - 1} chunks: ${b.cliKib} KiB; the package packed: ${b.packedKib} KiB`,
	);
	console.log(`casts    type assertions in src, counted on the syntax tree: ${report.casts}   (goal < 40)`);
	console.log(
		`practice ${p.levels} generated levels in ${p.ms} ms → ${p.levelsPerSecond} levels/s (${p.cpuLevelsPerSecond} a CPU second), ${p.redrawsPerLevel} redraws a level   (goal ≥ 2000/s)`,
	);
	if (m === null) {
		console.log('memory   not measured: peak RSS is read from /proc, which this system lacks');
	} else {
		console.log(
			`memory   peak RSS through a session with the moons lab: ${m.gamePeakRssMb} MB              (budget ≤ 120 MB)`,
		);
		console.log(
			`           minimal Ink apps: ${m.minimalInkPeakRssMb} MB drawing one box, ${m.animatedInkPeakRssMb} MB redrawing 78×20 at 20 frames/s`,
		);
		console.log(
			`           moons lab at 120×40 to its goal: ${m.moonsLab120x40PeakRssMb} MB vs the minimal app redrawing 118×36 at 20 frames/s ${m.animatedInk120x40PeakRssMb} MB → ${m.moonsToYardstick}×   (budget ≤ 1×)`,
		);
		console.log(`           the same minimal app with the game's Ink patches: ${m.patchedInk120x40PeakRssMb} MB`);
	}
}

/** Each way of timing the first frame: medians, their ratio, and the spread of the pairs' ratios, rounded. */
function roundedStartup(startup) {
	return Object.fromEntries(
		Object.entries(startup).map(([way, c]) => [
			way,
			{
				gameMs: round(c.gameMs),
				minimalInkMs: round(c.minimalMs),
				ratio: round(c.ratio),
				runs: c.runs,
				spread: Object.fromEntries(Object.entries(c.spread).map(([k, v]) => [k, round(v)])),
			},
		]),
	);
}

/** The start-up lines: each way of timing the first frame, the game's median against the minimal app's. */
function printStartup(s, b) {
	console.log(
		'startup  first frame of a first start vs the minimal bundled Ink app, alternating runs   (budget ≤ 1.1×)',
	);
	console.log("           median game / minimal → ratio; each pair's ratio: lowest [quartiles] highest");
	const ways = [
		['in tmux', s.tmux],
		['in process, wall', s.wall],
		['in process, CPU', s.cpu],
	];
	for (const [name, c] of ways) {
		const {low, q1, q3, high} = c.spread;
		console.log(
			`           ${name.padEnd(17)} ${String(c.gameMs).padStart(8)} / ${String(c.minimalInkMs).padEnd(8)} ms → ${c.ratio}×   ${low} [${q1}–${q3}] ${high}  (${c.runs} pairs)`,
		);
	}
	console.log(
		`           the game loads ${b.firstFrameKib} KiB of JavaScript for it, the minimal app ${b.minimalInkKib} KiB`,
	);
}
