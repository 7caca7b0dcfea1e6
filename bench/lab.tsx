import {render} from 'ink-testing-library';
import {emptyProgress} from '../src/game/progress.js';
import {createGameStore} from '../src/game/store.js';
import {loadLevelPack} from '../src/levels/loader.js';
import {App} from '../src/ui/App.js';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

/**
 * The moons lab as the player runs it: each frame is one training step of
 * MLP(2,[16,16,1]) on 100 points plus the re-render of the whole lab screen
 * (loss chart, decision map, numbers) by Ink.
 */
export async function benchLab(frames = 60): Promise<{
	stepMs: number;
	frameMs: number;
	stepsPerSecond: number;
	framesPerSecond: number;
	coreAt20Fps: number;
}> {
	const levels = loadLevelPack('levels').levels;
	const store = createGameStore({lang: 'en', levels, progress: emptyProgress, startLevel: 'lab-moons'});
	const view = render(<App store={store} />);
	const session = store.getState().labSession;
	if (session === undefined) throw new Error('lab-moons did not open a lab');

	const stepTimes: number[] = [];
	for (let i = 0; i < frames; i++) {
		const t0 = performance.now();
		session.trainer.step(0.05);
		stepTimes.push(performance.now() - t0);
	}
	store.getState().labReset();

	const frameTimes: number[] = [];
	for (let i = 0; i < frames; i++) {
		const t0 = performance.now();
		// One frame as the lab's timer makes it: one step, then the screen re-renders
		// (React flushes the store update before the next macrotask). labStep does
		// the tick's work without starting the real timer.
		store.getState().labStep();
		await new Promise(resolve => setImmediate(resolve));
		frameTimes.push(performance.now() - t0);
	}
	const frame = view.lastFrame() ?? '';
	if (!frame.includes(`step ${frames} ·`)) throw new Error(`the lab screen did not keep up with the steps:\n${frame}`);
	view.unmount();
	if (!frame.includes('Two moons')) throw new Error('the lab screen did not render');
	const stepMs = median(stepTimes);
	const frameMs = median(frameTimes);
	return {
		stepMs,
		frameMs,
		stepsPerSecond: 1000 / stepMs,
		framesPerSecond: 1000 / frameMs,
		coreAt20Fps: (frameMs * 20) / 1000,
	};
}
