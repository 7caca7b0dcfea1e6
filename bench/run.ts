// One benchmark part per process, printed as JSON; scripts/bench.mjs runs the
// parts and formats the report.

import {loadMessages} from '../src/ui/strings.js';
import {benchEngine} from './engine.js';
import {benchFastestSweep} from './fastest-sweep.js';
import {benchFrameGarbage} from './frame-garbage.js';
import {benchLab} from './lab.js';
import {benchLabFrames} from './labs.js';
import {benchPractice} from './practice.js';
import {benchSessionMemory} from './session-memory.js';
import {benchStartup} from './startup.js';

// The screens draw in English, whose table loads on demand as it does when the game starts.
await loadMessages('en');
const part = process.argv[2];
if (part === 'engine') console.log(JSON.stringify(benchEngine()));
else if (part === 'lab') console.log(JSON.stringify(await benchLab()));
else if (part === 'labs') console.log(JSON.stringify(await benchLabFrames()));
else if (part === 'garbage') console.log(JSON.stringify(await benchFrameGarbage()));
else if (part === 'startup') console.log(JSON.stringify(benchStartup()));
else if (part === 'sweep') console.log(JSON.stringify(benchFastestSweep()));
else if (part === 'practice') console.log(JSON.stringify(benchPractice()));
else if (part === 'memory') console.log(JSON.stringify(benchSessionMemory() ?? null));
else {
	console.error(`unknown bench part '${part}'`);
	process.exitCode = 2;
}
