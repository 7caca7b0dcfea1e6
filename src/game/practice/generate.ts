// Practice levels from a seed. Each draft runs through the level loader (the
// same schema and engine as a shipped level) and is redrawn until every
// diagnosed mistake is told apart from the answer and every value stays in
// the step's domain.

import {formatLevelError, type Level, parseChapterFile} from '../../levels/loader.js';
import {type ChapterFile, formatVersion, type LevelSpec} from '../../levels/schema.js';
import {sealBug} from '../../levels/sealed-bug.js';
import {ambiguousMistakes, checkField, figuresFor, roundTo, significantFigures} from '../check.js';
import {type Concept, conceptNames} from './concepts.js';
import {chainRule, manyPaths} from './families/chain.js';
import {deriveFormula, findTheBug, gradCheck} from './families/check-derive-debug.js';
import {addNode, multiplyNode} from './families/gates.js';
import {batchBias, batchMean, gridRejection, matmulBackward} from './families/matrix.js';
import {maxGate} from './families/max-gate.js';
import {networkForward, sigmoidNeuron, tanhNeuron, weightedSum} from './families/neurons.js';
import {softmaxCrossEntropy} from './families/softmax.js';
import {weightUpdate} from './families/update.js';
import {type Difficulty, type Draft, type Family, toDifficulty} from './family.js';
import {levelFingerprint} from './fingerprint.js';
import {createRandom, hashText} from './random.js';

const families = {
	'add-node': addNode,
	'multiply-node': multiplyNode,
	'max-gate': maxGate,
	'chain-rule': chainRule,
	'many-paths': manyPaths,
	'sigmoid-neuron': sigmoidNeuron,
	'tanh-neuron': tanhNeuron,
	'weighted-sum': weightedSum,
	'network-forward': networkForward,
	'weight-update': weightUpdate,
	derive: deriveFormula,
	'grad-check': gradCheck,
	'find-the-bug': findTheBug,
	'matmul-backward': matmulBackward,
	'batch-bias': batchBias,
	'batch-mean': batchMean,
	'softmax-ce': softmaxCrossEntropy,
} as const satisfies Record<Concept, Family>;

export type GeneratedLevel = {
	readonly spec: LevelSpec;
	/** The spec loaded and built, ready to play. */
	readonly level: Level;
	readonly concept: Concept;
	readonly difficulty: Difficulty;
	/** Drafts thrown away before this one. */
	readonly redraws: number;
};

/** Beyond this many redraws a family is broken; the property test keeps it far away. */
const maxDraws = 500;

/** Activations flatten outside this range and their slopes round to nothing by hand. */
const activationRange = 3;
/** Smaller answers are all zeros to three figures at the precision players type. */
const smallest = 1e-3;

/** The level a seed gives: same concept, seed, index and difficulty → the same level, byte for byte. */
export function generateLevel(
	concept: Concept,
	seed: number,
	index: number,
	difficulty: Difficulty,
	id = `${concept}-${index + 1}`,
	avoid: ReadonlySet<string> = new Set(),
	/** The player's mistakes, most frequent first: a family that plants a mistake draws from them. */
	frequent: readonly string[] = [],
): GeneratedLevel {
	const random = createRandom(hashText(`${concept}/${difficulty}/${seed}/${index}`));
	for (let redraws = 0; redraws < maxDraws; redraws++) {
		const draft = families[concept](random, difficulty, frequent);
		// A small family may run out of new exercises; past half the budget a repeat beats none.
		if (redraws < maxDraws / 2 && avoid.has(levelFingerprint(draft.shape))) continue;
		const built = buildDraft(draft, id, concept);
		if (built === undefined || !acceptable(draft, built)) continue;
		const texts = draft.texts(built);
		// A number tells the levels of one pack apart in the menu.
		const title = {en: `${texts.title.en} · ${index + 1}`, ko: `${texts.title.ko} · ${index + 1}`};
		const spec = {id, ...texts, title, hints: [...texts.hints], ...draft.shape} as LevelSpec;
		return {spec, level: {...built, spec}, concept, difficulty, redraws};
	}
	throw new Error(`no fair ${concept} level found for seed ${seed}, index ${index}`);
}

const placeholder = {en: '-', ko: '-'};

/** Loads a draft the way a level file is loaded; undefined if the loader refuses it. */
function buildDraft(draft: Draft, id: string, concept: Concept): Level | undefined {
	const file: ChapterFile = {
		formatVersion,
		chapter: {id: `practice-${concept}`, title: conceptNames[concept]},
		levels: [{id, title: placeholder, intro: placeholder, hints: [placeholder], explain: placeholder, ...draft.shape}],
	};
	const parsed = parseChapterFile('practice', JSON.stringify(file), 1);
	return parsed.errors.length === 0 ? parsed.levels[0] : undefined;
}

/** Why a built draft can't be used, or undefined when it is fair and in its domain. */
export function rejection(draft: Draft, level: Level): string | undefined {
	for (const node of level.graph?.nodes ?? []) {
		const v = node.value.data;
		if (!Number.isFinite(v) || Math.abs(v) > draft.limit) return `${node.name} = ${v} is out of range`;
		if ((node.op === 'sigmoid' || node.op === 'tanh') && Math.abs(node.value.inputs[0]?.data ?? 0) > activationRange)
			return `${node.name}'s activation is saturated`;
		// A product of two equal values hides the swap: its own value and the other input are one number.
		const [left, right] = node.deps;
		if (node.op === 'mul' && node.deps.length === 2 && left !== undefined && right !== undefined) {
			const value = (name: string) => level.graph?.byName.get(name)?.value.data;
			if (value(left.name) === value(right.name)) return `${node.name} multiplies two equal values`;
		}
	}
	for (const field of level.fields) {
		const x = field.expected;
		// A gradient check's relative error is small by nature, and its verdict is a word.
		const tooSmall =
			Math.abs(x) < smallest &&
			!(x === 0 && draft.zeroIsAnswer === true) &&
			field.role !== 'error' &&
			field.role !== 'verdict';
		if (!Number.isFinite(x) || tooSmall || Math.abs(x) > draft.limit * 10)
			return `${field.label} = ${x} is out of range`;
		// Practice keeps to 3 figures: a step hidden below a weight's third figure is redrawn.
		// (A centred difference needs the figures that tell it from the slope: that is its lesson.)
		if (figuresFor(field) !== significantFigures && field.role !== 'numeric')
			return `${field.label} needs more than 3 figures to show its step`;
		// A mistake a fair build could also give can't be both refused and accepted: draw again.
		const [unclear] = ambiguousMistakes(field);
		if (unclear !== undefined)
			return `${field.label}: the '${unclear.reason}' mistake is within reach of a right answer`;
		// Each mistake must get its own diagnosis, also when typed to the figures the field needs.
		for (const m of field.mistakes) {
			const typings = [
				{value: m.value, figures: undefined},
				{value: roundTo(m.value, figuresFor(field)), figures: figuresFor(field)},
			];
			for (const typed of typings) {
				const verdict = checkField(field, typed);
				if (verdict.kind === 'right' || verdict.mistake?.reason !== m.reason)
					return `${field.label}: the '${m.reason}' mistake is not told apart`;
			}
		}
		const wanted = draft.expects[field.id] ?? [];
		for (const reason of new Set(wanted)) {
			const need = wanted.filter(r => r === reason).length;
			if (field.mistakes.filter(m => m.reason === reason).length < need)
				return `${field.label} can't tell the '${reason}' mistake from the answer`;
		}
	}
	if (draft.gridExpects !== undefined) {
		const grids = gridRejection(level, draft.gridExpects);
		if (grids !== undefined) return grids;
	}
	for (const id of Object.keys(draft.expects))
		if (!level.fields.some(f => f.id === id)) throw new Error(`the draft expects a field '${id}' it does not ask`);
	return undefined;
}

const acceptable = (draft: Draft, level: Level) => rejection(draft, level) === undefined;

/** The step a pack's level gets: a pack ramps from easy to hard in three equal parts. */
export function packDifficulty(index: number, count: number): Difficulty {
	return toDifficulty(1 + Math.floor((3 * index) / count));
}

/** A chapter file of `count` practice levels, as the bytes `generate` writes. */
export function generatePackText(concept: Concept, count: number, seed: number): string {
	const levels = Array.from({length: count}, (_, i) => generateLevel(concept, seed, i, packDifficulty(i, count)).spec);
	return packText(concept, levels);
}

/** A level as a pack file writes it: a find-the-bug level's planted mistake sealed, so the file doesn't name the row. */
const asWritten = (spec: LevelSpec): LevelSpec =>
	spec.kind === 'find-the-bug' && typeof spec.bug !== 'string' ? {...spec, bug: sealBug(spec.id, spec.bug)} : spec;

/** A practice chapter file holding `levels`, checked to load as it is. */
export function packText(concept: Concept, levels: readonly LevelSpec[]): string {
	const file: ChapterFile = {
		formatVersion,
		chapter: {
			id: `practice-${concept}`,
			title: {en: `Practice: ${conceptNames[concept].en}`, ko: `연습: ${conceptNames[concept].ko}`},
		},
		levels: levels.map(asWritten),
	};
	const text = `${JSON.stringify(file, null, 2)}\n`;
	// The written pack must load as it is; anything else is a bug here, not the player's problem.
	const check = parseChapterFile(`${concept}.json`, text, 1);
	if (check.errors.length > 0) throw new Error(check.errors.map(formatLevelError).join('\n'));
	return text;
}

/** A seed from a number or any text (a student's name), so each student gets different numbers. */
export function seedFrom(text: string): number {
	return /^\d{1,9}$/.test(text) ? Number(text) : hashText(text);
}
