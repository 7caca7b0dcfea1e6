// The game's own voice in English (src/ui/strings.ts loads it when the game plays in English).

import {threeStarSteps} from '../game/lab/stars.js';
import type {LabUnit} from '../game/lab/units.js';
import {assertNever} from '../levels/operators.js';
import type {Messages} from './strings.js';
import {clip, rate, symbolValue, typedFunctions} from './strings-shared.js';

const stepsText = (n: number) => `${n} step${n === 1 ? '' : 's'}`;

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

export const en: Messages = {
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
		matrix: 'Fill in each grid (Tab: the next cell to fill); Enter checks every cell typed:',
		lab: 'Train the network to the goal:',
		derive: 'Write each local derivative as a formula in the names shown:',
		'grad-check': 'Check the gradient: slope, centred difference, relative error, verdict:',
		'find-the-bug': 'Find the first wrong row (↑↓, Enter), then type its right gradient:',
	},
	graphLegend: 'value on each wire · ∂ its gradient below',
	hiddenPart: (symbol, text) => `${symbol} not drawn: ${text}`,
	followsLegend: names => `? in ${names}: follows from an answer not given yet, not a field to fill`,
	pathLegend: {e1: "E1 path (the note's green)", e2: "E2 path (the note's red)"},
	given: 'Given:',
	drawingHidden: 'Circuit hidden: enlarge the terminal or press i.',
	notAFormula: (names, name) =>
		name === undefined
			? `That is not a formula. Write one in ${names}, like 2*x or 1 - a^2. (No attempt used.)`
			: `'${name}' is not a name here: use ${names}. (No attempt used.)`,
	notAChoice: words => `This field takes one word: ${words.en.join(' or ')}. (No attempt used.)`,
	inNames: names => `in ${names}`,
	detour: ({of, wrt, through}) =>
		`∂${of}/∂${wrt} is one link, from ${of} straight to ${wrt}. The lecture note writes ∂${of}/∂${through}·∂${through}/∂${wrt} here, a slip: ${through} does not depend on ${wrt}.`,
	chainLink: ({index, count, what}) => {
		const which = `factor ${index} of ${count}`;
		switch (what.kind) {
			case 'errorSlope':
				return `${which}: the error's slope`;
			case 'functionSlope':
				return `${which}: the slope of ${what.fn} at ${what.at}`;
			case 'multiplier':
				return `${which}: the slope of a product by ${what.of}`;
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
		`✓ Found it: the ${node} row breaks a rule, and every row that depends on it carries the wrong number on. Type the right gradient for ${node}.`,
	notThisRow: (node, output) =>
		output
			? `✗ Not there: ${node} is the output, and ∂${node}/∂${node} = 1 always. (A wrong answer.)`
			: `✗ Not there: the ${node} row follows from the rows above it: its local derivative fits its node's rule, and its gradient is upstream × local, summed. Look for the first row that does not. (A wrong answer.)`,
	bugNamed: '✓ Solved! The planted mistake, as a learner who made it would hear it:',
	notANumber: typed => `“${clip(typed)}” is not a number. Try -4, 0.25, 3/4, 1e-3 or 2*-4. (No attempt used.)`,
	switchToLatin: typed =>
		`“${clip(typed)}” is Korean input, not a number: switch your keyboard to English (the 한/영 key) and type the number. (No attempt used.)`,
	moreAnswerLines: (above, below) =>
		`${above > 0 ? `↑ ${above} more line${above === 1 ? '' : 's'}  ` : ''}${below > 0 ? `↓ ${below} more line${below === 1 ? '' : 's'}  ` : ''}(arrows move; a taller terminal shows all)`,
	hintKey: '(h: hint)',
	emptyAnswer: 'Type a number first.',
	tooManyNumbers: (rows, cols) =>
		`${rows}×${cols} numbers run past the grid's edge from this cell: start nearer its first cell. (Nothing typed.)`,
	unchangedGrid: 'Unchanged since the last check: type over a ✗ cell first. (No attempt used.)',
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
			verdict: '✗ Not quite. Compare the relative error r with the tolerance again.',
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
			p.of === 'value'
				? `✗ That is twice the answer: it leaves out the ½ in ${p.node} = ${p.text}. Halve the square.`
				: `✗ That is twice the answer: it leaves out the ½ in ${p.node} = ${p.text}. Keep it; the slope of ½u² is u, not 2u.`,
		halvedSlope: p =>
			`✗ That is half the answer. In ${p.node} = ${p.text} the 2 that comes down from the square cancels the ½: the slope of ½u² is u, not u/2.`,
		tanhValue: p =>
			`✗ That uses 1 − a = ${p.oneMinus} with ${symbolValue('a', p.node, p.a)}. The slope of tanh is 1 − a²: square a first.`,
		tanhSigmoidSlope: p =>
			`✗ That uses a·(1 − a) with ${symbolValue('a', p.node, p.a)}: the slope of σ. The slope of tanh is 1 − a².`,
		stepOnly: p =>
			p.step === undefined
				? `✗ That is only the step −η·∂${p.of}/∂${p.param}. The answer is ${p.param} plus that step, cell by cell.`
				: `✗ That is only the step −η·∂E/∂${p.param} = ${p.step}. The answer is the new weight: ${p.param} plus that step.`,
		beforeUpdate: p =>
			p.figures === undefined
				? `✗ That is ${p.param} as it was, before the update. Add the step −η·∂${p.of}/∂${p.param} to it.`
				: `✗ That is ${p.param} as it was, before the update: the update moves it by only about ${p.step}, too little to show at 3 figures. Type the new ${p.param} to at least ${p.figures} significant figures.`,
		addendAsConstant: p =>
			`✗ 0 treats ${p.wrt} as a constant that ${p.of} does not depend on. But ${p.of} adds ${p.wrt} in: when ${p.wrt} grows by a little, by how much does ${p.of} grow?`,
		slopeForValue: p => `✗ ${p.typed} is ${p.fn}′(${p.input}), the slope; ${p.node} is ${p.fn}(${p.input}) itself.`,
		valueForSlope: p => `✗ ${p.value} is ${p.of}’s value; differentiate ${p.of} = ${p.text} by ${p.wrt}.`,
		swappedPairs: p => `✗ That pairs each weight with the wrong input. Multiply along each wire: ${p.pairs}.`,
		onePath: p =>
			`✗ That is only the path through ${p.via}. ${p.wrt} reaches ${p.of} along ${p.paths} paths: add them all.`,
		wrongSign: () => '✗ Right size, wrong sign. Check the sign of each number you multiplied or subtracted.',
		sigmoidValue: p =>
			`✗ That uses the value σ = ${p.sigma} itself in place of the slope ∂${p.node}/∂${p.input}. The slope of σ is σ·(1 − σ).`,
		sigmoidFactorLeftOut: p =>
			`✗ That is 1 − σ = ${p.oneMinus} alone. The slope ∂${p.node}/∂${p.input} of σ is σ·(1 − σ): the factor σ = ${p.sigma} is left out.`,
		addedFactors: () => '✗ The chain rule multiplies the factors; it does not add them.',
		plusSign: p => `✗ Wrong direction: the update subtracts η·∂${p.of ?? 'E'}/∂${p.param}.`,
		forgotRate: p => `✗ Scale the gradient by the learning rate first: η = ${p.eta}.`,
		lastLinkOnly: p =>
			`✗ That is only the last link, ${p.link}. The product needs all ${p.links} links multiplied together.`,
		leftOutLink: p =>
			`✗ You left out one local derivative of the path: ${p.link} = ${p.partner === undefined ? '' : `${p.partner} = `}${p.value}. Multiply every link along the path, that one too.`,
		formulaSigmoid: p =>
			`✗ ${p.of} is σ itself, the value, not its slope. The slope of σ is σ·(1 − σ): write that in ${p.of}.`,
		formulaTanh: p => `✗ 1 − ${p.of} is not the slope of tanh. The derivative of tanh is 1 − tanh², so square ${p.of}.`,
		formulaTanhSigmoid: p =>
			`✗ ${p.of}·(1 − ${p.of}) is the slope of σ, not of tanh. The derivative of tanh is 1 − tanh²: write that in ${p.of}.`,
		formulaOtherInput: p =>
			`✗ That is ∂${p.of}/∂${p.other}, the slope by the other input ${p.other}. The field asks ∂${p.of}/∂${p.wrt}: differentiate by ${p.wrt}, holding ${p.other} fixed.`,
		formulaSignFlipped: p =>
			`✗ Right form, wrong sign: at every point your formula gives minus ∂${p.of}/∂${p.wrt}. A subtraction has turned round on the way: differentiate again and keep each term's sign.`,
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
		kinkOtherSide: p =>
			`✗ That is the slope on ${p.fn}'s rising side, where ${p.input} > 0. Here ${p.input} = 0 sits exactly on the kink, where ${p.fn} has no derivative: the engine, like PyTorch, takes one side's slope there. Which side? The introduction says (i).`,
		maxToBoth: p =>
			`✗ That gives ${p.wrt} the gradient too. A max node routes the upstream gradient ∂${p.of}/∂${p.via} only to its larger input, ${p.winner}. What reaches the smaller one?`,
		matmulOrder: p =>
			`✗ That multiplies ${p.upstream} and ${p.other} in the wrong order or without the transpose. The rule is ${p.rule}: ${p.other} keeps the side it had in the forward product, transposed, and ${p.upstream} takes the other side.`,
		biasNotSummed: p =>
			`✗ That is only row ${p.row} of ${p.upstream}. b was added to each of the ${p.rows} rows of the batch, so its gradient adds ${p.upstream} up over the rows.`,
		biasAveraged: p =>
			`✗ That divides the sum of ${p.upstream}'s rows by ${p.rows}, as a mean would. b is added to each of the ${p.rows} rows of the batch, so its gradient is their plain sum (a mean in the loss is already inside ${p.upstream}).`,
		biasNoUpstream: p =>
			`✗ That counts the ${p.rows} rows of the batch and leaves out ${p.upstream}. Each row passes its own row of ${p.upstream} back to b: add those rows.`,
		matmulNoUpstream: p =>
			`✗ That leaves out ${p.upstream}: the product has a matrix of 1s where the gradient arriving from above belongs. The rule is ${p.rule}.`,
		sumForMean: p => `✗ That is the sum of ${p.arg}. A mean divides the sum by the number of entries, N = ${p.n}.`,
		lossMinusLeftOut: p =>
			`✗ That leaves out the minus in ${p.text}. The ln of a probability below 1 is negative; the minus makes the loss positive.`,
		meanForgotN: p => `✗ That is ${p.n} times the answer: the mean divides by N = ${p.n}, and so does its gradient.`,
		meanTwiceN: p => `✗ That divides by N = ${p.n} twice. The mean's ÷N enters the gradient once.`,
		reluMaskIgnored: () =>
			'✗ That lets the gradient through every ReLU. Where a ReLU’s input was 0 or less its output is flat, so the gradient there is 0: multiply by the mask.',
		ceLabelNotSubtracted: () =>
			'✗ That is P without the label. Softmax followed by cross-entropy gives ∂L/∂Z = P − Y (÷N for a batch mean): take 1 off at each right class.',
		ceLabelNotSubtractedUpstream: p =>
			`✗ That is ${p.typed}: P stands where ${p.upstream} belongs, the label never subtracted. Softmax followed by cross-entropy gives ${p.upstream} = P − Y; the rule ${p.rule} multiplies by that, with 1 taken off at the right class.`,
		ceFavouredClass: p =>
			`✗ That is −ln of the largest probability, the class the model favours. Cross-entropy takes −ln of the probability given to the right class: the entry where ${p.label} has its 1.`,
		ceOnePartDivided: p =>
			p.divided === 'p'
				? `✗ That divides ${p.p} by N = ${p.n} but not ${p.y}: the 1 taken off at each right class is left whole. ${p.grad} = (${p.p} − ${p.y})/N divides the whole difference.`
				: `✗ That divides ${p.y} by N = ${p.n} but not ${p.p}: every entry of ${p.p} is left whole. ${p.grad} = (${p.p} − ${p.y})/N divides the whole difference.`,
		ceSignFlipped: () =>
			'✗ That is Y − P, the gradient with its sign flipped: Y − P points downhill, and the gradient points uphill. Softmax with cross-entropy gives ∂L/∂Z = P − Y.',
		ceLogP: () =>
			'✗ That uses ln P where P belongs. ln P is in the loss; the gradient through softmax is P − Y, with P itself.',
		softmaxDiagonal: () =>
			'✗ That uses only the Jacobian’s diagonal, P[i]·(1 − P[i]). Every P[i] depends on every Z[j]: add ∂L/∂P[i]·∂P[i]/∂Z[j] over all i, the off-diagonal −P[i]·P[j] included.',
		shapeSwapped: () => '✗ The right sizes, the wrong way round: write the rows first, then the columns.',
		reluMaskFromGradient: p =>
			`✗ That masks by the sign of ${p.upstream}, the gradient from above. A ReLU's mask comes from its input in the forward pass: keep ${p.upstream} wherever ${p.input} > 0, whatever its sign, and write 0 where ${p.input} ≤ 0.`,
		jacobianOffDiagonalSign: () =>
			'✗ The entries off the diagonal have lost their minus. Raising Z[j] takes probability away from every other class, so for i ≠ j, ∂P[i]/∂Z[j] = −P[i]·P[j] is negative.',
		jacobianDiagonalSign: () =>
			'✗ The diagonal has a sign wrong: ∂P[i]/∂Z[i] = P[i]·(1 − P[i]), a minus inside the brackets. P[i] grows with Z[i], but ever more slowly as it nears 1.',
		logBaseTen: () =>
			'✗ That is the base-10 logarithm. ln is the natural logarithm, base e: on a calculator, the ln key, not log.',
		shapeOfConsumer: p =>
			`✗ That is the shape of ${p.consumer}, the step ${p.wrt} feeds. A gradient has the shape of its variable: ${p.label} has one entry for each entry of ${p.wrt}.`,
	},
	hintLabel: (n, total, field) =>
		field === undefined ? `Hint ${n}/${total}:` : `Hint ${n}/${total} for ${field} (−1★):`,
	noMoreHints: 'No more hints. Press g to see the worked solution (0 stars).',
	solutionShown: 'Solution shown: the level is marked seen, with 0 stars.',
	confirmSolution: 'Show the worked solution?',
	confirmSolutionDetail: 'The level will be marked seen with 0 stars, and a replay of it earns at most 1★.',
	confirmSolutionKeys: 'y: show · n or Esc: keep trying',
	confirmSolutionKept: stars =>
		`This play scores 0 stars and a replay after it at most 1★, but your best, ${stars}, is kept.`,
	confirmHint: (n, total, field) =>
		field === undefined ? `Show hint ${n}/${total}?` : `Show hint ${n}/${total} for ${field}?`,
	confirmHintDetail: 'A hint costs 1★.',
	confirmHintKeys: 'y: show · n or Esc: not now',
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
	resultPoints: (gained, total, bestBefore) =>
		bestBefore === undefined
			? `+${gained} points · ${total} in total`
			: `+${gained} points over your earlier best of ${bestBefore}★ · ${total} in total`,
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
				['Tab ↓  Shift-Tab ↑', 'next / previous field; in a grid, cell by cell'],
				['← →', 'move the caret; in a grid, the cell beside'],
				['Home End Ctrl-A/E', 'the caret to the start / end; in a grid, edit the cell'],
				['↑ ↓', 'in a grid: the cell above, below'],
				['Backspace  Delete', 'delete before / after the caret; u, Ctrl-U: clear all'],
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
		pickRow: '↑↓ row · Enter pick · h hint −1★ · g solution · i intro · ? help · Esc menu',
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
		['+ × ² ×2 +1', 'a gate and the constant it applies; × gates feeding + form a weighted sum'],
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
		goalShort: (loss, steps) => `goal: below ${loss}, ★★★ within ${threeStarSteps(steps)} steps`,
		dialEnd: {top: ' (the top of the dial)', bottom: ' (the bottom of the dial)'},
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
			`${reduced ? 'space 10 steps' : 'space run'} · s step · + − η · r reset · h hint · i intro${logAxis ? ' · l log axis' : ''} · Esc menu · ? help`,
		footerDone: 'Enter results · r train again · i explanation · Esc menu · ? help',
		footerDiverged: ({logAxis}) =>
			`r reset · + − η · h hint · i intro${logAxis ? ' · l log axis' : ''} · Esc menu · ? help`,
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
