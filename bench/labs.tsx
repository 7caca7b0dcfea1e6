import {render} from 'ink-testing-library';
import {emptyProgress} from '../src/game/progress.js';
import {createGameStore} from '../src/game/store.js';
import {type Level, loadLevelPack} from '../src/levels/loader.js';
import {App} from '../src/ui/App.js';
import {descentFrameMs, labFrameMs} from '../src/ui/use-lab-clock.js';

export type LabFrameFigure = {
	readonly level: string;
	readonly columns: number;
	readonly rows: number;
	/** Median CPU milliseconds of one animation frame: the clock's steps plus the re-render. */
	readonly frameMs: number;
	/** Frames a second one core could draw at that cost. */
	readonly framesPerSecond: number;
	/** The share of one core the lab uses at its own clock's frame rate. */
	readonly coreAtClock: number;
};

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

/**
 * Every lab as it animates (see eachLab), timed in CPU time, not wall time,
 * so other work on a shared machine does not count against the lab.
 */
export async function benchLabFrames(frames = 40): Promise<LabFrameFigure[]> {
	const cpuMs = () => {
		const {user, system} = process.cpuUsage();
		return (user + system) / 1000;
	};
	const figures: LabFrameFigure[] = [];
	await eachLab(async (level, columns, rows, frame) => {
		const times: number[] = [];
		for (let i = 0; i < frames; i++) {
			const t0 = cpuMs();
			await frame();
			times.push(cpuMs() - t0);
		}
		const frameMs = median(times);
		const clockMs = level.spec.kind === 'descent' ? descentFrameMs : labFrameMs;
		figures.push({
			level: level.id,
			columns,
			rows,
			frameMs,
			framesPerSecond: 1000 / frameMs,
			coreAtClock: Math.min(1, frameMs / clockMs),
		});
	});
	return figures;
}

/**
 * Opens every lab at 80×24 and at 120×40 in Ink's test renderer and hands
 * `measure` a function that plays one frame as the lab's clock does: the
 * trainer's steps for one tick, then the re-render. A run that ends (goal,
 * stall) is reset before the next frame, and that is not part of the frame.
 */
export async function eachLab(
	measure: (level: Level, columns: number, rows: number, frame: () => Promise<void>) => Promise<void>,
): Promise<void> {
	// The bench plays the clock itself: the lab's real timer must not add frames.
	globalThis.setInterval = (() => 0) as unknown as typeof setInterval;
	const settle = () => new Promise(resolve => setImmediate(resolve));
	const levels = loadLevelPack('levels').levels;
	const labs = levels.filter(l => l.spec.kind === 'lab' || l.spec.kind === 'descent');
	for (const [columns, rows] of [
		[80, 24],
		[120, 40],
	] as const) {
		for (const level of labs) {
			const store = createGameStore({lang: 'en', levels, progress: emptyProgress, startLevel: level.id});
			const view = render(<App store={store} />);
			Object.defineProperty(view.stdout, 'columns', {value: columns, configurable: true});
			Object.defineProperty(view.stdout, 'rows', {value: rows, configurable: true});
			view.stdout.emit('resize');
			await settle();
			const ensureRunning = async () => {
				const state = store.getState();
				if (state.lab?.status === 'running') return;
				if (state.lab?.status !== 'ready' && state.lab?.status !== 'paused') state.labReset();
				store.getState().labToggleRun();
				await settle();
			};
			await ensureRunning();
			await measure(level, columns, rows, async () => {
				store.getState().labTick();
				await settle();
				// Outside the frame: the next one starts from a running lab.
				if (store.getState().lab?.status !== 'running') await ensureRunning();
			});
			const frame = view.lastFrame() ?? '';
			view.unmount();
			if (!frame.includes(level.spec.title.en)) throw new Error(`${level.id} did not render:\n${frame}`);
		}
	}
}
