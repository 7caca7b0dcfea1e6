import type {Level} from '../../levels/loader.js';
import type {Concept} from '../practice/concepts.js';
import {levelFingerprint} from '../practice/fingerprint.js';
import {countedAnswers} from '../practice/grid-answers.js';
import {
	type AnswerKind,
	difficultyFor,
	dueConcepts,
	frequentMistakes,
	nextGrade,
	type PracticeLevelResult,
	planSession,
	recordPracticeLevel,
	type SessionGrade,
} from '../practice/history.js';
import {type GeneratorModule, practiceGenerator} from '../practice/load-generator.js';
import {offersPractice, schedulableConcepts} from '../practice/unlock.js';
import {mistakeToReteach, workedExample} from '../practice/worked-example.js';
import type {GameOptions, SliceCreator} from '../store.js';

/** How many generated levels one practice session plays. */
export const practiceSessionLength = 5;

/** A run of generated levels; each is made when it is reached, at the difficulty the history gives by then. */
export type PracticeSession = {
	/** The concept of each level of the session, in order. */
	readonly plan: readonly Concept[];
	readonly seed: number;
	/** The levels made so far; the last one is being played. */
	readonly levels: readonly Level[];
	readonly results: readonly PracticeLevelResult[];
	/** Per concept, what the session has told the scheduler so far (one review per concept a session). */
	readonly grades: Readonly<Partial<Record<Concept, SessionGrade>>>;
	/** Mistakes re-taught by a worked example this session, each once. */
	readonly taught: readonly AnswerKind[];
	/** The mistake the next level re-teaches with a worked example, when one is due. */
	readonly reteach: {readonly concept: Concept; readonly reason: AnswerKind} | undefined;
	/** Ids of the session's levels that are worked examples. */
	readonly examples: readonly string[];
};

export type PracticeStatus = {readonly unlocked: readonly Concept[]; readonly due: readonly Concept[]};

export type PracticeSlice = {
	readonly practice: PracticeSession | undefined;
	/**
	 * The time the practice lines speak of ("due in 10 min"), in milliseconds since
	 * the epoch: taken from the clock by `readClock` on each key and each new screen,
	 * so a render never reads the clock.
	 */
	readonly practiceNow: number;
	/** True while the practice generator loads, the first time practice starts (a frame or so). */
	readonly practiceLoading: boolean;

	/** Takes the clock's time for the practice lines. */
	readClock(): void;
	/** Which concepts can be practised and which are due at `at` (by default the clock's time now). */
	practiceStatus(at?: number): PracticeStatus;
	/**
	 * Starts a session: one concept's levels, or the due concepts in turn (the
	 * soonest ones when nothing is due). Does nothing when nothing is unlocked.
	 * The first time, it waits for the generator to load; at once after that.
	 */
	startPractice(concept?: Concept, seed?: number): Promise<void>;
	/** Records a finished practice level (called by finishLevel). */
	recordPracticeLevel(answers: readonly (readonly AnswerKind[])[], hints: number, solutionShown: boolean): void;
	/** The next level of the session, or its summary after the last. */
	nextPracticeLevel(): Promise<void>;
	/** Leaves the session (or its summary, or the overview) for the menu. */
	endPractice(): void;
	/** Every scheduled concept's standing and next review, from the menu. */
	openPracticeOverview(): void;
};

export const createPracticeSlice =
	(options: GameOptions): SliceCreator<PracticeSlice> =>
	(set, get) => {
		const now = options.now ?? Date.now;

		/**
		 * Runs `then` with the generator: at once when it is loaded; the first time, once it
		 * has loaded, with `practiceLoading` set meanwhile so the menu says so. A request made
		 * while it loads is dropped, and so is one whose screen the player has left by then.
		 */
		const withGenerator = async (then: (generator: GeneratorModule) => void): Promise<void> => {
			const ready = practiceGenerator.now();
			if (ready !== undefined) {
				then(ready);
				return;
			}
			if (get().practiceLoading) return;
			const screen = get().screen;
			set({practiceLoading: true});
			let generator: GeneratorModule;
			try {
				generator = await practiceGenerator.load();
			} catch {
				set({practiceLoading: false, notice: {kind: 'practice-unavailable', reason: 'not-loaded'}});
				return;
			}
			set({practiceLoading: false});
			if (get().screen === screen && !get().quitting) then(generator);
		};

		/** A worked example of the mistake to re-teach, put into the plan before the next level. */
		const enterExample = (
			{generateLevel}: GeneratorModule,
			session: PracticeSession,
			concept: Concept,
			reason: AnswerKind,
		) => {
			const i = session.levels.length;
			const difficulty = difficultyFor(get().progress.practice, concept);
			const avoid = new Set([
				...(get().progress.practice[concept]?.recent ?? []),
				...session.levels.map(l => levelFingerprint(l.spec)),
			]);
			const generated = generateLevel(concept, session.seed, i, difficulty, `practice-${i + 1}`, avoid);
			const {level, given} = workedExample(generated.level, reason);
			set({
				practice: {
					...session,
					plan: [...session.plan.slice(0, i), concept, ...session.plan.slice(i)],
					levels: [...session.levels, level],
					taught: [...session.taught, reason],
					reteach: undefined,
					examples: [...session.examples, level.id],
				},
			});
			get().enterLevel(level.id);
			const play = get().play;
			if (play === undefined) return;
			const ids = new Set(given.map(f => f.id));
			const left = level.fields.findIndex(f => !ids.has(f.id));
			set({
				play: {
					...play,
					focus: Math.max(0, left),
					solved: Object.fromEntries(given.map(f => [f.id, true])),
					revealed: Object.fromEntries(given.map(f => [f.id, 'shown' as const])),
				},
			});
		};

		const enterNext = async (session: PracticeSession): Promise<void> => {
			const {reteach} = session;
			if (reteach !== undefined) {
				await withGenerator(generator => enterExample(generator, session, reteach.concept, reteach.reason));
				return;
			}
			const i = session.levels.length;
			const concept = session.plan[i];
			if (concept === undefined) {
				set({
					practice: session,
					screen: 'practice-summary',
					reading: {...get().reading, top: 0},
					overlay: 'none',
					play: undefined,
					lab: undefined,
					labSession: undefined,
				});
				return;
			}
			const difficulty = difficultyFor(get().progress.practice, concept);
			// Never the same exercise twice in a session, nor one of the concept's last ten.
			const avoid = new Set([
				...(get().progress.practice[concept]?.recent ?? []),
				...session.levels.map(l => levelFingerprint(l.spec)),
			]);
			const frequent = frequentMistakes(get().progress.practice);
			await withGenerator(({generateLevel}) => {
				const {level} = generateLevel(concept, session.seed, i, difficulty, `practice-${i + 1}`, avoid, frequent);
				set({practice: {...session, levels: [...session.levels, level]}});
				get().enterLevel(level.id);
			});
		};

		return {
			practice: undefined,
			practiceNow: now(),
			practiceLoading: false,

			readClock() {
				const at = now();
				if (at !== get().practiceNow) set({practiceNow: at});
			},

			practiceStatus(at = now()) {
				const {levels, progress} = get();
				const unlocked = schedulableConcepts(levels, progress);
				return {unlocked, due: dueConcepts(progress.practice, unlocked, new Date(at))};
			},

			async startPractice(concept, seed) {
				const plan =
					concept === undefined
						? planSession(
								get().progress.practice,
								get().practiceStatus().unlocked,
								new Date(now()),
								practiceSessionLength,
							)
						: Array<Concept>(practiceSessionLength).fill(concept);
				if (plan.length === 0) {
					// Say why rather than do nothing: the footer offers p on every menu.
					if (get().screen === 'menu')
						set({
							notice: {
								kind: 'practice-unavailable',
								reason: offersPractice(get().levels) ? 'locked' : 'not-offered',
							},
						});
					return;
				}
				await enterNext({
					plan,
					seed: seed ?? now() % 1_000_000_000,
					levels: [],
					results: [],
					grades: {},
					taught: [],
					reteach: undefined,
					examples: [],
				});
			},

			recordPracticeLevel(answers, hints, solutionShown) {
				const {practice, progress, play} = get();
				const concept = practice?.plan[practice.levels.length - 1];
				if (practice === undefined || concept === undefined || play === undefined) return;
				const level = practice.levels[practice.levels.length - 1];
				// A worked example's given steps were never the learner's to answer.
				const example = level !== undefined && practice.examples.includes(level.id) && !solutionShown;
				// Each answer (a grid counts once) with its field's kind (a local derivative, a product, …), for accuracy by kind.
				const roles = level?.fields.map(f => f.role) ?? [];
				const counted =
					level === undefined ? answers.map((kinds, field) => ({field, kinds})) : countedAnswers(level.fields, answers);
				const kept = counted.filter(({kinds}) => !(example && kinds.length === 0));
				const result: PracticeLevelResult = {
					concept,
					answers: kept.map(a => a.kinds),
					...(level === undefined ? {} : {roles: kept.map(a => roles[a.field] ?? 'other')}),
					hints,
					solutionShown,
					finishedAt: new Date(now()),
					...(level === undefined ? {} : {fingerprint: levelFingerprint(level.spec)}),
				};
				const earlier = practice.grades[concept];
				const grades = {...practice.grades, [concept]: nextGrade(progress.practice, result, earlier)};
				const next = {...progress, practice: recordPracticeLevel(progress.practice, result, earlier)};
				const results = [...practice.results, result];
				// The same mistake twice in the session: the next level works one example of its rule.
				const reason = mistakeToReteach(results, concept, practice.taught);
				const reteach = reason === undefined ? undefined : {concept, reason};
				set({progress: next, practice: {...practice, results, grades, reteach}});
				const warning = options.onProgress?.(next);
				if (warning !== undefined && !get().warnings.includes(warning)) set({warnings: [...get().warnings, warning]});
			},

			async nextPracticeLevel() {
				const session = get().practice;
				if (session !== undefined) await enterNext(session);
			},

			openPracticeOverview() {
				if (get().screen !== 'menu') return;
				set({screen: 'practice-overview', overlay: 'none', notice: undefined, reading: {...get().reading, top: 0}});
			},

			endPractice() {
				set({
					practice: undefined,
					screen: 'menu',
					overlay: 'none',
					play: undefined,
					lab: undefined,
					labSession: undefined,
				});
			},
		};
	};
