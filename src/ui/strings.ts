// Every word the game shows, in English and Korean. Level text lives in the
// level files; this is the game's own voice.

import {josa, particleFor} from '../game/josa.js';
import type {FastestComparison} from '../game/lab/fastest-rate.js';
import {threeStarSteps} from '../game/lab/stars.js';
import type {LabUnit} from '../game/lab/units.js';
import type {FieldRole} from '../levels/answers.js';
import type {ChainLink, Detour} from '../levels/chain-links.js';
import type {Diagnosis, MistakeParams, MistakeReason} from '../levels/diagnosis.js';
import {formatNumber} from '../levels/format.js';
import type {Language, Localized} from '../levels/language.js';
import {assertNever, functionNames} from '../levels/operators.js';
import type {LevelKind} from '../levels/schema.js';

/** Every function an answer may call, as the help lists them: `sigmoid( exp( …`, read from the operator table. */
const typedFunctions = (separator: string) => functionNames.map(name => `${name}(`).join(separator);

/** A message for every diagnosed mistake, each reading only its own reason's parameters. */
export type MistakeMessages = {readonly [R in MistakeReason]: (p: MistakeParams[R]) => string};

/** The numbers of a weight update's preview: the step, and the error before it. */
type UpdateStep = {
	readonly param: string;
	readonly before: string;
	readonly after: string;
	readonly errorBefore: string;
	/** Which way the step went, or '' for no step. */
	readonly direction: string;
};

/** One text per level kind: a new kind fails to compile until it has its words. */
type KindTable = {readonly [kind in LevelKind]: string};

const stepsText = (n: number) => `${n} step${n === 1 ? '' : 's'}`;
/** An η as the lab prints it. */
const rate = (run: {readonly learningRate: number}) => formatNumber(run.learningRate, 3);

// What can stall a network: each of its activations flattening, and always a plateau.
const flatUnitEn: Readonly<Record<LabUnit, string>> = {
	sigmoid: 'flat sigmoids',
	tanh: 'saturated tanh neurons',
	relu: 'dead ReLUs',
};
function stallCauseEn(units: readonly LabUnit[]): string {
	const causes = [...units.map(unit => flatUnitEn[unit]), 'a plateau'];
	const text =
		causes.length === 1
			? 'A plateau: the slope is nearly flat here.'
			: `${causes.slice(0, -1).join(', ')} or a plateau.`;
	return text.charAt(0).toUpperCase() + text.slice(1);
}
const unitKo: Readonly<Record<LabUnit, string>> = {sigmoid: '시그모이드', tanh: 'tanh', relu: 'ReLU'};
function stallCauseKo(units: readonly LabUnit[]): string {
	const saturating = units.filter(unit => unit !== 'relu').map(unit => unitKo[unit]);
	const clauses = [
		...(saturating.length > 0 ? [`${josa(saturating.join('나 '), '이/가')} 평평한 구간에 빠졌거나`] : []),
		...(units.includes('relu') ? ['죽은 ReLU가 생겼거나'] : []),
	];
	return clauses.length === 0
		? '기울기가 거의 0인 고원에 머물러 있습니다.'
		: `${clauses.join(' ')} 고원에 머물러 있습니다.`;
}

export type Messages = {
	readonly appName: string;
	readonly tagline: string;
	readonly continueLabel: (title: string) => string;
	readonly allSolved: string;
	readonly progress: (solved: number, total: number, points: number) => string;
	readonly statusNew: string;
	readonly statusSeen: string;
	/** The kind's one-word name on the menu. */
	readonly kindLabel: KindTable;
	readonly chapter: (n: number, title: string) => string;
	readonly levelOf: (n: number, total: number) => string;
	readonly warningsTitle: (n: number) => string;
	/** The line above a level's answer fields. */
	readonly askFor: KindTable;
	readonly graphLegend: string;
	/** A legend line for a `⋯` on a wire: the part of the graph it stands for. */
	readonly hiddenPart: (symbol: string, text: string) => string;
	/** The network figure's line styles for the asked paths. */
	readonly pathLegend: {readonly e1: string; readonly e2: string};
	/** Before the inputs' values when the graph is listed instead of drawn. */
	readonly given: string;
	/** The one line left when the terminal has no room for the drawing. */
	readonly drawingHidden: string;
	/** A formula field got no formula in its names; `name` is a name it does not know. */
	readonly notAFormula: (names: string, name: string | undefined) => string;
	/** A field answered with one of a few words got another. */
	readonly notAChoice: (options: string) => string;
	/** After a formula field's box: the names it accepts. */
	readonly inNames: (names: string) => string;
	/** Beside a factor of a long chain: which one it is and what it is. */
	readonly chainLink: (link: ChainLink) => string;
	/** Under a link people often take a detour through a weight for: the one factor it is. */
	readonly detour: (d: Detour) => string;
	/** A find-the-bug level's table: its column heads. */
	readonly bugTable: {
		readonly node: string;
		readonly value: string;
		readonly local: string;
		readonly gradient: (output: string) => string;
	};
	readonly pickRowFirst: string;
	readonly bugFound: (node: string) => string;
	/** A picked row that is not the planted one; `output` for the top row, whose gradient is 1 by definition. */
	readonly notThisRow: (node: string, output: boolean) => string;
	/** Before the planted mistake's own message, once its row is fixed. */
	readonly bugNamed: string;
	/** What was typed (or the draft checked) is not a number; it costs nothing. */
	readonly notANumber: (typed: string) => string;
	/** Hangul typed into an answer field, quoted: the keyboard is on Korean input. */
	readonly switchToLatin: (typed: string) => string;
	/** Under answer fields that scroll: how many lines are out of view above and below. */
	readonly moreAnswerLines: (above: number, below: number) => string;
	/** After "not quite", while hints are left. */
	readonly hintKey: string;
	readonly emptyAnswer: string;
	readonly right: string;
	readonly complete: string;
	/** A wrong answer with no diagnosis: what to check on this kind of field (a value's step may have an activation). */
	readonly wrong: (role: FieldRole, activation: boolean) => string;
	/** A wrong entry of a matrix worked from a step that is not a sum of products (a softmax, a mean): its rule. */
	readonly wrongStep: (rule: string) => string;
	/** The answer rounded to too few significant figures. */
	readonly nearMiss: (digits: number, needed: number) => string;
	/** What each diagnosed mistake says, quoting exactly the parameters its reason has. */
	readonly mistakes: MistakeMessages;
	/** A field's hint costs a star (−1★, said the same way in footer, help and README); a lab's is free. */
	readonly hintLabel: (n: number, total: number, field?: string) => string;
	readonly noMoreHints: string;
	readonly solutionShown: string;
	readonly confirmSolution: string;
	readonly confirmSolutionDetail: string;
	/** The solution dialog on a level solved before: its best stars stay. */
	readonly confirmSolutionKept: (stars: string) => string;
	/** Asked before a field's hint, which costs a star. */
	readonly confirmHint: (n: number, total: number, field: string | undefined) => string;
	readonly confirmHintDetail: string;
	readonly explanation: string;
	readonly workedSolution: string;
	readonly updatePreview: (p: UpdateStep & {readonly errorAfter: string}) => string;
	/** The step's preview when the error has no value at the updated parameter. */
	readonly updatePreviewUndefined: (p: UpdateStep & {readonly step: string}) => string;
	readonly resultTitle: (title: string) => string;
	readonly resultStars: (stars: number) => string;
	readonly resultSeen: string;
	/** The replay earned more, but the level's solution had been shown before. */
	readonly resultCapped: (earned: number) => string;
	readonly resultLine: (attempts: number, hints: number, time: string) => string;
	readonly duration: (minutes: number, seconds: number) => string;
	readonly resultPoints: (points: number, total: number) => string;
	readonly lastLevel: string;
	readonly tooSmall: (columns: number, rows: number, needColumns: number, needRows: number) => string;
	readonly helpTitle: string;
	/** Key help by screen: a title and [key, what it does] rows. */
	readonly helpSections: Readonly<
		Record<
			'everywhere' | 'menu' | 'level' | 'lab' | 'result' | 'practice-summary' | 'practice-overview',
			readonly [string, readonly (readonly [string, string])[]]
		>
	>;
	readonly scoringRules: readonly string[];
	readonly introTitle: string;
	readonly explanationTitle: string;
	/** Where a scrolled text is: lines shown and how many there are. */
	readonly readingPosition: (from: number, to: number, total: number) => string;
	/** The last line of a shortened text: i opens all of it. */
	readonly readMore: string;
	readonly footer: {
		readonly [screen in
			| 'menu'
			| 'level'
			| 'levelDone'
			| 'result'
			| 'resultLast'
			| 'help'
			| 'helpLevel'
			| 'glossary'
			| 'confirm'
			| 'intro'
			| 'reading'
			| 'tooSmall']: string;
	};
	readonly glossaryTitle: string;
	/** What the drawing's symbols mean, symbol first. */
	readonly glossary: readonly (readonly [string, string])[];
	readonly exported: (files: readonly string[]) => string;
	readonly exportFailed: (error: string) => string;
	readonly lab: {
		readonly ready: string;
		readonly running: string;
		readonly paused: string;
		readonly divergedNotFinite: (eta: string) => string;
		readonly divergedExploded: (eta: string) => string;
		readonly divergedGrowing: (eta: string) => string;
		/** A run that stopped improving; `units` are the network's activations, the only ones the message may blame. */
		readonly stalled: (loss: string, window: number, eta: string, units: readonly LabUnit[]) => string;
		readonly oscillating: (eta: string) => string;
		/** A network's loss swinging with no downward trend: `percent` a step on average, over `window` steps. */
		readonly swinging: (percent: string, window: number, eta: string) => string;
		readonly overBudget: (budget: number) => string;
		readonly goal: (step: number, stars: number) => string;
		/** The items of the line under the chart, most important first. */
		readonly stepItem: (step: number) => string;
		readonly lossItem: (loss: string) => string;
		/** The same item on a one-weight descent, whose curve is the error E(w) itself. */
		readonly errorItem: (error: string) => string;
		/** `isError`: a one-weight descent, whose goal is on the error E(w) itself. */
		readonly goalText: (loss: string, steps: number, isError: boolean) => string;
		readonly goalShort: (loss: string, steps: number) => string;
		readonly logAxis: string;
		readonly weightsTitle: string;
		readonly outputLabel: string;
		readonly targetLabel: string;
		readonly predictionsRight: (right: number, total: number) => string;
		readonly accuracy: (percent: number, right: number, total: number) => string;
		readonly mapLegend: string;
		/** The legend of a map of three or more classes, two lines: the points' letters, then each class's area. */
		readonly classLegend: (points: readonly string[], areas: readonly string[]) => readonly [string, string];
		readonly slopeLesson: (slope: number, param: string) => string;
		/** One weight: what each step does to the distance from the minimum. */
		readonly factorLesson: (curvature: string, factor: string) => string;
		/** One weight: the distance to the minimum before and after the last step. */
		readonly distanceStep: (before: string, after: string) => string;
		/** The same, once η has changed since that step: the line names the η the step used. */
		readonly distanceStepAt: (eta: string, before: string, after: string) => string;
		/** Keys while training, most needed first; `l` only where the chart has a log axis. */
		readonly footer: (options: {readonly reduced: boolean; readonly logAxis: boolean}) => string;
		readonly footerDone: string;
		/** After a divergence only r goes on: it comes first. */
		readonly footerDiverged: string;
		/** How labs score, for the lab's help. */
		readonly scoring: string;
		/** The result screen: how this run went and the fastest one of the visit. */
		readonly resultRun: (steps: number, eta: string) => string;
		readonly resultBest: (steps: number, eta: string) => string;
		/** A lab's result line, in place of answers checked: what its stars were scored on. */
		readonly resultScore: (step: number, budget: number, hints: number, time: string) => string;
		/** The run set beside the fastest η the dial offers (found by training at each value). */
		readonly resultFastest: (compare: FastestComparison) => string;
		/** While the dial is still being swept for its fastest η. */
		readonly resultFastestPending: string;
	};
	readonly slopeDirection: (positive: boolean, param: string) => string;
};

/** Typed text quoted back in a message: a long paste is cut. */
function clip(text: string): string {
	const chars = [...text.replace(/\s+/g, ' ').trim()];
	return chars.length <= 16 ? chars.join('') : `${chars.slice(0, 15).join('')}…`;
}

const en: Messages = {
	appName: 'backprop-quest',
	tagline: 'learn backpropagation by doing it by hand',
	continueLabel: title => `Continue: ${title}`,
	allSolved: 'Every level solved. Replay any of them to earn more stars.',
	progress: (solved, total, points) => `${solved}/${total} solved · ${points} points`,
	statusNew: 'new',
	statusSeen: 'seen',
	kindLabel: {
		forward: 'values',
		gradients: 'gradients',
		chain: 'chain',
		paths: 'paths',
		update: 'update',
		descent: 'descent',
		matrix: 'matrices',
		lab: 'lab',
		derive: 'derive',
		'grad-check': 'grad check',
		'find-the-bug': 'find the bug',
	},
	chapter: (n, title) => `${n}. ${title}`,
	levelOf: (n, total) => `level ${n}/${total}`,
	warningsTitle: n => `${n} problem${n === 1 ? '' : 's'} while loading (the rest plays fine):`,
	askFor: {
		forward: 'Compute the forward values:',
		gradients: 'Find the gradients:',
		chain: 'Fill in each local derivative along the path, then their product:',
		paths: 'Work out each path, then the total:',
		update: 'Find the gradient, then the updated weight:',
		descent: 'Step down the error curve to the goal:',
		matrix: 'Fill in each grid; Enter checks the whole grid:',
		lab: 'Train the network to the goal:',
		derive: 'Write each local derivative as a formula in the names shown:',
		'grad-check': 'Check the gradient: slope, centred difference, relative error, verdict:',
		'find-the-bug': 'Find the first wrong row (↑↓, Enter), then type its right gradient:',
	},
	graphLegend: 'value on each wire · ∂ its gradient below',
	hiddenPart: (symbol, text) => `${symbol} not drawn: ${text}`,
	pathLegend: {e1: "E1 path (the note's green)", e2: "E2 path (the note's red)"},
	given: 'Given:',
	drawingHidden: 'Circuit hidden: enlarge the terminal or press i.',
	notAFormula: (names, name) =>
		name === undefined
			? `That is not a formula. Write one in ${names}, like 2*x or 1 - a^2. (No attempt used.)`
			: `'${name}' is not a name here: use ${names}. (No attempt used.)`,
	notAChoice: options => `Type ${options}. (No attempt used.)`,
	inNames: names => `in ${names}`,
	detour: ({of, wrt, through}) =>
		`∂${of}/∂${wrt} is one link: ${of} = ${through}·${wrt} + …, so ${of} moves ${through} per unit of ${wrt}. The lecture note writes ∂${of}/∂${through}·∂${through}/∂${wrt} here, a slip: ${through} does not depend on ${wrt}.`,
	chainLink: ({index, count, what}) => {
		const which = `factor ${index} of ${count}`;
		switch (what.kind) {
			case 'errorSlope':
				return `${which}: the error's slope`;
			case 'functionSlope':
				return `${which}: the slope of ${what.fn} at ${what.at}`;
			case 'multiplier':
				return `${which}: what ${what.of} is multiplied by, ${what.by}`;
			case 'constantMultiplier':
				return `${which}: the constant ${what.of} is multiplied by`;
			case 'addend':
				return `${which}: an add node`;
			case 'other':
				return which;
			default:
				return assertNever(what);
		}
	},
	bugTable: {node: 'node', value: 'value', local: 'local derivative', gradient: out => `gradient ∂${out}/∂·`},
	pickRowFirst: 'First pick the first wrong row: ↑↓ to move, Enter to choose.',
	bugFound: node =>
		`✓ Found it: the gradient of ${node} is wrong, and every row that depends on it carries it on. Type the right gradient for ${node}.`,
	notThisRow: (node, output) =>
		output
			? `✗ Not there: ${node} is the output, and ∂${node}/∂${node} = 1 always (−1★).`
			: `✗ Not there: the ${node} row follows from the rows above it (upstream × local, summed). Look for the first row that does not (−1★).`,
	bugNamed: '✓ Solved! The planted mistake, as a learner who made it would hear it:',
	notANumber: typed => `“${clip(typed)}” is not a number. Try -4, 0.25, 3/4, 1e-3 or 2*-4. (No attempt used.)`,
	switchToLatin: typed =>
		`“${clip(typed)}” is Korean input, not a number: switch your keyboard to English (the 한/영 key) and type the number. (No attempt used.)`,
	moreAnswerLines: (above, below) =>
		`${above > 0 ? `↑ ${above} more line${above === 1 ? '' : 's'}  ` : ''}${below > 0 ? `↓ ${below} more line${below === 1 ? '' : 's'}  ` : ''}(arrows move; a taller terminal shows all)`,
	hintKey: '(h: hint)',
	emptyAnswer: 'Type a number first.',
	right: '✓ Right.',
	complete: '✓ Solved!',
	wrong: (role, activation) =>
		({
			value: activation
				? '✗ Not quite. Check each term of the sum, then the activation.'
				: '✗ Not quite. Check each term of the sum.',
			gradient: '✗ Not quite. Check the upstream gradient and the local derivative, then multiply them.',
			local: "✗ Not quite. Check the rule for this step's operation, at the values on the circuit.",
			product: '✗ Not quite. Multiply the local derivatives above, signs included.',
			path: '✗ Not quite. Multiply the local derivatives along this path, signs included.',
			total: "✗ Not quite. Add every path's contribution.",
			update: '✗ Not quite. The new weight is the weight minus η times the gradient.',
			formula: '✗ Not quite. Differentiate the step by that input, then write the result in the names shown.',
			numeric: '✗ Not quite. Subtract f(x − h) from f(x + h), then divide by 2h.',
			error: '✗ Not quite. Take |analytic − numeric|, then divide by the larger of the two sizes.',
			verdict: '✗ Type pass or fail.',
			shape: "✗ Not quite. Work out each size from the shapes of the step's operands.",
		})[role],
	wrongStep: rule => `✗ Not quite. Work it out again from ${rule}, one operation at a time.`,
	nearMiss: (digits, needed) =>
		`✗ Close: that is the answer rounded to ${digits} significant figure${digits === 1 ? '' : 's'}. Keep at least ${needed}.`,
	mistakes: {
		upstreamOnly: p =>
			`✗ That is the upstream gradient ∂${p.of}/∂${p.via} = ${p.upstream} passed through unchanged. Multiply it by the local derivative ∂${p.via}/∂${p.wrt}.`,
		leftOutTerm: p => `✗ Almost: that leaves out ${p.term}. Add every term of the sum.`,
		beforeActivation: p => `✗ That is ${p.arg} before the activation. The node's value is ${p.applied}.`,
		addRule: p =>
			`✗ 1 is the slope of an add node. ${p.via} is not a plain sum of ${p.wrt}: its local derivative ∂${p.via}/∂${p.wrt} is what you need.`,
		localOnly: p =>
			`✗ That is only the local derivative ∂${p.via}/∂${p.wrt}. The chain rule multiplies it by the upstream gradient ∂${p.of}/∂${p.via} = ${p.upstream}.`,
		ownInput: p =>
			`✗ You multiplied the upstream gradient by ${p.wrt} itself. In ${p.via}, ${p.wrt} is multiplied by ${p.partner}, so ∂${p.via}/∂${p.wrt} = ${p.partner}: multiply ∂${p.of}/∂${p.via} = ${p.upstream} by ${p.partner}.`,
		ownValue: p =>
			`✗ That is ${p.wrt} itself. In ${p.of}, ${p.wrt} is multiplied by ${p.partner}, so ∂${p.of}/∂${p.wrt} = ${p.partner}: an input's slope is what it is multiplied by.`,
		noteSlip: p =>
			`✗ That is ∂${p.of}/∂${p.partner} = ${p.wrt}. Writing ∂${p.of}/∂${p.partner}·∂${p.partner}/∂${p.wrt} here is a slip (the lecture note makes it too): ${p.partner} does not depend on ${p.wrt}. The chain needs the single factor ∂${p.of}/∂${p.wrt}, which is ${p.partner}.`,
		noteSlipProduct: p =>
			`✗ That product takes a detour through ${p.partner}: ∂${p.of}/∂${p.partner} = ${p.wrt} stands where the chain needs ∂${p.of}/∂${p.wrt} = ${p.partner} = ${p.partnerValue}. Use that one factor.`,
		addSwap: p =>
			p.upstream === undefined
				? `✗ That is ${p.other}, the other input: swapping is the rule of a × node. ${p.via} adds: when one term of a sum grows by 1, how much does the sum grow?`
				: `✗ That multiplies by ${p.other}, the other input: swapping is the rule of a × node. ${p.via} adds, so it passes the upstream gradient ∂${p.of}/∂${p.via} on unchanged.`,
		forgotHalf: p =>
			`✗ That is twice the answer: it leaves out the ½ in ${p.node} = ${p.text}. Keep it; the slope of ½u² is u, not 2u.`,
		halvedSlope: p =>
			`✗ That is half the answer. In ${p.node} = ${p.text} the 2 that comes down from the square cancels the ½: the slope of ½u² is u, not u/2.`,
		tanhValue: p =>
			`✗ That uses 1 − a = ${p.oneMinus} with a = ${p.node} = ${p.a}. The slope of tanh is 1 − a²: square a first.`,
		tanhSigmoidSlope: p =>
			`✗ That uses a·(1 − a) with a = ${p.node} = ${p.a}: the slope of σ. The slope of tanh is 1 − a².`,
		stepOnly: p =>
			p.step === undefined
				? `✗ That is only the step −η·∂${p.of}/∂${p.param}. The answer is ${p.param} plus that step, cell by cell.`
				: `✗ That is only the step −η·∂E/∂${p.param} = ${p.step}. The answer is the new weight: ${p.param} plus that step.`,
		swappedPairs: p => `✗ That pairs each weight with the wrong input. Multiply along each wire: ${p.pairs}.`,
		onePath: p =>
			`✗ That is only the path through ${p.via}. ${p.wrt} reaches ${p.of} along ${p.paths} paths: add them all.`,
		wrongSign: () => '✗ Right size, wrong sign. Check the sign of each number you multiplied or subtracted.',
		sigmoidValue: p =>
			`✗ That uses the value σ = ${p.sigma} itself in place of the slope ∂${p.node}/∂${p.input}. The slope of σ is σ·(1 − σ).`,
		addedFactors: () => '✗ The chain rule multiplies the factors; it does not add them.',
		plusSign: p => `✗ Wrong direction: the update subtracts η·∂${p.of ?? 'E'}/∂${p.param}.`,
		forgotRate: p => `✗ Scale the gradient by the learning rate first: η = ${p.eta}.`,
		lastLinkOnly: p =>
			`✗ That is only the last link, ${p.link}. The product needs all ${p.links} links multiplied together.`,
		leftOutLink: p => `✗ A link is left out: ${p.link} = ${p.value}. Multiply every link along the path, that one too.`,
		formulaSigmoid: p =>
			`✗ ${p.of} is σ itself, the value, not its slope. The slope of σ is σ·(1 − σ): write that in ${p.of}.`,
		formulaTanh: p => `✗ 1 − ${p.of} is not the slope of tanh. The derivative of tanh is 1 − tanh², so square ${p.of}.`,
		formulaTanhSigmoid: p =>
			`✗ ${p.of}·(1 − ${p.of}) is the slope of σ, not of tanh. The derivative of tanh is 1 − tanh²: write that in ${p.of}.`,
		formulaOtherInput: p =>
			`✗ That is ∂${p.of}/∂${p.other}, the slope by the other input ${p.other}. The field asks ∂${p.of}/∂${p.wrt}: differentiate by ${p.wrt}, holding ${p.other} fixed.`,
		formulaConstant: p =>
			`✗ That is one number, but ∂${p.of}/∂${p.wrt} is not the same at every point. Write it as a formula in ${p.names}.`,
		formulaOnlyHere: p =>
			`✗ Right here, but not everywhere: try ${p.point}. Your formula gives ${p.yours} there, but ∂${p.of}/∂${p.wrt} is ${p.right}.`,
		oneSidedStep: () => '✗ That divides by h, not 2h: the centred difference spans x − h to x + h, a width of 2h.',
		errorNotRelative: p =>
			`✗ That is the absolute difference |a − n| = ${p.diff}. Divide it by the larger of |a| and |n| to get the relative error.`,
		checkVerdict: p =>
			p.right === 'fail'
				? `✗ A relative error of ${p.error} is not under ${p.threshold}: the check fails.`
				: `✗ A relative error of ${p.error} is under ${p.threshold}: the check passes.`,
		maxToBoth: p =>
			`✗ That gives ${p.wrt} the gradient too. A max node routes the upstream gradient ∂${p.of}/∂${p.via} only to its larger input, ${p.winner}. What reaches the smaller one?`,
		matmulOrder: p =>
			`✗ That multiplies ${p.upstream} and ${p.other} in the wrong order or without the transpose. The rule is ${p.rule}: check the shapes, the product fits only one way.`,
		biasNotSummed: p =>
			`✗ That is only row ${p.row} of ${p.upstream}. b was added to each of the ${p.rows} rows of the batch, so its gradient adds ${p.upstream} up over the rows.`,
		biasAveraged: p =>
			`✗ That divides the sum of ${p.upstream}'s rows by ${p.rows}, as a mean would. b is added to each of the ${p.rows} rows of the batch, so its gradient is their plain sum (a mean in the loss is already inside ${p.upstream}).`,
		matmulNoUpstream: p =>
			`✗ That leaves out ${p.upstream}: the product has a matrix of 1s where the gradient arriving from above belongs. The rule is ${p.rule}.`,
		sumForMean: p => `✗ That is the sum of ${p.arg}. A mean divides the sum by the number of entries, N = ${p.n}.`,
		lossMinusLeftOut: p =>
			`✗ That leaves out the minus in ${p.text}. The log of a probability below 1 is negative; the minus makes the loss positive.`,
		meanForgotN: p => `✗ That is ${p.n} times the answer: the mean divides by N = ${p.n}, and so does its gradient.`,
		meanTwiceN: p => `✗ That divides by N = ${p.n} twice. The mean's ÷N enters the gradient once.`,
		reluMaskIgnored: () =>
			'✗ That lets the gradient through every ReLU. Where a ReLU’s input was 0 or less its output is flat, so the gradient there is 0: multiply by the mask.',
		ceLabelNotSubtracted: () =>
			'✗ That is P without the label. Softmax followed by cross-entropy gives ∂L/∂Z = P − Y (÷N for a batch mean): take 1 off at each right class.',
		ceSignFlipped: () =>
			'✗ That is Y − P, the gradient with its sign flipped: it points uphill. Softmax with cross-entropy gives ∂L/∂Z = P − Y.',
		ceLogP: () =>
			'✗ That uses log P where P belongs. log P is in the loss; the gradient through softmax is P − Y, with P itself.',
		softmaxDiagonal: () =>
			'✗ That uses only the Jacobian’s diagonal, P[i]·(1 − P[i]). Every P[i] depends on every Z[j]: add ∂L/∂P[i]·∂P[i]/∂Z[j] over all i, the off-diagonal −P[i]·P[j] included.',
		shapeSwapped: () => '✗ The right sizes, the wrong way round: write the rows first, then the columns.',
	},
	hintLabel: (n, total, field) =>
		field === undefined ? `Hint ${n}/${total}:` : `Hint ${n}/${total} for ${field} (−1★):`,
	noMoreHints: 'No more hints. Press g to see the worked solution (0 stars).',
	solutionShown: 'Solution shown: the level is marked seen, with 0 stars.',
	confirmSolution: 'Show the worked solution?',
	confirmSolutionDetail:
		'The level will be marked seen with 0 stars, and a replay of it earns at most 1★.   y: show · n or Esc: keep trying',
	confirmSolutionKept: stars =>
		`This play scores 0 stars and a replay after it at most 1★, but your best, ${stars}, is kept.   y: show · n or Esc: keep trying`,
	confirmHint: (n, total, field) =>
		field === undefined ? `Show hint ${n}/${total}?` : `Show hint ${n}/${total} for ${field}?`,
	confirmHintDetail: 'A hint costs 1★.   y: show · n or Esc: not now',
	explanation: 'Why:',
	workedSolution: 'Worked solution:',
	updatePreview: p =>
		`One step: ${p.param} ${p.before} → ${p.after}, error ${p.errorBefore} → ${p.errorAfter}. ${p.direction}`,
	updatePreviewUndefined: p =>
		`One step: ${p.param} ${p.before} → ${p.after}; the error after it is undefined, because step ${p.step} has no value at ${p.param} = ${p.after}. ${p.direction}`,
	resultTitle: title => `Level complete: ${title}`,
	resultStars: stars => `${stars} star${stars === 1 ? '' : 's'}`,
	resultSeen: 'Solution shown — marked seen, 0 stars. A replay now earns at most 1 star.',
	resultCapped: earned =>
		`You earned ${earned} star${earned === 1 ? '' : 's'}, but you saw this level's solution before: a replay earns at most 1.`,
	resultLine: (attempts, hints, time) =>
		`${attempts} answer${attempts === 1 ? '' : 's'} checked · ${hints} hint${hints === 1 ? '' : 's'} · ${time}`,
	duration: (m, s) => (m > 0 ? `${m} min ${s} s` : `${s} s`),
	resultPoints: (points, total) => `+${points} points · ${total} in total`,
	lastLevel: 'That was the last level. Well done!',
	tooSmall: (columns, rows, needColumns, needRows) =>
		`Please enlarge the terminal: it is ${columns}×${rows}, the game needs at least ${needColumns}×${needRows}. Ctrl-C quits.`,
	helpTitle: 'Keys',
	helpSections: {
		everywhere: [
			'Everywhere',
			[
				['? / Esc', 'this help (any key closes it) / back'],
				['q / Ctrl-C', 'quit (q outside an answer field); progress is saved'],
			],
		],
		menu: [
			'Menu',
			[
				['↑ ↓  j k', 'move'],
				['Enter', 'open the level'],
				['c', 'continue with the first unsolved level'],
				['e', 'export scores (JSON and CSV) to the data folder'],
				['p', 'practice: generated levels on the concepts due for review'],
				['o', 'practice overview: recent accuracy, recall, next review'],
				['? g', 'glossary: ? then g on a level'],
			],
		],
		level: [
			'Level',
			[
				['0-9 . - / * ^ ( )', `type answers; ${typedFunctions(' ')}`],
				['Enter', 'check the answer'],
				['Tab ↓  Shift-Tab ↑', 'next / previous field (in a shape, the next box)'],
				['← →', 'move the caret; in a grid, the cell beside'],
				['Home End Ctrl-A/E', 'the caret to the start / end; in a grid, edit the cell'],
				['↑ ↓', 'in a grid: the cell above, below'],
				['Backspace  Delete', 'delete before / after the caret; u clears the field'],
				['h', 'next hint for the field you are on (asks first; −1★)'],
				['g', 'give up: show the worked solution (asks first; 0 stars)'],
				['i', 'the whole introduction; once solved, the explanation'],
			],
		],
		lab: [
			'Lab',
			[
				['space', 'run / pause (with --reduced-motion: ten steps)'],
				['s', 'one training step'],
				['+ −', 'raise / lower the learning rate η one value of the dial'],
				['r', 'reset the weights and start again'],
				['l', 'log-scale loss axis on / off'],
				['h  i', 'next hint (free in a lab) / the introduction; after the goal, the explanation'],
				['Enter', 'after the goal: the result'],
			],
		],
		result: [
			'Result',
			[
				['Enter', 'next level'],
				['r', 'play this level again (after seeing the solution: at most 1 star)'],
				['i', 'read the whole explanation'],
				['Esc', 'back to the menu'],
			],
		],
		'practice-summary': [
			'Practice summary',
			[
				['Enter  Esc', 'back to the menu'],
				['p', 'practise again'],
			],
		],
		'practice-overview': [
			'Practice overview',
			[
				['↑ ↓  PgUp PgDn', 'scroll'],
				['Enter  Esc', 'back to the menu'],
				['p', 'practise what is due'],
			],
		],
	},
	scoringRules: [
		'Scoring: 3★ to start; each hint −1★; more than 2 wrong answers −1★; a solved level keeps at least 1★; showing the solution scores 0, and a replay after it at most 1★. In a lab the steps to the goal give the stars and hints are free. 100 points a star. Time is recorded, never scored.',
	],
	introTitle: 'Introduction',
	explanationTitle: 'Explanation',
	readingPosition: (from, to, total) => `lines ${from}–${to} of ${total}`,
	readMore: '… i: read it all',
	footer: {
		menu: '↑↓ move · Enter open · c continue · p practice · e export · ? help · q quit',
		level: 'Enter check · Tab next · h hint −1★ · g solution · i intro · ? help · Esc menu',
		levelDone: 'Enter results · i explanation · Esc menu · ? help',
		result: 'Enter next level · r replay · i explanation · Esc menu · ? help · q quit',
		resultLast: 'Enter menu · r replay · i explanation · Esc menu · ? help · q quit',
		help: 'any key: close',
		helpLevel: 'g glossary · any other key: close',
		glossary: 'any key: close',
		confirm: 'y: show solution · n: keep trying',
		intro: 'Enter or Esc: close',
		reading: '↑↓ scroll · PgUp PgDn page · Esc close',
		tooSmall: 'Ctrl-C quit',
	},
	glossaryTitle: 'Glossary: reading a circuit',
	glossary: [
		['x 3 ──', "a wire's number is the forward value of the node it leaves"],
		['∂ -4', 'under a wire: the gradient ∂(output)/∂(that node); ? is yours to find'],
		['+ × ^2 ×2 +1', 'a gate and the constant it applies; × gates feeding + form a weighted sum'],
		['σ', 'sigmoid σ(x) = 1/(1 + e⁻ˣ); its slope is σ′ = σ(1 − σ)'],
		['tanh', 'squashes into (−1, 1); its slope is tanh′ = 1 − tanh²'],
		['ƒ', 'a step of several operations, written out under the circuit'],
		['⋯', 'a part of the graph not drawn, named under the circuit'],
		['upstream × local', 'a gate passes back the gradient it got times its own local derivative'],
		['+ gate', 'passes the gradient on unchanged; a × gate sends each input upstream × the other input’s value'],
		['h1│H1', "a unit of the note's network: its weighted sum h1 and its output H1 = σ(h1)"],
		['━  ═', "the E1 path (the note's green) and the E2 path (red)"],
		['δ', "the note's δ means ∂: a partial derivative"],
		['error · loss', 'error E: how far an output is from its target; loss: what a lab adds up over its data'],
		['w · b', 'weights and biases: the parameters that training changes'],
	],
	lab: {
		ready: 'Press space to start training, or s to take one step.',
		running: '▶ training…',
		paused: '⏸ paused',
		divergedNotFinite: eta =>
			`✗ Diverged: the loss grew too large to represent (η = ${eta}). The steps overshoot further each time. Lower η with − and press r to reset.`,
		divergedExploded: eta =>
			`✗ Diverged: the loss grew past ten times its start (η = ${eta}). Each step overshoots the minimum by more than it corrects. Lower η with − and press r.`,
		divergedGrowing: eta =>
			`✗ Diverged: every step jumps across the minimum and lands farther away than before (η = ${eta}). Lower η with − and press r.`,
		stalled: (loss, window, eta, units) =>
			`⏸ Stalled at loss ${loss}: under 0.5 % progress in ${window} steps (η = ${eta}). ${stallCauseEn(units)} Try another η and r, or space to train on.`,
		oscillating: eta =>
			`↔ Oscillating: every step jumps across the minimum and lands just as far away, so the loss never falls (η = ${eta}). Lower η with − and press r.`,
		swinging: (percent, window, eta) =>
			`↔ Oscillating: the loss swings by about ${percent} % a step and its trend over ${window} steps does not fall (η = ${eta}). The steps overshoot; lower η with − and press r, or space to train on.`,
		overBudget: budget =>
			`Past the ${budget}-step budget and still improving: the goal now earns 1 star. Train on, or try another η and r.`,
		goal: (step, stars) =>
			`✓ Goal reached at step ${step}: ${'★'.repeat(stars)}${'☆'.repeat(3 - stars)}. Enter: results · r: train again`,
		stepItem: step => `step ${step}`,
		lossItem: loss => `loss ${loss}`,
		errorItem: error => `loss ${error}`,
		goalText: (loss, steps) => `goal: loss below ${loss} · ★★★ within ${threeStarSteps(steps)} steps, limit ${steps}`,
		goalShort: (loss, steps) => `goal < ${loss} · ★★★ by step ${threeStarSteps(steps)} of ${steps}`,
		logAxis: 'log axis',
		weightsTitle: 'parameter value     gradient',
		outputLabel: 'output',
		targetLabel: 'target',
		predictionsRight: (right, total) => `${right} of ${total} on the right side of 0.5`,
		accuracy: (percent, right, total) => `accuracy ${percent} % (${right}/${total})`,
		mapLegend: '░ says +1 · x is +1 · o is −1',
		classLegend: (points, areas) => [
			`points ${points.join(' ')}: their true class`,
			`model's area: ${points.map((p, k) => `${p} ${areas[k] === ' ' ? 'blank' : areas[k]}`).join(', ')}`,
		],
		slopeLesson: (slope, param) =>
			slope > 0
				? `slope > 0: the step moves ${param} down (left)`
				: slope < 0
					? `slope < 0: the step moves ${param} up (right)`
					: `slope = 0: ${param} stays put`,
		factorLesson: (curvature, factor) => `each step × (1 − ${curvature}η) = ${factor}`,
		distanceStep: (before, after) => `offset from the minimum ${before} → ${after}`,
		distanceStepAt: (eta, before, after) => `last step (at η = ${eta}): offset ${before} → ${after}`,
		footer: ({reduced, logAxis}) =>
			`${reduced ? 'space 10 steps' : 'space run'} · s step · + − η · r reset · h hint · Esc menu${logAxis ? ' · l log axis' : ''} · ? help`,
		footerDone: 'Enter results · r train again · Esc menu · ? help',
		footerDiverged: 'r reset · + − η · h hint · Esc menu · ? help',
		scoring:
			'Lab scoring: reach the goal within half the step budget for 3★, within the budget for 2★, later for 1★. Hints are free here. 100 points a star. Time is recorded, never scored.',
		resultRun: (steps, eta) => `Goal reached at step ${steps} with η = ${eta}.`,
		resultBest: (steps, eta) => `Fastest run this visit: ${steps} step${steps === 1 ? '' : 's'} at η = ${eta}.`,
		resultScore: (step, budget, hints, time) =>
			`Scored on steps: ${step} of a ${budget}-step budget (3★ within ${threeStarSteps(budget)}, 2★ within ${budget}) · ${hints} hint${hints === 1 ? '' : 's'}, free · ${time}`,
		resultFastestPending: 'Training a fresh model at each η on the dial to find the fastest…',
		resultFastest: c => {
			switch (c.kind) {
				case 'same':
					return `Your η is the fastest on the dial: no other value reaches the goal sooner.`;
				case 'as-fast':
					return `As fast as the dial's fastest η = ${rate(c.fastest)}, which takes ${stepsText(c.fastest.steps)}.`;
				case 'slower':
					return `The dial's fastest η = ${rate(c.fastest)} reaches the goal in ${stepsText(c.fastest.steps)}, ${c.fewer} fewer than your fastest run.`;
				default:
					return assertNever(c);
			}
		},
	},
	exported: files => `✓ Scores written: ${files.join(', ')}`,
	exportFailed: error => `✗ Could not export the scores: ${error}`,
	slopeDirection: (positive, param) =>
		positive ? `The slope was positive, so ${param} went down.` : `The slope was negative, so ${param} went up.`,
};

const ko: Messages = {
	appName: 'backprop-quest',
	tagline: '역전파를 손으로 직접 해 보며 배우기',
	continueLabel: title => `이어서 하기: ${title}`,
	allSolved: '모든 레벨을 풀었습니다. 다시 풀어서 별을 더 모아 보세요.',
	progress: (solved, total, points) => `${solved}/${total} 해결 · ${points}점`,
	statusNew: '새 레벨',
	statusSeen: '풀이 봄',
	kindLabel: {
		forward: '순전파 값',
		gradients: '기울기',
		chain: '연쇄',
		paths: '경로',
		update: '업데이트',
		descent: '실험실',
		matrix: '행렬',
		lab: '실험실',
		derive: '도함수',
		'grad-check': '기울기 검사',
		'find-the-bug': '실수 찾기',
	},
	chapter: (n, title) => `${n}. ${title}`,
	levelOf: (n, total) => `레벨 ${n}/${total}`,
	warningsTitle: n => `불러오는 중 문제 ${n}개 (나머지는 정상적으로 플레이할 수 있습니다):`,
	askFor: {
		forward: '순전파 값을 계산하세요:',
		gradients: '기울기를 구하세요:',
		chain: '경로를 따라 국소 기울기를 하나씩 채우고, 그 곱을 구하세요:',
		paths: '경로마다 기울기를 구한 뒤 모두 더하세요:',
		update: '기울기를 구한 뒤, 업데이트된 가중치를 구하세요:',
		descent: '오차 곡선을 따라 목표까지 내려가세요:',
		matrix: '격자를 채우세요. Enter는 격자 전체를 확인합니다:',
		lab: '목표까지 신경망을 학습시키세요:',
		derive: '각 국소 기울기를 표시된 이름을 써서 식으로 쓰세요:',
		'grad-check': '기울기를 검사하세요: 기울기, 중심 차분, 상대 오차, 판정:',
		'find-the-bug': '처음으로 틀린 행을 찾고(↑↓, Enter) 그 행의 올바른 기울기를 입력하세요:',
	},
	graphLegend: '위: 순전파 값 · 아래 ∂: 기울기',
	hiddenPart: (symbol, text) => `${symbol} 그림에서 생략: ${text}`,
	pathLegend: {e1: 'E1 경로 (강의 노트의 초록색)', e2: 'E2 경로 (강의 노트의 빨간색)'},
	given: '주어진 값:',
	drawingHidden: '회로 숨김: 터미널을 키우거나 i 키를 누르세요.',
	notAFormula: (names, name) =>
		name === undefined
			? `식이 아닙니다. 2*x나 1 - a^2처럼 ${josa(names, '을/를')} 써서 식으로 입력하세요. (시도 횟수에 포함되지 않습니다.)`
			: `'${name}': 여기서 쓸 수 있는 이름이 아닙니다. ${josa(names, '을/를')} 쓰세요. (시도 횟수에 포함되지 않습니다.)`,
	notAChoice: options => `${josa(options, '을/를')} 입력하세요. (시도 횟수에 포함되지 않습니다.)`,
	inNames: names => `${names} 사용`,
	detour: ({of, wrt, through}) =>
		`${josa(`∂${of}/∂${wrt}`, '은/는')} 고리 하나입니다. ${of} = ${through}·${wrt} + …이므로 ${josa(wrt, '이/가')} 1 변하면 ${josa(of, '은/는')} ${through}만큼 변합니다. 강의 노트는 여기에 ∂${of}/∂${through}·∂${through}/∂${wrt}의 곱을 적었지만, ${josa(through, '은/는')} ${wrt}에 따라 변하지 않으므로 잘못입니다.`,
	chainLink: ({index, count, what}) => {
		const which = `인수 ${index}/${count}`;
		switch (what.kind) {
			case 'errorSlope':
				return `${which}: 오차의 기울기`;
			case 'functionSlope':
				return `${which}: ${what.at}에서 ${what.fn}의 기울기`;
			case 'multiplier':
				return `${which}: ${what.of}에 곱해지는 ${what.by}`;
			case 'constantMultiplier':
				return `${which}: ${what.of}에 곱해지는 상수`;
			case 'addend':
				return `${which}: 덧셈 노드`;
			case 'other':
				return which;
			default:
				return assertNever(what);
		}
	},
	bugTable: {node: '노드', value: '값', local: '국소 기울기', gradient: out => `기울기 ∂${out}/∂·`},
	pickRowFirst: '먼저 처음으로 틀린 행을 고르세요: ↑↓로 움직이고 Enter로 고릅니다.',
	bugFound: node =>
		`✓ 찾았습니다. ${node}의 기울기가 틀렸고, 그 기울기를 받아 계산한 행들도 모두 틀린 값을 이어받았습니다. ${node}의 올바른 기울기를 입력하세요.`,
	notThisRow: (node, output) =>
		output
			? `✗ 여기가 아닙니다: ${josa(node, '은/는')} 출력이고, ∂${node}/∂${node} = 1은 언제나 그대로입니다 (−1★).`
			: `✗ 여기가 아닙니다: ${node} 행은 위의 행들에서 그대로 나옵니다(상류 기울기 × 국소 기울기의 합). 그렇지 않은 첫 행을 찾으세요 (−1★).`,
	bugNamed: '✓ 해결했습니다! 심어 둔 실수를 실제로 저지른 학습자라면 이런 설명을 듣게 됩니다:',
	notANumber: typed =>
		`숫자가 아닌 입력입니다: “${clip(typed)}”. -4, 0.25, 3/4, 1e-3, 2*-4처럼 입력하세요. (시도 횟수에 포함되지 않습니다.)`,
	switchToLatin: typed =>
		`“${clip(typed)}”: 한글 입력 상태입니다. 한/영 키로 영문 입력으로 바꾼 뒤 숫자를 입력하세요. (시도 횟수에 포함되지 않습니다.)`,
	moreAnswerLines: (above, below) =>
		`${above > 0 ? `↑ ${above}줄 더  ` : ''}${below > 0 ? `↓ ${below}줄 더  ` : ''}(화살표로 이동, 터미널을 키우면 모두 보입니다)`,
	hintKey: '(h: 힌트)',
	emptyAnswer: '먼저 숫자를 입력하세요.',
	right: '✓ 정답입니다.',
	complete: '✓ 해결!',
	wrong: (role, activation) =>
		({
			value: activation
				? '✗ 아쉽네요. 합의 각 항을 확인한 뒤 활성화 함수를 확인하세요.'
				: '✗ 아쉽네요. 합의 각 항을 확인하세요.',
			gradient: '✗ 아쉽네요. 상류 기울기와 국소 기울기를 확인하고 둘을 곱하세요.',
			local: '✗ 아쉽네요. 이 단계의 연산을 어떻게 미분하는지 확인한 뒤 회로의 값을 넣으세요.',
			product: '✗ 아쉽네요. 위의 국소 기울기를 부호까지 그대로 곱하세요.',
			path: '✗ 아쉽네요. 이 경로의 국소 기울기를 부호까지 그대로 곱하세요.',
			total: '✗ 아쉽네요. 경로마다 나온 값을 하나도 빠짐없이 더하세요.',
			update: '✗ 아쉽네요. 새 가중치는 가중치에서 η와 기울기의 곱을 뺀 값입니다.',
			formula: '✗ 아쉽네요. 그 입력으로 이 단계를 미분한 뒤, 표시된 이름을 써서 식으로 쓰세요.',
			numeric: '✗ 아쉽네요. f(x + h)에서 f(x − h)를 뺀 뒤 2h로 나누세요.',
			error: '✗ 아쉽네요. |해석적 − 수치적|을 구한 뒤, 두 크기 중 큰 값으로 나누세요.',
			verdict: '✗ pass 또는 fail을 입력하세요.',
			shape: '✗ 아쉽네요. 이 단계에 들어가는 값들의 모양에서 크기를 하나씩 구하세요.',
		})[role],
	wrongStep: rule => `✗ 아쉽네요. ${rule}에 따라 한 단계씩 다시 계산해 보세요.`,
	nearMiss: (digits, needed) =>
		`✗ 거의 맞았습니다. 답을 유효숫자 ${digits}자리로 반올림한 값입니다. ${needed}자리 이상 쓰세요.`,
	mistakes: {
		upstreamOnly: p =>
			`✗ 상류 기울기(∂${p.of}/∂${p.via} = ${p.upstream})를 그대로 넘겼습니다. 국소 기울기 ∂${p.via}/∂${p.wrt}의 값을 곱하세요.`,
		leftOutTerm: p => `✗ 거의 맞았습니다: ${josa(p.term, '이/가')} 빠졌습니다. 합의 모든 항을 더하세요.`,
		beforeActivation: p => `✗ 활성화 함수를 거치기 전의 값(${p.arg})입니다. 이 노드의 값은 ${p.applied}입니다.`,
		addRule: p =>
			`✗ 1은 덧셈 노드의 기울기입니다. ${josa(p.via, '은/는')} ${josa(p.wrt, '을/를')} 그냥 더한 값이 아니니 국소 기울기 ∂${p.via}/∂${p.wrt}의 값을 구하세요.`,
		localOnly: p =>
			`✗ 국소 기울기 ∂${p.via}/∂${p.wrt}의 값만 구했습니다. 연쇄법칙에 따라 상류 기울기(∂${p.of}/∂${p.via} = ${p.upstream})를 곱하세요.`,
		ownInput: p =>
			`✗ 상류 기울기에 ${p.wrt} 자신의 값을 곱했습니다. ${p.via}에서 ${p.wrt}에 곱해지는 것은 ${p.partner}입니다. ∂${p.of}/∂${p.via} = ${p.upstream}에 ${josa(p.partner, '을/를')} 곱하세요.`,
		ownValue: p =>
			`✗ 입력한 값은 ${p.wrt} 자신의 값입니다. ${p.of}에서 ${p.wrt}에 곱해지는 것은 ${p.partner}이므로 ∂${p.of}/∂${p.wrt} = ${p.partner}입니다. 곱셈에서 한 값의 기울기는 그 값에 곱해지는 다른 값입니다.`,
		noteSlip: p =>
			`✗ ∂${p.of}/∂${p.partner} = ${p.wrt}의 값입니다. 여기에 ∂${p.of}/∂${p.partner}·∂${p.partner}/∂${p.wrt}의 곱을 쓰는 것은 흔한 실수입니다(강의 노트도 이렇게 적었습니다). ${josa(p.partner, '은/는')} ${p.wrt}에 따라 변하지 않습니다. 연쇄법칙에 필요한 것은 인수 하나, ∂${p.of}/∂${p.wrt} = ${p.partner}입니다.`,
		noteSlipProduct: p =>
			`✗ 이 곱은 ${josa(p.partner, '을/를')} 거쳐 돌아갔습니다. ∂${p.of}/∂${p.wrt} = ${p.partner} = ${p.partnerValue} 자리에 ∂${p.of}/∂${p.partner} = ${p.wrt}의 값을 넣었습니다. 인수 하나, ∂${p.of}/∂${p.wrt}의 값을 쓰세요.`,
		addSwap: p =>
			p.upstream === undefined
				? `✗ 입력한 값은 다른 입력 ${p.other}의 값입니다. 입력을 바꾸는 것은 곱셈 노드의 규칙입니다. ${josa(p.via, '은/는')} 덧셈입니다. 더하는 항 하나가 1 늘면 합은 얼마나 늘까요?`
				: `✗ 다른 입력 ${p.other}의 값을 곱했습니다. 입력을 바꾸는 것은 곱셈 노드의 규칙입니다. ${josa(p.via, '은/는')} 덧셈이므로 상류 기울기 ∂${p.of}/∂${p.via} 값을 그대로 넘깁니다.`,
		forgotHalf: p =>
			`✗ 답의 두 배입니다. ${p.node} = ${p.text}에서 ½을 빠뜨렸습니다. ½을 그대로 두세요. ½u²의 기울기는 2u가 아니라 u입니다.`,
		halvedSlope: p =>
			`✗ 답의 절반입니다. ${p.node} = ${p.text}의 기울기를 구할 때는 제곱에서 내려온 2가 ½과 약분됩니다. ½u²의 기울기는 u/2가 아니라 u입니다.`,
		tanhValue: p =>
			`✗ a = ${p.node} = ${p.a}일 때 1 − a = ${josa(p.oneMinus, '을/를')} 썼습니다. tanh의 기울기는 1 − a²입니다. a를 먼저 제곱하세요.`,
		tanhSigmoidSlope: p =>
			`✗ a = ${p.node} = ${p.a}일 때 a·(1 − a)를 썼습니다. 그것은 σ의 기울기입니다. tanh의 기울기는 1 − a²입니다.`,
		stepOnly: p =>
			p.step === undefined
				? `✗ 한 걸음 −η·∂${p.of}/∂${p.param}만 구했습니다. 답은 칸마다 ${p.param}에 이 걸음을 더한 값입니다.`
				: `✗ 한 걸음 −η·∂E/∂${p.param} = ${p.step}만 구했습니다. 답은 새 가중치, 곧 ${p.param}에 이 걸음을 더한 값입니다.`,
		swappedPairs: p => `✗ 가중치와 입력의 짝이 바뀌었습니다. 선을 따라 짝지어 곱하세요: ${p.pairs}.`,
		onePath: p =>
			`✗ ${josa(p.via, '을/를')} 거치는 경로 하나만 더했습니다. ${p.wrt}에서 ${josa(p.of, '으로/로')} 가는 경로는 ${p.paths}개입니다. 모두 더하세요.`,
		wrongSign: () => '✗ 크기는 맞는데 부호가 반대입니다. 곱하거나 뺀 수의 부호를 하나씩 확인하세요.',
		sigmoidValue: p =>
			`✗ ∂${p.node}/∂${p.input} 자리에 σ 값(${p.sigma}) 자체를 썼습니다. σ의 기울기는 σ·(1 − σ)입니다.`,
		addedFactors: () => '✗ 국소 기울기를 더했습니다. 연쇄법칙에서는 더하지 않고 곱합니다.',
		plusSign: p => `✗ 방향이 반대입니다. 업데이트는 η·∂${p.of ?? 'E'}/∂${josa(p.param, '을/를')} 뺍니다.`,
		forgotRate: p => `✗ 기울기에 먼저 학습률(η = ${p.eta})을 곱하세요.`,
		lastLinkOnly: p => `✗ 마지막 고리 ${p.link}만 적었습니다. 고리 ${p.links}개를 모두 곱해야 합니다.`,
		leftOutLink: p => `✗ 고리 하나를 빠뜨렸습니다: ${p.link} = ${p.value}. 경로의 고리를 하나도 빠짐없이 곱하세요.`,
		formulaSigmoid: p =>
			`✗ ${josa(p.of, '은/는')} σ의 값 자체이지 기울기가 아닙니다. σ의 기울기는 σ·(1 − σ)이니 ${josa(p.of, '으로/로')} 써 보세요.`,
		formulaTanh: p =>
			`✗ 1 − ${josa(p.of, '은/는')} tanh의 기울기가 아닙니다. tanh의 도함수는 1 − tanh²이니 ${josa(p.of, '을/를')} 제곱하세요.`,
		formulaTanhSigmoid: p =>
			`✗ ${p.of}·(1 − ${p.of})${particleFor(p.of, '은/는')} σ의 기울기이지 tanh의 기울기가 아닙니다. tanh의 도함수는 1 − tanh²입니다. ${josa(p.of, '을/를')} 써서 나타내세요.`,
		formulaOtherInput: p =>
			`✗ 다른 입력 ${p.other}에 대한 기울기 ∂${p.of}/∂${p.other}입니다. 구할 것은 ∂${p.of}/∂${p.wrt}입니다. ${josa(p.other, '은/는')} 고정하고 ${josa(p.wrt, '으로/로')} 미분하세요.`,
		formulaConstant: p =>
			`✗ 숫자 하나를 입력했지만 ∂${p.of}/∂${josa(p.wrt, '은/는')} 점마다 값이 다릅니다. ${josa(p.names, '을/를')} 써서 식으로 쓰세요.`,
		formulaOnlyHere: p =>
			`✗ 여기서는 맞지만 어디서나 맞지는 않습니다: ${p.point}에서 확인해 보세요. 입력한 식의 값은 ${p.yours}이지만 ∂${p.of}/∂${p.wrt}의 값은 ${p.right}입니다.`,
		oneSidedStep: () => '✗ h로 나누었습니다. 중심 차분은 x − h부터 x + h까지 폭 2h에 걸쳐 있으니 2h로 나누세요.',
		errorNotRelative: p => `✗ 절대 차이 |a − n| = ${p.diff}입니다. |a|와 |n| 중 큰 값으로 나누어야 상대 오차입니다.`,
		checkVerdict: p =>
			p.right === 'fail'
				? `✗ 상대 오차 ${josa(p.error, '은/는')} ${p.threshold}보다 작지 않으므로 검사는 실패(fail)입니다.`
				: `✗ 상대 오차 ${josa(p.error, '은/는')} ${p.threshold}보다 작으므로 검사는 통과(pass)입니다.`,
		maxToBoth: p =>
			`✗ ${p.wrt}에도 기울기를 주었습니다. max 노드는 상류 기울기 ∂${p.of}/∂${p.via} 전부를 더 큰 입력 ${p.winner}에만 보냅니다. 더 작은 입력에는 무엇이 갈까요?`,
		matmulOrder: p =>
			`✗ 곱하는 순서가 틀렸거나 전치(ᵀ)를 빠뜨렸습니다. 규칙은 ${p.rule}입니다. 모양을 확인하세요. 곱이 맞아떨어지는 순서는 하나뿐입니다.`,
		biasNotSummed: p =>
			`✗ ${p.upstream}의 ${p.row}행만 썼습니다. b는 배치의 ${p.rows}개 행에 모두 더해졌으므로, 기울기는 ${josa(p.upstream, '을/를')} 행 방향으로 모두 더한 값입니다.`,
		biasAveraged: p =>
			`✗ ${p.upstream}의 행들을 더한 뒤 ${josa(p.rows, '으로/로')} 나눴습니다. b는 배치의 ${p.rows}개 행에 모두 더해졌으므로 기울기는 그 행들을 그대로 더한 값입니다(손실에 평균이 있다면 그 ÷N은 이미 ${p.upstream} 안에 들어 있습니다).`,
		matmulNoUpstream: p =>
			`✗ ${josa(p.upstream, '을/를')} 빠뜨렸습니다. 위에서 도착한 기울기 자리에 1로 채운 행렬을 곱한 셈입니다. 규칙은 ${p.rule}입니다.`,
		sumForMean: p => `✗ ${p.arg}의 합입니다. 평균은 그 합을 원소 개수 N으로 나눈 값입니다(N = ${p.n}).`,
		lossMinusLeftOut: p =>
			`✗ ${p.text}에서 맨 앞의 마이너스 부호를 빠뜨렸습니다. 1보다 작은 확률의 log는 음수이고, 마이너스가 손실을 양수로 만듭니다.`,
		meanForgotN: p => `✗ 답의 ${p.n}배입니다. 평균은 N으로 나누므로(N = ${p.n}) 기울기도 N으로 나눕니다.`,
		meanTwiceN: p => `✗ N으로 두 번 나눴습니다(N = ${p.n}). 평균의 ÷N은 기울기에 한 번만 들어갑니다.`,
		reluMaskIgnored: () =>
			'✗ 모든 ReLU에 기울기를 그대로 통과시켰습니다. 입력이 0 이하였던 ReLU는 출력이 평평하므로 그 자리의 기울기는 0입니다. 마스크를 곱하세요.',
		ceLabelNotSubtracted: () =>
			'✗ 레이블을 빼지 않은 P입니다. 소프트맥스 뒤에 교차 엔트로피가 오면 ∂L/∂Z = P − Y(배치 평균이면 ÷N)입니다. 정답 클래스마다 1을 빼세요.',
		ceSignFlipped: () =>
			'✗ Y − P, 곧 부호가 뒤집힌 기울기입니다. 이 방향은 오르막입니다. 소프트맥스와 교차 엔트로피의 기울기는 ∂L/∂Z = P − Y입니다.',
		ceLogP: () =>
			'✗ P가 들어갈 자리에 log P를 썼습니다. log P는 손실을 계산할 때 쓰는 값이고, 소프트맥스를 거친 기울기는 P를 그대로 쓴 P − Y입니다.',
		softmaxDiagonal: () =>
			'✗ 야코비안의 대각선 P[i]·(1 − P[i])만 썼습니다. P[i]는 모든 Z[j]에 따라 달라지므로, 대각선 밖의 항 −P[i]·P[j]까지 넣어 모든 i에 대해 ∂L/∂P[i]·∂P[i]/∂Z[j]를 더하세요.',
		shapeSwapped: () => '✗ 크기는 맞지만 순서가 거꾸로입니다. 행 수를 먼저, 열 수를 나중에 쓰세요.',
	},
	hintLabel: (n, total, field) => (field === undefined ? `힌트 ${n}/${total}:` : `${field} 힌트 ${n}/${total} (−1★):`),
	noMoreHints: '힌트가 더 없습니다. g를 누르면 풀이를 볼 수 있습니다 (별 0개).',
	solutionShown: '풀이를 보았습니다. 이 레벨은 별 0개, "풀이 봄"으로 기록됩니다.',
	confirmSolution: '풀이를 볼까요?',
	confirmSolutionDetail:
		'이 레벨은 별 0개, "풀이 봄"으로 기록됩니다. 나중에 다시 풀어도 별은 최대 1개입니다.   y(ㅛ): 보기 · n(ㅜ)이나 Esc: 계속 풀기',
	confirmSolutionKept: stars =>
		`이번 풀이는 별 0개이고 다시 풀어도 별은 최대 1개지만, 최고 기록은 ${stars} 그대로 남습니다.   y(ㅛ): 보기 · n(ㅜ)이나 Esc: 계속 풀기`,
	confirmHint: (n, total, field) =>
		field === undefined ? `힌트를 볼까요? (${n}/${total})` : `${field} 힌트를 볼까요? (${n}/${total})`,
	confirmHintDetail: '힌트마다 별이 하나 줄어듭니다.   y(ㅛ): 보기 · n(ㅜ)이나 Esc: 그만두기',
	explanation: '해설:',
	workedSolution: '풀이:',
	updatePreview: p =>
		`한 걸음: ${p.param} ${p.before} → ${p.after}, 오차 ${p.errorBefore} → ${p.errorAfter}. ${p.direction}`,
	updatePreviewUndefined: p =>
		`한 걸음: ${p.param} ${p.before} → ${p.after}. ${p.param} = ${p.after}에서는 ${p.step} 단계의 값이 없어서 걸음 뒤의 오차가 정의되지 않습니다. ${p.direction}`,
	resultTitle: title => `레벨 완료: ${title}`,
	resultStars: stars => `별 ${stars}개`,
	resultSeen: '풀이를 보았습니다. 별 0개로 기록됩니다. 이제 다시 풀면 별은 최대 1개입니다.',
	resultCapped: earned =>
		`별 ${earned}개를 받을 만큼 잘 풀었지만, 이 레벨은 풀이를 이미 보았으므로 다시 풀 때는 별 1개까지만 인정됩니다.`,
	resultLine: (attempts, hints, time) => `답 확인 ${attempts}회 · 힌트 ${hints}개 · ${time}`,
	duration: (m, s) => (m > 0 ? `${m}분 ${s}초` : `${s}초`),
	resultPoints: (points, total) => `+${points}점 · 총 ${total}점`,
	lastLevel: '마지막 레벨이었습니다. 수고하셨습니다!',
	tooSmall: (columns, rows, needColumns, needRows) =>
		`터미널을 키워 주세요: 지금 ${columns}×${rows}이고 최소 ${josa(`${needColumns}×${needRows}`, '이/가')} 필요합니다. Ctrl-C로 종료합니다.`,
	helpTitle: '키 안내',
	helpSections: {
		everywhere: [
			'어디서나',
			[
				['? / Esc', '?: 도움말 (아무 키나 누르면 닫힘) · Esc: 뒤로'],
				['q / Ctrl-C', '종료 (q는 입력칸 밖에서만), 진행 상황은 저장됨'],
			],
		],
		menu: [
			'메뉴',
			[
				['↑ ↓  j k', '이동'],
				['Enter', '레벨 열기'],
				['c', '아직 안 푼 첫 레벨로 이어서 하기'],
				['e', '점수를 JSON, CSV로 데이터 폴더에 내보내기'],
				['p', '연습: 복습할 때가 된 개념을 새 문제로 풀기'],
				['o', '연습 현황: 최근 정답률, 기억하고 있을 확률, 다음 복습 때'],
				['? g', '용어 풀이: 레벨 화면에서 ? 다음 g'],
			],
		],
		level: [
			'레벨',
			[
				['0-9 . - / * ^ ( )', `답 입력. 함수는 ${typedFunctions(' ')}`],
				['Enter', '답 확인'],
				['Tab ↓  Shift-Tab ↑', '다음 / 이전 입력칸 (모양은 다음 상자)'],
				['← →', '커서 옮기기. 격자에서는 옆 칸으로'],
				['Home End Ctrl-A/E', '커서를 처음 / 끝으로. 격자에서는 칸 고쳐 쓰기'],
				['↑ ↓', '격자 안에서 위아래 칸으로 이동'],
				['Backspace  Delete', '커서 앞 / 뒤 한 글자 지우기, u는 칸 전체 지우기'],
				['h', '지금 칸의 다음 힌트 (확인한 뒤 −1★)'],
				['g', '포기하고 풀이 보기 (확인한 뒤 별 0개)'],
				['i', '소개 글 전체 읽기, 푼 뒤에는 해설 읽기'],
			],
		],
		lab: [
			'실험실',
			[
				['스페이스', '시작 / 정지 (--reduced-motion이면 10단계씩)'],
				['s', '학습 한 단계'],
				['+ −', '학습률 η를 한 칸 올리기 / 내리기'],
				['r', '가중치를 처음 값으로 되돌리고 다시 시작'],
				['l', '손실 축을 로그 눈금으로 켜기 / 끄기'],
				['h  i', '다음 힌트 (실험실에서는 무료) / 소개 글. 목표 달성 후에는 해설'],
				['Enter', '목표 달성 후: 결과 보기'],
			],
		],
		result: [
			'결과',
			[
				['Enter', '다음 레벨'],
				['r', '이 레벨 다시 하기 (풀이를 본 뒤에는 별 최대 1개)'],
				['i', '해설 전체 읽기'],
				['Esc', '메뉴로'],
			],
		],
		'practice-summary': [
			'연습 결과',
			[
				['Enter  Esc', '메뉴로'],
				['p', '다시 연습하기'],
			],
		],
		'practice-overview': [
			'연습 현황',
			[
				['↑ ↓  PgUp PgDn', '스크롤'],
				['Enter  Esc', '메뉴로'],
				['p', '복습할 개념 연습하기'],
			],
		],
	},
	scoringRules: [
		'점수: 3★에서 시작, 힌트마다 −1★, 틀린 답이 2번을 넘으면 −1★. 푼 레벨은 최소 1★, 풀이를 보면 0★, 그 뒤 다시 풀면 최대 1★. 실험실은 목표까지 걸린 단계로 별을 주고 힌트는 무료입니다. 별 하나에 100점. 시간은 기록만 하고 점수에 넣지 않습니다.',
	],
	introTitle: '소개',
	explanationTitle: '해설',
	readingPosition: (from, to, total) => `${total}줄 중 ${from}–${to}`,
	readMore: '… i: 전체 읽기',
	footer: {
		menu: '↑↓ 이동 · Enter 열기 · c 이어서 · p 연습 · e 내보내기 · ? 도움말 · q 종료',
		level: 'Enter 확인 · Tab 다음 칸 · h 힌트 −1★ · g 풀이 · i 소개 · ? 도움말 · Esc 메뉴',
		levelDone: 'Enter 결과 · i 해설 · Esc 메뉴 · ? 도움말',
		result: 'Enter 다음 레벨 · r 다시 · i 해설 · Esc 메뉴 · ? 도움말 · q 종료',
		resultLast: 'Enter 메뉴 · r 다시 · i 해설 · Esc 메뉴 · ? 도움말 · q 종료',
		help: '아무 키: 닫기',
		helpLevel: 'g 용어 풀이 · 다른 키: 닫기',
		glossary: '아무 키: 닫기',
		confirm: 'y: 풀이 보기 · n: 계속 풀기',
		intro: 'Enter 또는 Esc: 닫기',
		reading: '↑↓ 스크롤 · PgUp PgDn 쪽 넘기기 · Esc 닫기',
		tooSmall: 'Ctrl-C 종료',
	},
	glossaryTitle: '용어 풀이: 회로 읽는 법',
	glossary: [
		['x 3 ──', '선 위의 숫자는 그 선이 나오는 노드의 순전파 값입니다'],
		['∂ -4', '선 아래: 기울기 ∂(출력)/∂(그 노드). ?는 직접 구할 값입니다'],
		['+ × ^2 ×2 +1', '노드와 그 노드가 쓰는 상수. × 노드 여러 개가 + 노드 하나로 모이면 가중합입니다'],
		['σ', '시그모이드 σ(x) = 1/(1 + e⁻ˣ). 기울기는 σ′ = σ(1 − σ)'],
		['tanh', '−1과 1 사이의 값으로 바꿉니다. 기울기는 tanh′ = 1 − tanh²'],
		['ƒ', '연산이 여러 개인 단계. 식은 회로 아래에 적혀 있습니다'],
		['⋯', '그림에서 생략한 부분. 무엇인지 회로 아래에 적혀 있습니다'],
		['상류 × 국소', '노드는 상류 기울기에 자기 국소 기울기를 곱해 입력 쪽으로 보냅니다'],
		['+ 노드', '기울기를 그대로 전달합니다. × 노드는 입력마다 상류 기울기에 다른 입력의 값을 곱해 보냅니다'],
		['h1│H1', '강의 노트 신경망의 뉴런 하나. 가중합 h1과 출력 H1 = σ(h1)'],
		['━  ═', 'E1 경로(강의 노트의 초록색)와 E2 경로(빨간색)'],
		['δ', '강의 노트의 δ는 ∂, 곧 편미분을 뜻합니다'],
		['오차 · 손실', '오차 E는 출력이 정답에서 벗어난 정도, 손실은 실험실이 데이터 전체에 걸쳐 모은 오차'],
		['w · b', '가중치와 편향. 둘 다 학습하면서 바뀌는 매개변수입니다'],
	],
	lab: {
		ready: '스페이스를 누르면 학습을 시작합니다. s는 한 단계씩 진행합니다.',
		running: '▶ 학습 중…',
		paused: '⏸ 일시 정지',
		divergedNotFinite: eta =>
			`✗ 발산했습니다. 값이 컴퓨터가 나타낼 수 없을 만큼 커졌습니다(η = ${eta}). 걸음마다 더 멀리 튀어 나가고 있습니다. − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		divergedExploded: eta =>
			`✗ 발산했습니다. 처음 값의 10배를 넘었습니다(η = ${eta}). 보폭이 너무 커서 걸음마다 최소점을 점점 더 멀리 지나칩니다. − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		divergedGrowing: eta =>
			`✗ 발산했습니다. 걸음마다 최소점을 건너뛰어 전보다 더 먼 곳에 떨어집니다(η = ${eta}). − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		stalled: (loss, window, eta, units) =>
			`⏸ 손실이 ${loss}에서 멈췄습니다. ${window}단계 동안 0.5 %도 줄지 않았습니다(η = ${eta}). ${stallCauseKo(units)} η를 바꾸고 r을 누르거나, 스페이스로 학습을 이어 가세요.`,
		oscillating: eta =>
			`↔ 진동합니다. 걸음마다 최소점을 건너뛰어 반대편의 꼭 같은 거리에 떨어지므로 오차가 더 줄지 않습니다(η = ${eta}). − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		swinging: (percent, window, eta) =>
			`↔ 진동합니다. 손실이 한 단계에 평균 ${percent} %씩 오르내릴 뿐, ${window}단계 동안 추세가 내려가지 않습니다(η = ${eta}). 보폭이 너무 큽니다. − 키로 η를 낮추고 r 키로 다시 시작하거나, 스페이스로 학습을 이어 가세요.`,
		overBudget: budget =>
			`${budget}단계 한도를 넘겼지만 손실은 아직 줄고 있습니다. 이제는 목표에 닿아도 별 1개입니다. 계속 학습하거나, η를 바꾸고 r을 누르세요.`,
		goal: (step, stars) =>
			`✓ ${step}단계에서 목표 달성: ${'★'.repeat(stars)}${'☆'.repeat(3 - stars)}. Enter: 결과 · r: 다시 학습`,
		stepItem: step => `${step}단계`,
		lossItem: loss => `손실 ${loss}`,
		errorItem: error => `오차 ${error}`,
		goalText: (loss, steps, isError) =>
			`목표: ${isError ? '오차' : '손실'} ${loss} 미만 · ${threeStarSteps(steps)}단계 안이면 ★★★, 한도 ${steps}단계`,
		goalShort: (loss, steps) => `목표 < ${loss} · ★★★ ${threeStarSteps(steps)}단계 안 (한도 ${steps})`,
		logAxis: '로그 축',
		weightsTitle: '매개변수  값        기울기',
		outputLabel: '출력',
		targetLabel: '정답',
		predictionsRight: (right, total) => `0.5 기준 ${total}개 중 ${right}개 맞음`,
		accuracy: (percent, right, total) => `정확도 ${percent} % (${right}/${total})`,
		mapLegend: '░ +1로 판단 · x는 +1 · o는 −1',
		classLegend: (points, areas) => [
			`점 ${points.join(' ')}: 실제 클래스`,
			`모델의 판단: ${points.map((p, k) => `${p} ${areas[k] === ' ' ? '빈칸' : areas[k]}`).join(', ')}`,
		],
		slopeLesson: (slope, param) =>
			slope > 0
				? `기울기 > 0: ${josa(param, '은/는')} 줄어듭니다 (왼쪽으로)`
				: slope < 0
					? `기울기 < 0: ${josa(param, '은/는')} 커집니다 (오른쪽으로)`
					: `기울기 = 0: ${josa(param, '은/는')} 그대로입니다`,
		factorLesson: (curvature, factor) => `한 단계마다 × (1 − ${curvature}η) = ${factor}`,
		distanceStep: (before, after) => `최소점 기준 위치 ${before} → ${after}`,
		distanceStepAt: (eta, before, after) => `지난 걸음(η = ${eta}): 최소점 기준 위치 ${before} → ${after}`,
		footer: ({reduced, logAxis}) =>
			`${reduced ? '스페이스 10단계' : '스페이스 실행'} · s 한 단계 · + − η · r 처음부터 · h 힌트 · Esc 메뉴${logAxis ? ' · l 로그 축' : ''} · ? 도움말`,
		footerDone: 'Enter 결과 · r 다시 학습 · Esc 메뉴 · ? 도움말',
		footerDiverged: 'r 처음부터 · + − η · h 힌트 · Esc 메뉴 · ? 도움말',
		scoring:
			'실험실 점수: 단계 한도의 절반 안에 목표에 닿으면 3★, 한도 안이면 2★, 한도를 넘기면 1★. 여기서는 힌트가 무료입니다. 별 하나에 100점. 시간은 기록만 하고 점수에 넣지 않습니다.',
		resultRun: (steps, eta) => `${josa(`η = ${eta}`, '으로/로')} ${steps}단계에서 목표에 닿았습니다.`,
		resultBest: (steps, eta) => `이번 방문에서 가장 빠른 기록: ${josa(`η = ${eta}`, '으로/로')} ${steps}단계.`,
		resultScore: (step, budget, hints, time) =>
			`단계 수로 채점: ${budget}단계 한도 중 ${step}단계 (${threeStarSteps(budget)}단계 안 3★, ${budget}단계 안 2★) · 힌트 ${hints}개(무료) · ${time}`,
		resultFastestPending: '고를 수 있는 η마다 새 모델을 학습시켜 보며 가장 빠른 값을 찾고 있습니다…',
		resultFastest: c => {
			switch (c.kind) {
				case 'same':
					return '고른 η가 고를 수 있는 값 중 가장 빠릅니다. 이보다 빨리 목표에 닿는 값은 없습니다.';
				case 'as-fast':
					return `고를 수 있는 η 중 가장 빠른 ${josa(`η = ${rate(c.fastest)}`, '와/과')} 똑같이 빠릅니다. 그 값도 ${c.fastest.steps}단계가 걸립니다.`;
				case 'slower':
					return `고를 수 있는 η 중 가장 빠른 ${josa(`η = ${rate(c.fastest)}`, '은/는')} ${c.fastest.steps}단계 만에 목표에 닿습니다. 지금까지 낸 가장 빠른 기록보다 ${c.fewer}단계 빠릅니다.`;
				default:
					return assertNever(c);
			}
		},
	},
	exported: files => `✓ 점수를 저장했습니다: ${files.join(', ')}`,
	exportFailed: error => `✗ 점수를 내보내지 못했습니다: ${error}`,
	slopeDirection: (positive, param) =>
		positive
			? `기울기가 양수라서 ${josa(param, '이/가')} 줄었습니다.`
			: `기울기가 음수라서 ${josa(param, '이/가')} 커졌습니다.`,
};

const catalog: Localized<Messages> = {en, ko};

export function messages(lang: Language): Messages {
	return catalog[lang];
}

/** Minutes and seconds, for the result screen. */
export function formatDuration(ms: number, lang: Language): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	return catalog[lang].duration(Math.floor(seconds / 60), seconds % 60);
}

/** What a diagnosed mistake says in the messages' language. */
export function mistakeText(t: Messages, mistake: Diagnosis): string {
	return say(t.mistakes, mistake);
}

/** Looks the message up by the reason; the reason's type carries the parameters' along. */
function say<R extends MistakeReason>(
	table: MistakeMessages,
	said: {readonly reason: R; readonly params: MistakeParams[R]},
): string {
	return table[said.reason](said.params);
}

/** What showing the solution costs: on a level solved before, its best stars are kept. */
export const solutionDetail = (t: Messages, kept: number | undefined): string =>
	kept === undefined ? t.confirmSolutionDetail : t.confirmSolutionKept('★'.repeat(kept));
