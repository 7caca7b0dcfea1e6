/** How a level went, as scoring sees it. */
export type Performance = {
	readonly wrongAnswers: number;
	readonly hintsUsed: number;
	readonly solutionShown: boolean;
};

/** Wrong answers a player may give before it costs a star. */
export const freeWrongAnswers = 2;
export const pointsPerStar = 100;
/** The most stars a play can earn once the level's worked solution has been shown. */
export const starsAfterSolution = 1;

/**
 * 3 stars to start; each hint costs one; more than two wrong answers cost one;
 * a solved level keeps at least one. Showing the solution scores 0.
 * Time is recorded but never scored.
 */
export function starsFor({wrongAnswers, hintsUsed, solutionShown}: Performance): number {
	if (solutionShown) return 0;
	const penalty = hintsUsed + (wrongAnswers > freeWrongAnswers ? 1 : 0);
	return Math.max(1, 3 - penalty);
}

/** A replay after the solution was seen earns at most `starsAfterSolution`, so stars can't be farmed. */
export function capAfterSolution(stars: number, solutionSeenBefore: boolean): number {
	return solutionSeenBefore ? Math.min(stars, starsAfterSolution) : stars;
}

export function pointsFor(stars: number): number {
	return stars * pointsPerStar;
}

/** The points a play adds to the total: only the stars above the level's best before it count. */
export function pointsGained(stars: number, bestBefore = 0): number {
	return Math.max(0, pointsFor(stars) - pointsFor(bestBefore));
}
