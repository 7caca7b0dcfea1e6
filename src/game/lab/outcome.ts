import {itemAt} from '../../engine/checked.js';
/**
 * How a training run is going, judged from its losses alone (and, for one
 * weight, the direction of each step). Every run is in exactly one of these.
 */
export type Outcome = 'goal' | 'diverged' | 'stalled' | 'oscillating' | 'improving';

/** Why a run counts as diverged. */
export type Divergence = 'not-finite' | 'exploded' | 'growing';

/** A loss this many times its starting value counts as diverged. */
export const explodeFactor = 10;

/** Less than this fraction of the loss won over a whole window is no real progress. */
export const minProgress = 0.005;

/**
 * A loss that moves back and forth, on average, by at least this fraction of
 * its level each step swings: it is judged on its trend (a line fitted through the window), and a
 * swinging run with no downward trend oscillates rather than stalls.
 */
export const swingShare = 0.01;

/**
 * Steps in the window a stall is judged over: a fifth of the level's step
 * budget, so a run that will reach its goal within the budget is never called
 * stalled on the way (the XOR plateau at the default η is shorter), and at
 * least 8 steps so a handful of steps never decides it.
 */
export function stallWindow(budget: number): number {
	return Math.max(8, Math.round(budget / 5));
}

export type RunFacts = {
	/** The loss before the first step. */
	readonly initial: number;
	/** The loss after each step, oldest first; all finite but perhaps the last. */
	readonly losses: readonly number[];
	readonly goal: number;
	/** Steps in the judging window (see stallWindow). */
	readonly window: number;
	/** The step from which the run has gone on unchanged (same η, not resumed since). */
	readonly since: number;
	/** For one weight: the signed move of each step, oldest first, aligned with losses[1…]. */
	readonly moves?: readonly number[] | undefined;
};

export type Verdict =
	| {readonly outcome: 'goal' | 'stalled' | 'improving'}
	/** `swing`: for a loss history (no moves), its back-and-forth movement a step, as a share of the loss (see windowTrend). */
	| {readonly outcome: 'oscillating'; readonly swing?: number}
	| {readonly outcome: 'diverged'; readonly divergence: Divergence};

/**
 * Judges the run after its latest step. The goal wins over everything; then a
 * loss that can't be represented or has grown past ten times its start;
 * then, once a whole window has passed since the run last changed, a window
 * with less than 0.5 % progress is an oscillation when every step reversed
 * the one before (growing: diverged) and a stall otherwise. Without moves
 * (a network), a loss that swings is judged on its fitted trend: falling is
 * progress, anything else an oscillation; a stall is only ever a flat curve.
 */
export function judgeRun({initial, losses, goal, window, since, moves}: RunFacts): Verdict {
	const n = losses.length;
	const lossAt = (step: number) => (step === 0 ? initial : itemAt(losses, step - 1));
	const last = lossAt(n);
	if (!Number.isFinite(last)) return {outcome: 'diverged', divergence: 'not-finite'};
	if (n > 0 && last < goal) return {outcome: 'goal'};
	if (last > initial * explodeFactor && last > 1e-6) return {outcome: 'diverged', divergence: 'exploded'};
	if (n - since < window) return {outcome: 'improving'};
	const before = lossAt(n - window);
	if (moves === undefined) {
		const recent = Array.from({length: window + 1}, (_, k) => lossAt(n - window + k));
		const {level, fall, swing} = windowTrend(recent);
		if (swing >= swingShare)
			return fall >= minProgress * level ? {outcome: 'improving'} : {outcome: 'oscillating', swing};
	}
	if (before - last >= minProgress * before) return {outcome: 'improving'};
	if (moves !== undefined && reversesEveryStep(moves.slice(moves.length - window))) {
		return last > before * (1 + minProgress) ? {outcome: 'diverged', divergence: 'growing'} : {outcome: 'oscillating'};
	}
	return {outcome: 'stalled'};
}

/**
 * A window of losses summed up: its mean `level`, how far a least-squares line
 * through it falls from its first step to its last (`fall`, negative when it
 * rises), and how far it went back and forth: the movement beyond what a
 * straight run from its first loss to its last needs, per step, as a share of
 * the level (`swing`; 0 for a curve that only falls or only rises, however steep).
 */
export function windowTrend(losses: readonly number[]): {level: number; fall: number; swing: number} {
	const count = losses.length;
	if (count < 2) return {level: losses[0] ?? 0, fall: 0, swing: 0};
	const meanX = (count - 1) / 2;
	let sum = 0;
	for (const y of losses) sum += y;
	const level = sum / count;
	let sxy = 0;
	let sxx = 0;
	let moved = 0;
	for (let k = 0; k < count; k++) {
		const y = itemAt(losses, k);
		sxy += (k - meanX) * (y - level);
		sxx += (k - meanX) ** 2;
		if (k > 0) moved += Math.abs(y - itemAt(losses, k - 1));
	}
	const slope = sxy / sxx;
	const net = Math.abs(itemAt(losses, count - 1) - itemAt(losses, 0));
	const swing = level > 0 ? (moved - net) / (count - 1) / level : 0;
	return {level, fall: -slope * (count - 1), swing};
}

function reversesEveryStep(moves: readonly number[]): boolean {
	for (let i = 1; i < moves.length; i++) {
		if (!(itemAt(moves, i - 1) * itemAt(moves, i) < 0)) return false;
	}
	return moves.length > 1;
}

/** The relative progress over the last `window` steps, (before − now) / before; ∞ before a whole window. */
export function recentProgress(initial: number, losses: readonly number[], window: number): number {
	const n = losses.length;
	if (n < window) return Number.POSITIVE_INFINITY;
	const before = n === window ? initial : itemAt(losses, n - window - 1);
	return (before - itemAt(losses, n - 1)) / before;
}
