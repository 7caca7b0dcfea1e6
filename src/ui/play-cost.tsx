// What a level costs to play, measured the way the game spends it: building
// its graph and fields, drawing its screen the first time, and redrawing it
// after one keystroke. `validate` refuses a level over the budget, so that a
// pack it accepts also plays smoothly.

import {renderToString} from 'ink';
import {dispatchKey} from '../game/keys.js';
import {emptyProgress} from '../game/progress.js';
import {createGameStore} from '../game/store.js';
import type {Language} from '../levels/language.js';
import {finishDeferred, type Level, type LevelError} from '../levels/loader.js';
import {maxContentWidth} from './App.js';
import {GameContext} from './game-context.js';
import {LevelScreen} from './screens/LevelScreen.js';

export type PlayCost = {
	/** Building the level's graph, answers and diagnoses. */
	readonly build: number;
	/** Drawing the level screen for the first time, at the game's widest (a 120×40 terminal). */
	readonly firstDraw: number;
	/** Taking one keystroke (a digit in the answer field) and redrawing. */
	readonly keystroke: number;
};

/**
 * Milliseconds of CPU time each part may take, on the slow 2-core machines the
 * game is built on. The shipped levels take a few each; past these a player
 * would see the game stall.
 */
export const playBudget: PlayCost = {build: 300, firstDraw: 300, keystroke: 150};

/** The game's widest screen (its content stops at 100 columns): where the circuit has the most room to be laid out. */
const size = {columns: maxContentWidth + 2, rows: 40} as const;

/** CPU milliseconds (this thread's, so other work on the machine does not count) that `work` takes. */
function cpuMs(work: () => void): number {
	const start = process.cpuUsage();
	work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/**
 * Builds a level loaded with `defer` (its graph not yet built) and measures
 * what playing it costs. The cost is undefined for a level whose graph has
 * problems (they are returned instead) or that has no answer fields (labs).
 */
export function measurePlayCost(level: Level, lang: Language): {problems: LevelError[]; cost: PlayCost | undefined} {
	let problems: LevelError[] = [];
	const build = cpuMs(() => {
		problems = finishDeferred([level]).errors;
	});
	if (problems.length > 0 || level.fields.length === 0) return {problems, cost: undefined};
	// Twice, keeping the faster: the first run in a process also pays for compiling the drawing code.
	let firstDraw = Number.POSITIVE_INFINITY;
	let keystroke = Number.POSITIVE_INFINITY;
	for (let run = 0; run < 2; run++) {
		const store = createGameStore({lang, levels: [level], progress: emptyProgress, startLevel: level.id});
		const draw = () =>
			renderToString(
				<GameContext.Provider value={store}>
					<LevelScreen width={size.columns - 2} height={size.rows - 1} />
				</GameContext.Provider>,
				{columns: size.columns},
			);
		firstDraw = Math.min(firstDraw, cpuMs(draw));
		keystroke = Math.min(
			keystroke,
			cpuMs(() => {
				dispatchKey(store, '1', {});
				draw();
			}),
		);
	}
	return {problems, cost: {build, firstDraw, keystroke}};
}

/** The parts of a cost over the budget, as `name: figure` lines in `lang`; empty when the level is within it. */
export function overBudget(cost: PlayCost, budget: PlayCost = playBudget, lang: Language = 'en'): string[] {
	const said = costWords[lang];
	return costParts
		.filter(part => cost[part] > budget[part])
		.map(part => said[part](Math.round(cost[part]), budget[part]));
}

const costParts: readonly (keyof PlayCost)[] = ['build', 'firstDraw', 'keystroke'];

/** Each part of the cost over its budget, in words: the time it took and the most it may take, in ms. */
const costWords: Readonly<Record<Language, Record<keyof PlayCost, (ms: number, most: number) => string>>> = {
	en: {
		build: (ms, most) => `building it takes ${ms} ms (at most ${most} ms)`,
		firstDraw: (ms, most) => `drawing its screen takes ${ms} ms (at most ${most} ms)`,
		keystroke: (ms, most) => `one keystroke takes ${ms} ms (at most ${most} ms)`,
	},
	ko: {
		build: (ms, most) => `레벨을 만드는 데 ${ms}ms(최대 ${most}ms)`,
		firstDraw: (ms, most) => `화면을 처음 그리는 데 ${ms}ms(최대 ${most}ms)`,
		keystroke: (ms, most) => `키 한 번 누르는 데 ${ms}ms(최대 ${most}ms)`,
	},
};
