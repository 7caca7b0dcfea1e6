// When each concept comes back: one FSRS card per concept (ts-fsrs, the Free
// Spaced Repetition Scheduler). A finished practice level is one review.

import {
	type Card,
	createEmptyCard,
	forgetting_curve,
	fsrs,
	type Grade,
	generatorParameters,
	Rating,
	State,
} from 'ts-fsrs';

/**
 * How a practice level went, as the scheduler hears it: `rounding` is a level
 * whose only slips were answers typed with too few figures.
 */
export type LevelOutcome = 'clean' | 'hinted' | 'rounding' | 'wrong';

// Right first time is a good recall; right only after a hint, or only short
// of figures, a hard one; any other wrong answer or the solution shown, a lapse.
const ratings: Record<LevelOutcome, Grade> = {
	clean: Rating.Good,
	hinted: Rating.Hard,
	rounding: Rating.Hard,
	wrong: Rating.Again,
};

const severity: Record<LevelOutcome, number> = {clean: 0, rounding: 1, hinted: 1, wrong: 2};

/** The worse of two outcomes: a session is graded by its worst level of a concept. */
export function worseOutcome(a: LevelOutcome | undefined, b: LevelOutcome): LevelOutcome {
	return a !== undefined && severity[a] > severity[b] ? a : b;
}

/**
 * No fuzz, so a fixed clock gives fixed dates. One ten-minute (re)learning
 * step: a mistake brings its concept back in the same sitting, a clean answer
 * sends it days away, and each clean review after that further.
 */
let made: ReturnType<typeof fsrs> | undefined;
/** Made on first use: a start whose menu predicts no recall never makes it. */
const scheduler = () => {
	made ??= fsrs(generatorParameters({enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m']}));
	return made;
};

/** A card as the save file keeps it: plain JSON, dates as ISO 8601. */
export type CardState = {
	readonly due: string;
	readonly stability: number;
	readonly difficulty: number;
	readonly scheduledDays: number;
	readonly learningSteps: number;
	readonly reps: number;
	readonly lapses: number;
	readonly state: 'new' | 'learning' | 'review' | 'relearning';
	readonly lastReview: string | undefined;
};

const stateNames = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning',
} as const;
const states = {new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning} as const;

function toCard(c: CardState): Card {
	return {
		due: new Date(c.due),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: 0,
		scheduled_days: c.scheduledDays,
		learning_steps: c.learningSteps,
		reps: c.reps,
		lapses: c.lapses,
		state: states[c.state],
		...(c.lastReview === undefined ? {} : {last_review: new Date(c.lastReview)}),
	};
}

function fromCard(card: Card): CardState {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: stateNames[card.state],
		lastReview: card.last_review?.toISOString(),
	};
}

/** A concept never practised: due now. */
export function newCard(now: Date): CardState {
	return fromCard(createEmptyCard(now));
}

/** The card after one finished level. */
export function review(card: CardState | undefined, outcome: LevelOutcome, now: Date): CardState {
	return fromCard(scheduler().next(toCard(card ?? newCard(now)), now, ratings[outcome]).card);
}

export function isDue(card: CardState | undefined, now: Date): boolean {
	return card === undefined || new Date(card.due).getTime() <= now.getTime();
}

/** The chance, as FSRS models it, that the concept is still remembered at `now`; 0 for one never practised. */
export function predictedRecall(card: CardState | undefined, now: Date): number {
	if (card === undefined || card.state === 'new' || card.lastReview === undefined) return 0;
	// Elapsed time in fractional days: ts-fsrs's own call counts whole days, which ties a morning's reviews.
	const days = Math.max(0, now.getTime() - new Date(card.lastReview).getTime()) / 86_400_000;
	return forgetting_curve(scheduler().parameters.w, days, card.stability);
}
