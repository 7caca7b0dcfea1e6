// Loaded with `node --import` ahead of a program: at the first write to stdout
// that shows FIRST_FRAME_MARKER, it records the time since the process started
// and the CPU it has used, to FIRST_FRAME_OUT as JSON, and ends the process.
// Inside the process, so starting tmux and a shell is not counted.
import {writeFileSync} from 'node:fs';

const marker = process.env.FIRST_FRAME_MARKER ?? '';
const out = process.env.FIRST_FRAME_OUT ?? '';
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
	if (String(chunk).includes(marker)) {
		const {user, system} = process.cpuUsage();
		writeFileSync(out, JSON.stringify({wallMs: performance.now(), cpuMs: (user + system) / 1000}));
		process.exit(0);
	}
	return write(chunk, ...rest);
};
