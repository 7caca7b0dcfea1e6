// One benchmark part per process, printed as JSON; scripts/bench.mjs runs the
// parts and formats the report.
import {benchEngine} from './engine.js';

const part = process.argv[2];
if (part === 'engine') {
	console.log(JSON.stringify(benchEngine()));
} else {
	console.error(`unknown bench part '${part}'`);
	process.exitCode = 2;
}
