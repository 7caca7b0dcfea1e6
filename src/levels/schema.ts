import {z} from 'zod';

/** The level-file format this version of the game reads. */
export const formatVersion = 1;

const text = z.strictObject({
	en: z.string().min(1, 'the English text is empty'),
	ko: z.string().min(1, 'the Korean text is empty'),
});

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, like add-node-basics');

const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not a valid node name');

const shared = {
	id,
	title: text,
	intro: text,
	hints: z.array(text).min(1, 'give at least one hint').max(3, 'at most three hints'),
	explain: text,
};

const graphLevel = {
	...shared,
	formula: z.string().min(1, 'the formula is empty'),
	inputs: z.record(name, z.number()),
	/** The node the level differentiates; the last step when omitted. */
	output: name.optional(),
	/** The named nodes to draw; every node when omitted. */
	view: z.array(name).min(1).optional(),
};

const range = z.strictObject({
	min: z.number().positive(),
	max: z.number().positive(),
	start: z.number().positive(),
});

const goal = z.strictObject({
	loss: z.number().positive(),
	steps: z.number().int().positive(),
});

export const levelSchema = z.discriminatedUnion('kind', [
	/** Compute forward values of the named nodes. */
	z.strictObject({...graphLevel, kind: z.literal('forward'), ask: z.array(name).min(1)}),
	/** Gradients written `df/dx`: ∂(node f)/∂(node x). */
	z.strictObject({
		...graphLevel,
		kind: z.literal('gradients'),
		ask: z.array(z.string().regex(/^d\w+\/d\w+$/, "write a gradient as 'df/dx'")).min(1),
	}),
	/** One path from the output down to a node: each local derivative, then their product. */
	z.strictObject({...graphLevel, kind: z.literal('chain'), path: z.array(name).min(2)}),
	/** Every path from `of` down to `wrt`, then their sum. */
	z.strictObject({...graphLevel, kind: z.literal('paths'), of: name, wrt: name}),
	/** ∂E/∂param, then the updated param − η·∂E/∂param. */
	z.strictObject({...graphLevel, kind: z.literal('update'), param: name, learningRate: z.number().positive()}),
	/** Gradient descent on one weight, E(param) drawn as a curve. */
	z.strictObject({
		...graphLevel,
		kind: z.literal('descent'),
		param: name,
		learningRate: range,
		goal,
	}),
	/** Train a small network live. */
	z.strictObject({
		...shared,
		kind: z.literal('lab'),
		model: z.discriminatedUnion('type', [
			z.strictObject({type: z.literal('notes-2-2-2')}),
			z.strictObject({
				type: z.literal('mlp'),
				sizes: z.array(z.number().int().min(1).max(64)).min(1).max(4),
				activation: z.enum(['relu', 'tanh', 'sigmoid']),
				outputActivation: z.enum(['linear', 'sigmoid', 'tanh']),
				seed: z.number().int().optional(),
			}),
		]),
		data: z.discriminatedUnion('type', [
			z.strictObject({type: z.literal('notes-targets')}),
			z.strictObject({type: z.literal('xor')}),
			z.strictObject({
				type: z.literal('moons'),
				count: z.number().int().min(4).max(400),
				noise: z.number().min(0).max(1),
				seed: z.number().int(),
			}),
		]),
		loss: z.enum(['half-squared', 'mean-squared', 'max-margin']),
		learningRate: range,
		goal,
	}),
]);

export const chapterFileSchema = z.strictObject({
	formatVersion: z.literal(formatVersion, {error: `formatVersion must be ${formatVersion}`}),
	chapter: z.strictObject({id, title: text}),
	levels: z.array(levelSchema).min(1, 'a chapter needs at least one level'),
});

export type Text = z.infer<typeof text>;
export type LevelSpec = z.infer<typeof levelSchema>;
export type ChapterFile = z.infer<typeof chapterFileSchema>;
export type LevelKind = LevelSpec['kind'];
