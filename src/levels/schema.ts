// zod/mini rather than zod: the same checks at a fraction of the bundle, which
// keeps `npx backprop-quest` starting fast.
import * as z from 'zod/mini';
import {type Language, languageNames} from './language.js';
import {packLimits} from './limits.js';
import {sealedBugPattern} from './sealed-bug.js';

/** The level-file format this version of the game reads. */
export const formatVersion = 1;

/**
 * What a matrix level asks: a value `Y`, a gradient `dL/dW`, a shape,
 * `shape(Y)` or `shape(dL/dW)`, or a value after one step of gradient descent
 * on the level's `params`, `after(W)` or `after(L)`. Matrices are answered as grids.
 */
export const matrixAskPattern = /^(?:shape\((d\w+\/d\w+|\w+)\)|after\((\w+)\)|(d\w+\/d\w+|\w+))$/;

/**
 * Builds the level-file schema. Building it takes zod a noticeable share of
 * start-up, and the game needs it only for files it has not checked before (the
 * shipped levels were checked when the game was built), so it is built on first use.
 */
function buildSchema() {
	const textIn = (language: Language, most: number) =>
		z
			.string()
			.check(
				z.minLength(1, `the ${languageNames[language]} text is empty`),
				z.maxLength(most, `the ${languageNames[language]} text is longer than ${most} characters`),
			);

	/** A text in every language, at most `most` characters in each (see packLimits). */
	const textOf = (most: number) =>
		z.strictObject({en: textIn('en', most), ko: textIn('ko', most)} satisfies Record<Language, unknown>);
	const text = textOf(packLimits.text);
	const title = textOf(packLimits.title);
	const hint = textOf(packLimits.hint);

	const id = z
		.string()
		.check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, like add-node-basics'));

	const name = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not a valid node name'));
	/** A node's name in another language: one word of letters, digits or `_`, so maths around it stays readable. */
	const label = z
		.string()
		.check(
			z.regex(/^[\p{L}_][\p{L}\p{N}_]*$/u, 'a label is one word of letters, digits or _'),
			z.maxLength(packLimits.labelChars, `a label has at most ${packLimits.labelChars} characters`),
		);
	/**
	 * Node names as another language writes them (`{"price": {"ko": "가격"}}`): every
	 * drawing, field and worked step of the level uses them in that language. The
	 * English name stays the node's id and is what English shows.
	 */
	const labels = z.optional(
		z.record(name, z.strictObject({ko: label} satisfies Record<Exclude<Language, 'en'>, unknown>)),
	);
	const positive = z.number().check(z.positive());
	const wholePositive = z.int().check(z.positive());

	const shared = {
		id,
		title,
		intro: text,
		hints: z.array(hint).check(z.minLength(1, 'give at least one hint'), z.maxLength(3, 'at most three hints')),
		explain: text,
		/**
		 * A class pack leaves the worked numbers out of `explain` so the file doesn't hold the key:
		 * the game shows the engine's worked steps once the level is solved or its solution shown.
		 */
		explainWithheld: z.optional(z.literal(true)),
	};

	const graphLevel = {
		...shared,
		formula: z
			.string()
			.check(
				z.minLength(1, 'the formula is empty'),
				z.maxLength(packLimits.formulaChars, `a formula has at most ${packLimits.formulaChars} characters`),
			),
		inputs: z.record(name, z.number()),
		/** The node the level differentiates; the last step when omitted. */
		output: z.optional(name),
		/** The named nodes to draw; every node when omitted. */
		view: z.optional(z.array(name).check(z.minLength(1))),
		/**
		 * Hint ladders for single fields, keyed by field id (`grad:f:x`, `local:y1:H1`,
		 * `value:h1`, …; `validate` lists a level's ids when one is wrong).
		 */
		fieldHints: z.optional(
			z.record(
				z.string(),
				z.array(hint).check(z.minLength(1, 'give at least one hint'), z.maxLength(3, 'at most three hints')),
			),
		),
	};

	/** A number, a vector `[1, 2]` or a matrix `[[1, 2], [3, 4]]` (the loader checks the rows are equal). */
	const tensorInput = z.union([z.number(), z.array(z.number()), z.array(z.array(z.number()))]);

	const range = z.strictObject({
		min: positive,
		max: positive,
		start: positive,
		/** η values the level's text talks about: + and − stop at each of them. */
		marks: z.optional(z.array(positive)),
	});
	const goal = z.strictObject({loss: positive, steps: wholePositive});

	const levelSchema = z.discriminatedUnion('kind', [
		/** Compute forward values of the named nodes. */
		z.strictObject({...graphLevel, labels, kind: z.literal('forward'), ask: z.array(name).check(z.minLength(1))}),
		/** Gradients written `df/dx`: ∂(node f)/∂(node x). */
		z.strictObject({
			...graphLevel,
			labels,
			kind: z.literal('gradients'),
			ask: z.array(z.string().check(z.regex(/^d\w+\/d\w+$/, "write a gradient as 'df/dx'"))).check(z.minLength(1)),
		}),
		/** Local derivatives asked as formulas in the step's names: `da/dz`, a step and one name it reads. */
		z.strictObject({
			...graphLevel,
			kind: z.literal('derive'),
			ask: z
				.array(z.string().check(z.regex(/^d\w+\/d\w+$/, "write a local derivative as 'da/dz'")))
				.check(z.minLength(1)),
		}),
		/** A centred-difference check of the gradient of the output by one input, at step h. */
		z.strictObject({
			...graphLevel,
			kind: z.literal('grad-check'),
			wrt: name,
			step: positive,
			/** Whether the game shows f(x+h) and f(x−h) or the player computes them. */
			given: z.boolean(),
			/** The relative error under which the check passes; 1e-4 when omitted. */
			threshold: z.optional(positive),
		}),
		/** A worked backward pass with one planted mistake: find its row, type its right gradient. */
		z.strictObject({
			...graphLevel,
			kind: z.literal('find-the-bug'),
			/** The planted mistake; a pack file for students holds it sealed (see sealed-bug.ts). */
			bug: z.union([
				z.strictObject({node: name, mistake: z.string()}),
				z.string().check(z.regex(sealedBugPattern, "a sealed bug is 'sealed:' and the letters generate wrote")),
			]),
		}),
		/** One path from the output down to a node: each local derivative, then their product. */
		z.strictObject({...graphLevel, labels, kind: z.literal('chain'), path: z.array(name).check(z.minLength(2))}),
		/** Every path from `of` down to `wrt`, then their sum. */
		z.strictObject({...graphLevel, labels, kind: z.literal('paths'), of: name, wrt: name}),
		/** ∂E/∂param, then the updated param − η·∂E/∂param. */
		z.strictObject({...graphLevel, labels, kind: z.literal('update'), param: name, learningRate: positive}),
		/** Gradient descent on one weight, E(param) drawn as a curve. */
		z.strictObject({...graphLevel, kind: z.literal('descent'), param: name, learningRate: range, goal}),
		/** Values, gradients and shapes of matrices: a layer and a batch by hand. */
		z.strictObject({
			...graphLevel,
			kind: z.literal('matrix'),
			inputs: z.record(name, tensorInput),
			ask: z
				.array(
					z.string().check(z.regex(matrixAskPattern, "write 'Y', 'dL/dW', 'shape(Y)', 'shape(dL/dW)' or 'after(W)'")),
				)
				.check(z.minLength(1)),
			/** The inputs one step of gradient descent moves, each to W − η·∂L/∂W, for the asks `after(…)`. */
			params: z.optional(z.array(name).check(z.minLength(1))),
			/** η of that step. */
			learningRate: z.optional(positive),
		}),
		/** Train a small network live. */
		z.strictObject({
			...shared,
			kind: z.literal('lab'),
			model: z.discriminatedUnion('type', [
				z.strictObject({type: z.literal('notes-2-2-2')}),
				z.strictObject({
					type: z.literal('mlp'),
					sizes: z.array(z.int().check(z.minimum(1), z.maximum(64))).check(z.minLength(1), z.maxLength(4)),
					activation: z.enum(['relu', 'tanh', 'sigmoid']),
					outputActivation: z.enum(['linear', 'sigmoid', 'tanh']),
					seed: z.optional(z.int()),
				}),
			]),
			data: z.discriminatedUnion('type', [
				z.strictObject({type: z.literal('notes-targets')}),
				z.strictObject({type: z.literal('xor')}),
				z.strictObject({
					type: z.literal('moons'),
					count: z.int().check(z.minimum(4), z.maximum(400)),
					noise: z.number().check(z.minimum(0), z.maximum(1)),
					seed: z.int(),
				}),
				/** One spiral arm per class, labelled 0, 1, 2 …; trained with cross-entropy. */
				z.strictObject({
					type: z.literal('spiral'),
					classes: z.int().check(z.minimum(2), z.maximum(4)),
					countPerClass: z.int().check(z.minimum(2), z.maximum(100)),
					noise: z.number().check(z.minimum(0), z.maximum(1)),
					turn: z.number().check(z.minimum(0), z.maximum(10)),
					seed: z.int(),
				}),
			]),
			loss: z.enum(['half-squared', 'mean-squared', 'max-margin', 'cross-entropy']),
			learningRate: range,
			goal,
		}),
	]);

	const chapterFileSchema = z.strictObject({
		formatVersion: z.literal(formatVersion),
		chapter: z.strictObject({id, title}),
		levels: z.array(levelSchema).check(z.minLength(1, 'a chapter needs at least one level')),
	});
	return {text, levelSchema, chapterFileSchema};
}

type Schema = ReturnType<typeof buildSchema>;
let schema: Schema | undefined;

/** The schema of a chapter file, built the first time it is asked for. */
export function chapterFileSchema(): Schema['chapterFileSchema'] {
	schema ??= buildSchema();
	return schema.chapterFileSchema;
}

export type Text = z.infer<Schema['text']>;
export type LevelSpec = z.infer<Schema['levelSchema']>;
export type ChapterFile = z.infer<Schema['chapterFileSchema']>;
export type LevelKind = LevelSpec['kind'];
