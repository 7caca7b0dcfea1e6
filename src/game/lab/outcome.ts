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
	| {readonly outcome: 'goal' | 'stalled' | 'oscillating' | 'improving'}
	| {readonly outcome: 'diverged'; readonly divergence: Divergence};

/**
 * Judges the run after its latest step. The goal wins over everything; then a
 * loss that can't be represented or has grown past ten times its start;
 * then, once a whole window has passed since the run last changed, a window
 * with less than 0.5 % progress is an oscillation when every step reversed
 * the one before (growing: diverged) and a stall otherwise.
 */
export function judgeRun({initial, losses, goal, window, since, moves}: RunFacts): Verdict {
	const n = losses.length;
	const lossAt = (step: number) => (step === 0 ? initial : (losses[step - 1] as number));
	const last = lossAt(n);
	if (!Number.isFinite(last)) return {outcome: 'diverged', divergence: 'not-finite'};
	if (n > 0 && last < goal) return {outcome: 'goal'};
	if (last > initial * explodeFactor && last > 1e-6) return {outcome: 'diverged', divergence: 'exploded'};
	if (n - since < window) return {outcome: 'improving'};
	const before = lossAt(n - window);
	if (before - last >= minProgress * before) return {outcome: 'improving'};
	if (moves !== undefined && reversesEveryStep(moves.slice(moves.length - window))) {
		return last > before * (1 + minProgress) ? {outcome: 'diverged', divergence: 'growing'} : {outcome: 'oscillating'};
	}
	return {outcome: 'stalled'};
}

function reversesEveryStep(moves: readonly number[]): boolean {
	for (let i = 1; i < moves.length; i++) {
		if (!((moves[i - 1] as number) * (moves[i] as number) < 0)) return false;
	}
	return moves.length > 1;
}

/** The relative progress over the last `window` steps, (before − now) / before; ∞ before a whole window. */
export function recentProgress(initial: number, losses: readonly number[], window: number): number {
	const n = losses.length;
	if (n < window) return Number.POSITIVE_INFINITY;
	const before = n === window ? initial : (losses[n - window - 1] as number);
	return (before - (losses[n - 1] as number)) / before;
}
