// How a lab's steps turn into stars, in a file of its own: the status line
// names the ★★★ mark on the first frame, before any lab code is loaded.

/** The last step that still earns ★★★: half the lab's step limit. */
export function threeStarSteps(budget: number): number {
	return Math.floor(budget / 2);
}
