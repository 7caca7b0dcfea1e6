// `npm run bench [-- --json]`: builds the benchmarks and prints their figures.
// Every comparison is measured inside one run, so machine noise hits both sides.
import {execFileSync} from 'node:child_process';
import {build} from 'esbuild';

const json = process.argv.includes('--json');
await build({
	entryPoints: ['bench/run.ts'],
	outfile: '.bench/run.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
});

function part(name, nodeFlags = []) {
	const out = execFileSync(process.execPath, [...nodeFlags, '.bench/run.js', name], {encoding: 'utf8'});
	return JSON.parse(out);
}

const round = x => Math.round(x * 100) / 100;
// A training step builds a ~70k-node graph that stays alive until backward()
// ends; V8's default young generation is smaller than that, so every step pays
// for a scavenge that copies the live graph. The tuned run gives both engines
// a 64 MB young generation; the default run shows what plain `node` gives.
const tuned = part('engine', ['--max-semi-space-size=64']);
const plain = part('engine');

const report = {
	date: new Date().toISOString(),
	node: process.version,
	engine: {
		nodes: tuned.nodes,
		stepMs: round(tuned.engineMs),
		baselineStepMs: round(tuned.baselineMs),
		speedup: round(tuned.speedup),
		nodeFlags: '--max-semi-space-size=64',
		defaultFlags: {
			stepMs: round(plain.engineMs),
			baselineStepMs: round(plain.baselineMs),
			speedup: round(plain.speedup),
		},
	},
};

if (json) {
	console.log(JSON.stringify(report, null, 2));
} else {
	const e = report.engine;
	console.log(`engine  moons training step, MLP(2,[16,16,1]) on 100 points, ${e.nodes} nodes (budget ≤ 8 ms, ≥ 4×)`);
	console.log(
		`          with ${e.nodeFlags}: ${e.stepMs} ms vs closure baseline ${e.baselineStepMs} ms → ${e.speedup}×`,
	);
	console.log(
		`          default node flags:           ${e.defaultFlags.stepMs} ms vs closure baseline ${e.defaultFlags.baselineStepMs} ms → ${e.defaultFlags.speedup}×`,
	);
}
