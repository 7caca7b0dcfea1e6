import {render} from 'ink';
import {Placeholder} from '../ui/Placeholder.js';

/** Renders the game and resolves with the exit code once the player quits. */
export async function play(): Promise<number> {
	const app = render(<Placeholder />);
	await app.waitUntilExit();
	return 0;
}
