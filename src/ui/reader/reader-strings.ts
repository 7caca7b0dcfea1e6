// The screen-reader mode's own sentences, in English and Korean. Each one must
// make sense read aloud on its own line, with no layout around it.

import {josa, particleFor} from '../../game/josa.js';
import type {LabMeasure} from '../../game/lab/session.js';
import {threeStarSteps} from '../../game/lab/stars.js';
import type {Language} from '../../levels/language.js';
import type {Messages} from '../strings.js';
import {screenReaderSetting} from './setting-strings.js';

/** 오차 for one example's error E, 손실 for a loss over a data set. */
const measureKo: Readonly<Record<LabMeasure, string>> = {error: '오차', loss: '손실'};

/** A screen the help is opened from, as the drawn help's sections name it. */
type HelpScreen = Exclude<keyof Messages['helpSections'], 'everywhere'>;

export type ReaderMessages = {
	/** A path of names, y→p→a: "the path y to p to a". */
	readonly pathName: (names: readonly string[]) => string;
	/** Last touches to a sentence made of replaced symbols: articles, a capital at its start. */
	readonly tidy: (text: string) => string;
	/** A line said on its own starts as a sentence does ("The gradient of f …"). */
	readonly lineStart: (line: string) => string;
	/** The word read for a minus sign before a number. */
	readonly minus: string;
	readonly welcome: string;
	readonly menuTitle: (solved: number, total: number, points: number) => string;
	/** One level of the menu as a numbered list entry. */
	readonly menuItem: (
		n: number,
		total: number,
		chapter: number,
		chapterTitle: string,
		title: string,
		status: string,
	) => string;
	readonly solvedStatus: (stars: number) => string;
	readonly seenStatus: string;
	readonly newStatus: string;
	readonly menuKeys: string;
	/** The menu's way on: "Continue: The weighted sum", then the key that takes it. */
	readonly continueWith: (label: string) => string;
	readonly menuNumber: (typed: string) => string;
	readonly menuNoSuchLevel: (typed: string, total: number) => string;
	readonly levelHeading: (chapter: number, chapterTitle: string, title: string, n: number, total: number) => string;
	readonly graphTitle: (steps: number) => string;
	readonly inputSentence: (name: string, value: string | undefined) => string;
	/** Many inputs in one sentence: "The inputs: i1 is 0.05, i2 is 0.1 and w1 is 0.15." */
	readonly inputsSentence: (count: number, inputs: string) => string;
	readonly stepSentence: (name: string, expression: string, inputs: string, value: string | undefined) => string;
	/** "x is −2" inside a step sentence. */
	readonly inputIs: (name: string, value: string | undefined) => string;
	readonly listJoin: (items: readonly string[]) => string;
	readonly feeds: (name: string, users: readonly string[]) => string;
	/** "f, a multiply node with z" */
	readonly user: (name: string, node: string, others: readonly string[]) => string;
	readonly isOutput: (name: string) => string;
	readonly gradientFound: (label: string, value: string) => string;
	readonly nodeKinds: Readonly<Record<string, string>>;
	readonly nodeKindOther: (op: string) => string;
	readonly askedValue: string;
	readonly walkKeys: string;
	readonly walkOrder: (index: number, count: number) => string;
	readonly walkInput: (index: number, count: number, of: string) => string;
	readonly walkConsumer: (index: number, count: number, of: string) => string;
	readonly walkFirst: string;
	readonly walkLast: string;
	readonly walkNoInputs: (name: string) => string;
	readonly walkNoConsumers: (name: string) => string;
	readonly noGraph: string;
	/** A matrix level: "2 by 3", a shape still asked, a scalar. */
	readonly shapeBy: (rows: number, cols: number) => string;
	readonly shapeAsked: string;
	readonly oneNumber: string;
	readonly shapeIs: (name: string, shape: string) => string;
	readonly matrixStep: (name: string, expression: string, reads: string, shape: string) => string;
	readonly matrixRow: (n: number, cells: readonly string[]) => string;
	readonly matrixValues: (label: string, shape: string, rows: readonly string[]) => string;
	readonly unknownCell: string;
	/** A cell no field asks for, hidden because it follows from a value still to find. */
	readonly followingCell: string;
	/** After the matrices: the ones hidden that way are not fields to fill. */
	readonly followsSentence: (names: string) => string;
	readonly matrixCell: (label: string, row: number, col: number) => string;
	/** The first (rows) or second (columns) size of a shape field. */
	readonly shapeCell: (label: string, which: number) => string;
	readonly sumDown: (fn: string, arg: string) => string;
	readonly sumAcross: (fn: string, arg: string) => string;
	readonly matrixWalkKeys: string;
	readonly fieldAnnounce: (n: number, total: number, label: string, state: string) => string;
	readonly fieldEmpty: string;
	/** The words a verdict field takes: "pass or fail". */
	readonly choiceOf: (options: readonly string[]) => string;
	/** The names a formula field takes: "a formula in a and t". */
	readonly formulaIn: (names: readonly string[]) => string;
	readonly fieldTyped: (draft: string) => string;
	readonly fieldSolved: (value: string) => string;
	readonly fieldsTitle: (count: number) => string;
	readonly tableTitle: (count: number) => string;
	readonly tableRow: (
		n: number,
		total: number,
		node: string,
		value: string,
		locals: string,
		gradient: string,
	) => string;
	readonly tableLocal: (of: string, node: string, local: string) => string;
	readonly tableNoLocal: string;
	readonly tableKeys: string;
	readonly tablePrompt: string;
	readonly levelKeys: string;
	readonly complete: string;
	readonly toResult: string;
	readonly predictionRow: (inputs: string, output: string, target: string, right: boolean) => string;
	readonly prompt: (n: number, total: number, label: string) => string;
	readonly resultKeys: (last: boolean) => string;
	/** `measure`: whether the curve is one example's error E or a loss over a data set (Korean names them apart). */
	readonly labStatus: (
		step: number,
		loss: string,
		trend: string,
		goal: string,
		steps: number,
		measure: LabMeasure,
	) => string;
	readonly labRate: (eta: string) => string;
	/** The η within a status sentence, where "now" would say it just changed. */
	readonly labRateIs: (eta: string) => string;
	readonly stars: (count: number) => string;
	readonly labKeys: string;
	readonly trendFalling: string;
	readonly trendRising: string;
	readonly trendFlat: string;
	readonly trendNone: string;
	/** After one step: one loss, no trend yet. */
	readonly trendEarly: string;
	/** A lab before its first step: its goal, with no loss to report. */
	readonly labFresh: (goal: string, steps: number, measure: LabMeasure) => string;
	/** `measure` as in `labStatus`: the notes network's curve is its error E, the other labs' a loss. */
	readonly trendStory: (fastSteps: number, restSteps: number, measure: LabMeasure) => string;
	/** After the help's keys: g opens the glossary on a level; any other key closes. */
	readonly helpClose: (onLevel: boolean) => string;
	/** The help's rows said as this mode's keys work, by the drawn row's keys; rows not here are said key by key. */
	readonly helpRows: Readonly<Record<string, string>>;
	/** The help's row for typing answers: the characters and the functions, in words. */
	readonly typingRow: (functions: readonly string[]) => string;
	/** Keys this mode adds to a screen's help. */
	readonly helpExtra: Readonly<Partial<Record<HelpScreen, readonly string[]>>>;
	/** A key of the drawn help's key column, said as a word: ↑ "up arrow". */
	readonly keyWords: Readonly<Record<string, string>>;
	/** The glossary as this mode reads a level: what its sentences mean, not what the drawing shows. */
	readonly glossaryTitle: string;
	readonly glossaryClose: string;
	/** Short answers to a key that changed nothing to hear (see quiet-keys.ts). */
	readonly quiet: {
		readonly cleared: string;
		readonly fieldSolved: string;
		readonly fieldEmpty: string;
		readonly onlyField: string;
		readonly firstLevel: string;
		readonly lastLevel: string;
		readonly rateTop: (eta: string) => string;
		readonly rateBottom: (eta: string) => string;
		readonly logAxis: string;
		readonly labNotDone: string;
		readonly labAtStart: string;
		readonly nothing: (key: string) => string;
		/** Where the caret went in the answer: the text before it and after it, as spoken ('' when none). */
		readonly caret: (before: string, after: string) => string;
		readonly keys: Readonly<
			Record<
				| 'up'
				| 'down'
				| 'left'
				| 'right'
				| 'enter'
				| 'escape'
				| 'tab'
				| 'shiftTab'
				| 'backspace'
				| 'pageUp'
				| 'pageDown'
				| 'space',
				string
			>
		>;
	};
	/** Said when a help, a text or a question closes and nothing else is said: then where you are. */
	readonly closed: string;
	readonly glossary: readonly (readonly [string, string])[];
	/** The help's line for the saved setting. */
	readonly setting: (on: boolean) => string;
	readonly readingClose: string;
	readonly confirmKeys: string;
	readonly confirmHintKeys: string;
	readonly practiceDone: string;
	readonly practiceKeys: string;
	readonly overviewKeys: string;
	readonly words: Readonly<
		Record<'plus' | 'minus' | 'times' | 'entrywise' | 'over' | 'power' | 'of' | 'and' | 'matmul' | 'transposed', string>
	>;
	/** "the gradient of f with respect to x" for ∂f/∂x. */
	readonly gradientOf: (of: string, by: string) => string;
	/** Σⱼ or meanⱼ, a sum or mean over one index: "the sum over j of". */
	readonly overIndex: (fn: 'sum' | 'mean', index: string) => string;
	/** An update written with an arrow, w ← w − η·g: what is said in place of "w ←". */
	readonly becomes: (name: string) => string;
	readonly symbols: Readonly<Record<string, string>>;
	/** Said before a name that differs from another of the level's names only by case. */
	readonly capital: string;
	/** Said after a derivative's prime: σ′ "sigma prime". */
	readonly prime: string;
	/** A raised power after its base: `power` as typed (-h), `words` said ("minus h"); with its leading space. */
	readonly power: (power: string, words: string) => string;
	/** ^ in a typed answer. */
	readonly typedPower: string;
	/** ≈ said as a verb: with nothing before it, after = in its clause, or after the thing it approximates. */
	readonly approx: {
		readonly alone: string;
		readonly again: string;
		/** After a term at the end of a sentence in words: "give H2, about 0.59". */
		readonly after: string;
		readonly is: (left: string) => string;
	};
};

const english: ReaderMessages = {
	pathName: names => `the path ${names.join(' to ')}`,
	tidy: text =>
		text
			.replace(/\b(the|a|an|whole|this|that|its) the (gradient|path) /g, '$1 $2 ')
			.replace(/([.!?] )the (gradient|path) /g, '$1The $2 '),
	// Only English words: a line may start with a name (x, h), whose case is part of it.
	lineStart: line => line.replace(/^(the|row) /, word => upperFirst(word)),
	minus: 'minus',
	welcome:
		'backprop-quest, screen-reader mode. Every change is read as a new line. Press ? on any screen to hear its keys, q to quit.',
	menuTitle: (solved, total, points) => `Menu. ${solved} of ${total} levels solved, ${points} points.`,
	menuItem: (n, total, chapter, chapterTitle, title, status) =>
		`Level ${n} of ${total}: ${title}. Chapter ${chapter}, ${chapterTitle}. ${status}.`,
	solvedStatus: stars => `Solved, ${stars} ${stars === 1 ? 'star' : 'stars'}`,
	seenStatus: 'Solution seen',
	newStatus: 'Not solved yet',
	menuKeys:
		'Up and down arrows move through the levels, or type a level number. Enter opens the level, c continues with the first unsolved one, w reads the whole list, p practises the concepts due for review, o reads the practice overview, e exports your scores.',
	continueWith: label => `${label}. Press c to go there.`,
	menuNumber: typed => `Level number ${typed}.`,
	menuNoSuchLevel: (typed, total) => `There is no level ${typed}; the levels go from 1 to ${total}.`,
	levelHeading: (chapter, chapterTitle, title, n, total) =>
		`Level ${n} of ${total}: ${title}. Chapter ${chapter}, ${chapterTitle}.`,
	graphTitle: steps => `The graph, in ${steps} lines, in the order it is computed:`,
	inputSentence: (name, value) => (value === undefined ? `${name} is an input.` : `${name} is an input: ${value}.`),
	inputsSentence: (count, inputs) => `${count} inputs: ${inputs}.`,
	stepSentence: (name, expression, inputs, value) =>
		`${name} equals ${expression}${inputs === '' ? '' : `: ${inputs}`}, so ${name} is ${value ?? 'what you are asked to find'}.`,
	inputIs: (name, value) => `${name} is ${value ?? 'asked'}`,
	listJoin: items =>
		items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
	feeds: (name, users) => `${name} feeds ${users.join('; ')}.`,
	user: (name, node, others) => `${name}, ${node}${others.length === 0 ? '' : ` with ${others.join(' and ')}`}`,
	isOutput: name => `${name} is the output.`,
	gradientFound: (label, value) => `Found: ${label} is ${value}.`,
	nodeKinds: {
		add: 'an add node',
		sub: 'a subtract node',
		mul: 'a multiply node',
		div: 'a divide node',
		pow: 'a power node',
		neg: 'a negate node',
		exp: 'an exp node',
		log: 'a log node',
		tanh: 'a tanh node',
		sigmoid: 'a sigmoid node',
		relu: 'a ReLU node',
		max: 'a max node',
		expression: 'a step',
		rename: 'a step',
	},
	nodeKindOther: op => `a ${op} node`,
	askedValue: 'asked',
	walkKeys:
		'To walk the graph: up and down arrows go along the steps, left goes to the inputs of a step, right to the steps that use it, w reads where you are.',
	walkOrder: (index, count) => `Step ${index + 1} of ${count}.`,
	walkInput: (index, count, of) => `Input ${index + 1} of ${count} of ${of}.`,
	walkConsumer: (index, count, of) => `Step using ${of}, ${index + 1} of ${count}.`,
	walkFirst: 'This is the first step.',
	walkLast: 'This is the last step.',
	walkNoInputs: name => `${name} is an input; nothing comes into it.`,
	walkNoConsumers: name => `Nothing uses ${name}; it is the output.`,
	noGraph: 'This level has no graph to walk.',
	shapeBy: (rows, cols) => `${rows} by ${cols}`,
	shapeAsked: 'of the shape you are asked to find',
	oneNumber: 'one number',
	shapeIs: (name, shape) => `${name} is ${shape}`,
	matrixStep: (name, expression, reads, shape) => `${name} equals ${expression}: ${reads}; so ${name} is ${shape}.`,
	matrixRow: (n, cells) => `row ${n}: ${cells.join(', ')}`,
	matrixValues: (label, shape, rows) => `${label}, ${shape}. ${upperFirst(rows.join('; '))}.`,
	unknownCell: 'to find',
	followingCell: 'hidden',
	followsSentence: names =>
		`${names} is hidden because it follows from an answer you have not given yet; it is not a field to fill.`,
	matrixCell: (label, row, col) => `${label}, row ${row}, column ${col}`,
	shapeCell: (label, which) => `${label}: number of ${which === 0 ? 'rows' : 'columns'}`,
	sumDown: (fn, arg) => `${fn} of ${arg} down each column`,
	sumAcross: (fn, arg) => `${fn} of ${arg} along each row`,
	matrixWalkKeys:
		'Tab moves to the next cell, row by row, and on to the next answer; the arrow keys move to the cell beside, above or below, each read with its row and column. Enter checks every cell typed. w reads the steps and the matrices again.',
	fieldAnnounce: (n, total, label, state) => `Field ${n} of ${total}: ${label}. ${state}`,
	fieldEmpty: 'Empty.',
	choiceOf: options => `type ${options.join(' or ')}`,
	formulaIn: names => `a formula in ${english.listJoin(names)}`,
	fieldTyped: draft => `Typed so far: ${draft}.`,
	fieldSolved: value => `Solved: ${value}.`,
	fieldsTitle: count => `${count === 1 ? 'One field' : `${count} fields`} to fill in.`,
	tableTitle: count => `The backward pass, in ${count} rows, output first:`,
	tableRow: (n, total, node, value, locals, gradient) =>
		`Row ${n} of ${total}: ${node}, value ${value}, ${locals}, gradient ${gradient}.`,
	tableLocal: (of, node, local) => `local derivative of ${of} with respect to ${node} ${local}`,
	tableNoLocal: 'no local derivative',
	tablePrompt: 'Pick a row:',
	tableKeys:
		'Up and down arrows move through the rows; Enter picks the row you think is the first wrong one. h gives a hint for one star, w reads the row you are on.',
	levelKeys:
		'Type your answer and press Enter to check it. Tab and Shift-Tab move between fields, h gives a hint for one star, g shows the solution, i reads the introduction again, Esc goes back to the menu.',
	complete: 'Level complete.',
	toResult: 'Press Enter for the result, the worked solution and the next level.',
	predictionRow: (inputs, output, target, right) =>
		`Inputs ${inputs}: output ${output}, target ${target}, ${right ? 'right' : 'wrong'}.`,
	prompt: (n, total, label) => `Field ${n} of ${total}, ${label}:`,
	resultKeys: last =>
		last
			? 'Enter goes back to the menu, r plays the level again, i reads the explanation.'
			: 'Enter goes to the next level, r plays this one again, i reads the explanation, m goes to the menu.',
	labStatus: (step, loss, trend, goal, steps) =>
		`Step ${step}, loss ${loss}, ${trend}; goal: loss below ${goal} within ${steps} steps.`,
	labRate: eta => `The learning rate eta is now ${eta}.`,
	labRateIs: eta => `The learning rate eta is ${eta}.`,
	stars: count => `${count} ${count === 1 ? 'star' : 'stars'}`,
	labKeys:
		'Space starts or pauses training, s takes one step, plus and minus change the learning rate eta, r resets, w reads where the run is, h gives a hint, Esc goes back.',
	trendFalling: 'falling',
	trendRising: 'rising',
	trendFlat: 'nearly flat',
	trendNone: 'no steps yet',
	trendEarly: 'too early for a trend',
	labFresh: (goal, steps) =>
		`No steps yet; goal: loss below ${goal}, three stars within ${threeStarSteps(steps)} steps, limit ${steps}.`,
	trendStory: (fast, rest) =>
		rest === 0
			? `The loss fell quickly for ${fast} steps.`
			: `The loss fell quickly for ${fast} steps, then slowly for ${rest}.`,
	helpClose: onLevel =>
		onLevel ? 'Press g for the glossary, or any other key to close the help.' : 'Press any key to close the help.',
	helpRows: {
		'? / Esc': 'Question mark: this help; any key closes it. Escape: back.',
		'q / Ctrl-C': 'q: quit, outside an answer field; Control C quits anywhere. Your progress is saved.',
		'↑ ↓  j k':
			'Up and down arrows, or j and k: the previous or next level, read as you move. Type a level number to jump to it; w reads the whole list.',
		'? g': 'g, pressed in this help while on a level: the glossary, what the sentences of a level mean.',
		'Tab ↓  Shift-Tab ↑': 'Tab and Shift-Tab: the next and the previous field.',
		'← →':
			'Left and right arrows: walk the graph, left to the inputs of the step you are on, right to the steps that use it. In a grid they move between cells.',
		'Home End Ctrl-A/E':
			"Home and End, or Control A and Control E: the caret to the start or the end of the answer, and where it now stands is read. In a grid they put the caret in the cell's text to edit it; then left and right move it there.",
		'↑ ↓':
			'Up and down arrows: walk the graph along the steps; w reads where you are. In a grid they move between rows; in a find-the-bug table, between the rows of the table.',
		'Backspace  Delete':
			'Backspace: delete the character before the caret; Delete, the one after it. u clears the field.',
		space: 'Space: run or pause training; with reduced motion, ten steps at a time.',
		'+ −': 'Plus and minus: raise or lower the learning rate eta by one value of its dial.',
		l: 'l: a log-scale loss axis on or off. It changes only the drawn chart; nothing read aloud changes.',
		'h  i': 'h: the next hint, free in a lab. i: the introduction; after the goal, the explanation.',
		'Enter  Esc': 'Enter or Escape: back to the menu.',
		'↑ ↓  PgUp PgDn':
			'Up and down arrows, Page Up and Page Down: scroll the drawn overview; it has been read in full above.',
	},
	typingRow: functions =>
		`Digits, the point, minus, slash to divide, star to multiply, caret for a power, and brackets: type answers. The functions ${english.listJoin(functions)} take their input in brackets.`,
	helpExtra: {
		level: ['w: read where you are in the graph; in a grid, the steps and matrices; in a find-the-bug table, the row.'],
		lab: ['w: read the whole status of the run, with the goal and eta.'],
	},
	keyWords: {
		'↑': 'up arrow',
		'↓': 'down arrow',
		'←': 'left arrow',
		'→': 'right arrow',
		'?': 'question mark',
		'/': 'or',
		Esc: 'Escape',
		'Ctrl-C': 'Control C',
		'Shift-Tab': 'Shift Tab',
		PgUp: 'Page Up',
		PgDn: 'Page Down',
		space: 'Space',
		'+': 'plus',
		'−': 'minus',
	},
	glossaryTitle: 'Glossary: what the sentences of a level mean',
	glossaryClose: 'Press any key to close the glossary.',
	quiet: {
		cleared: 'Field cleared.',
		fieldSolved: 'This field is solved and stays as it is. Tab goes to the next field.',
		fieldEmpty: 'The field is empty.',
		onlyField: 'This is the only field.',
		firstLevel: 'This is the first level.',
		lastLevel: 'This is the last level.',
		rateTop: eta => `Eta is already the largest on its dial: ${eta}.`,
		rateBottom: eta => `Eta is already the smallest on its dial: ${eta}.`,
		logAxis: 'The drawn chart switched its loss axis; nothing read aloud changes.',
		labNotDone: 'Enter leads to the result once the goal is reached. Space trains, s takes one step.',
		labAtStart: 'The run is already at its start: no steps yet.',
		nothing: key => `${key} does nothing here. Press ? to hear the keys.`,
		caret: (before, after) =>
			before === ''
				? `Cursor at the start, before ${after}.`
				: after === ''
					? `Cursor at the end, after ${before}.`
					: `Cursor after ${before}, before ${after}.`,
		keys: {
			up: 'Up arrow',
			down: 'Down arrow',
			left: 'Left arrow',
			right: 'Right arrow',
			enter: 'Enter',
			escape: 'Escape',
			tab: 'Tab',
			shiftTab: 'Shift Tab',
			backspace: 'Backspace',
			pageUp: 'Page Up',
			pageDown: 'Page Down',
			space: 'Space',
		},
	},
	closed: 'Closed.',
	glossary: [
		[
			'A step',
			'each line of the graph is one node: what it computes, the values that come into it, and its own value, as in "q equals x plus y: x is minus 2 and y is 5, so q is 3".',
		],
		['what you are asked to find', 'a value one of the fields asks for; it is not read out until you have found it.'],
		[
			'the gradient of f with respect to x',
			'how much the output f changes for each unit x changes; on screen it is written with the partial-derivative sign. A gradient you have found is read with its node: "Found: …".',
		],
		[
			'an add node, a multiply node',
			'walking the graph, each step that uses a value is named by its kind. An add node passes the gradient on unchanged; a multiply node sends each input the gradient from above times the value of the other input.',
		],
		['upstream times local', 'a node passes back the gradient it got from above, times its own local derivative.'],
		[
			'sigmoid',
			'sigma of x is 1 divided by (1 plus e to the minus x); its slope, sigma prime, is sigma times (1 minus sigma).',
		],
		['tanh', 'squashes a number to between minus 1 and 1; its slope, tanh prime, is 1 minus tanh squared.'],
		[
			'h1 and capital H1',
			"a unit of the lecture note's network: h1 is its weighted sum and capital H1 its output, sigma of h1. Likewise y1 and capital Y1.",
		],
		[
			'the path E to E1 to capital Y1 …',
			'a field named by a path, read from the error down to the weight; its answer is the product of the local derivatives along it. The note draws the path to E1 green and the path to E2 red.',
		],
		[
			'factor 2 of 5',
			'in a long chain each field says which factor it is and what it is: the error’s slope, the slope of an activation, or what a value is multiplied by.',
		],
		['delta', 'in the lecture note, delta stands for the partial-derivative sign: a partial derivative.'],
		[
			'error and loss',
			'the error E is how far an output is from its target; the loss is what a lab adds up over its data.',
		],
		['w and b', 'weights and biases: the numbers that training changes.'],
	],
	setting: screenReaderSetting.en,
	readingClose: 'End of the text. Press Esc to go back.',
	confirmKeys: 'Press y to show the solution, n or Esc to keep trying.',
	confirmHintKeys: 'Press y to show the hint, n or Esc to go on without it.',
	practiceDone: 'Practice session finished.',
	practiceKeys: 'Enter goes back to the menu, p practises again.',
	overviewKeys: 'Enter goes back to the menu, p practises what is due.',
	words: {
		plus: 'plus',
		minus: 'minus',
		times: 'times',
		entrywise: 'entrywise times',
		over: 'divided by',
		power: 'to the power',
		of: 'of',
		and: 'and',
		matmul: 'matrix times',
		transposed: 'transposed',
	},
	gradientOf: (of, by) => `the gradient of ${of} with respect to ${by}`,
	overIndex: (fn, index) => `the ${fn} over ${index} of `,
	becomes: name => `new ${name} =`,
	symbols: {
		'↑↓': 'up and down arrows',
		'↑ ↓': 'up and down arrows',
		'÷': ' divided by ',
		'⊙': ' entrywise times ',
		Σ: 'the sum of ',
		'≤': ' is at most ',
		'≥': ' is at least ',
		'⇒': ', so ',
		η: 'eta',
		σ: 'sigma',
		'→': ' to ',
		'·': ' times ',
		'×': ' times ',
		ᵀ: ' transposed',
		'½': 'one half',
		'★': ' star',
		'⏸': '',
		'↔': '',
	},
	capital: 'capital',
	prime: 'prime',
	power: (power, words) =>
		power === '2'
			? ' squared'
			: power === '3'
				? ' cubed'
				: /^\d+$/.test(power)
					? ` to the power ${words}`
					: ` to the ${words}`,
	typedPower: 'to the power',
	approx: {alone: 'about', again: ', which is about', after: ', about', is: () => ' is about'},
};

const korean: ReaderMessages = {
	pathName: names => {
		const [first = '', ...rest] = names;
		const last = rest.pop() ?? '';
		const via = rest.length === 0 ? '' : `${josa(rest.join(', '), '을/를')} 거쳐 `;
		return `${first}에서 ${via}${last}까지 가는 경로`;
	},
	// A path's label followed by the word 경로 (총액→합계 경로) would say it twice.
	tidy: text => text.replaceAll('경로 경로', '경로'),
	lineStart: line => line,
	minus: '마이너스',
	welcome:
		'backprop-quest 화면 낭독 모드입니다. 바뀐 내용은 새 줄로 읽어 줍니다. 어느 화면에서나 ?를 누르면 그 화면의 키를, q를 누르면 끝냅니다.',
	menuTitle: (solved, total, points) =>
		`메뉴입니다. 레벨 ${total}개 가운데 ${solved}개를 풀었고, 점수는 ${points}점입니다.`,
	menuItem: (n, total, chapter, chapterTitle, title, status) =>
		`레벨 ${n}/${total}: ${title}. ${chapter}장 ${chapterTitle}. ${status}.`,
	solvedStatus: stars => `풀었음, 별 ${stars}개`,
	seenStatus: '풀이를 봄',
	newStatus: '아직 풀지 않음',
	menuKeys:
		'위아래 화살표로 레벨을 고르거나 레벨 번호를 입력하세요. Enter는 레벨 열기, c는 처음으로 풀지 않은 레벨 이어 하기, w는 목록 전체 읽기, p는 복습할 개념 연습하기, o는 연습 현황 읽기, e는 점수 내보내기입니다.',
	continueWith: label => `${label}. c를 누르면 그 레벨로 갑니다.`,
	menuNumber: typed => `레벨 번호 ${typed}.`,
	menuNoSuchLevel: (typed, total) => `${josa(`레벨 ${typed}`, '은/는')} 없습니다. 레벨은 1부터 ${total}까지입니다.`,
	levelHeading: (chapter, chapterTitle, title, n, total) =>
		`레벨 ${n}/${total}: ${title}. ${chapter}장 ${chapterTitle}.`,
	graphTitle: steps => `그래프를 계산하는 순서대로 ${steps}줄로 읽습니다.`,
	inputSentence: (name, value) =>
		value === undefined ? `${josa(name, '은/는')} 입력입니다.` : `${josa(name, '은/는')} 입력이고 값은 ${value}입니다.`,
	inputsSentence: (count, inputs) => `입력 ${count}개: ${inputs}입니다.`,
	stepSentence: (name, expression, inputs, value) =>
		`${name} = ${expression}${inputs === '' ? '' : `. ${inputs}`}. 따라서 ${josa(name, '은/는')} ${value === undefined ? '구해야 할 값입니다' : `${value}입니다`}.`,
	inputIs: (name, value) => `${josa(name, '은/는')} ${value ?? '구할 값'}`,
	listJoin: items => items.join(', '),
	feeds: (name, users) => `${josa(name, '은/는')} ${users.join('; ')}에 들어갑니다.`,
	user: (name, node, others) =>
		`${name}(${node}${others.length === 0 ? '' : `, 함께 들어가는 값 ${others.join(', ')}`})`,
	isOutput: name => `${josa(name, '이/가')} 출력입니다.`,
	gradientFound: (label, value) => `구한 값: ${josa(label, '은/는')} ${value}입니다.`,
	nodeKinds: {
		add: '덧셈 노드',
		sub: '뺄셈 노드',
		mul: '곱셈 노드',
		div: '나눗셈 노드',
		pow: '거듭제곱 노드',
		neg: '부호 바꿈 노드',
		exp: 'exp 노드',
		log: 'log 노드',
		tanh: 'tanh 노드',
		sigmoid: '시그모이드 노드',
		relu: 'ReLU 노드',
		max: 'max 노드',
		expression: '계산 단계',
		rename: '계산 단계',
	},
	nodeKindOther: op => `${op} 노드`,
	askedValue: '구할 값',
	walkKeys:
		'그래프 둘러보기: 위아래 화살표는 계산 순서대로 이동하고, 왼쪽 화살표는 그 단계의 입력으로, 오른쪽 화살표는 그 값을 쓰는 단계로 갑니다. w는 지금 위치를 읽어 줍니다.',
	walkOrder: (index, count) => `${count}단계 가운데 ${index + 1}단계.`,
	walkInput: (index, count, of) => `${of}의 입력 ${count}개 가운데 ${index + 1}번째.`,
	walkConsumer: (index, count, of) => `${josa(of, '을/를')} 쓰는 단계 ${count}개 가운데 ${index + 1}번째.`,
	walkFirst: '첫 단계입니다.',
	walkLast: '마지막 단계입니다.',
	walkNoInputs: name => `${josa(name, '은/는')} 입력이라 들어오는 값이 없습니다.`,
	walkNoConsumers: name => `${josa(name, '을/를')} 쓰는 단계가 없습니다. 출력입니다.`,
	noGraph: '이 레벨에는 둘러볼 그래프가 없습니다.',
	shapeBy: (rows, cols) => `${rows}행 ${cols}열`,
	shapeAsked: '모양을 구할 행렬',
	oneNumber: '숫자 하나',
	shapeIs: (name, shape) => `${josa(name, '은/는')} ${shape}`,
	matrixStep: (name, expression, reads, shape) =>
		`${name} = ${expression}. ${reads}. 따라서 ${josa(name, '은/는')} ${shape}입니다.`,
	matrixRow: (n, cells) => `${n}행: ${cells.join(', ')}`,
	matrixValues: (label, shape, rows) => `${label}, ${shape}. ${rows.join('; ')}.`,
	unknownCell: '구할 값',
	followingCell: '가림',
	followsSentence: names =>
		`${josa(names, '은/는')} 아직 내지 않은 답에서 나오는 값이라 가려 두었습니다. 입력 칸이 아닙니다.`,
	matrixCell: (label, row, col) => `${label}, ${row}행 ${col}열`,
	shapeCell: (label, which) => `${label}의 ${which === 0 ? '행 수' : '열 수'}`,
	sumDown: (fn, arg) => `${arg}의 열마다 ${fn === 'mean' ? '평균' : '합'}`,
	sumAcross: (fn, arg) => `${arg}의 행마다 ${fn === 'mean' ? '평균' : '합'}`,
	matrixWalkKeys:
		'Tab을 누르면 한 행씩 다음 칸으로, 격자 끝에서는 다음 답으로 갑니다. 화살표는 옆이나 위아래 칸으로 옮기고, 칸마다 몇 행 몇 열인지 읽어 줍니다. Enter는 입력한 칸을 모두 확인합니다. w를 누르면 단계와 행렬을 다시 읽습니다.',
	fieldAnnounce: (n, total, label, state) => `입력 칸 ${n}/${total}: ${label}. ${state}`,
	fieldEmpty: '비어 있음.',
	choiceOf: options => `${options.join(' 또는 ')} 입력`,
	formulaIn: names => `${josa(names.join(', '), '으로/로')} 쓰는 식`,
	fieldTyped: draft => `지금까지 입력: ${draft}.`,
	fieldSolved: value => `풀었음: ${value}.`,
	fieldsTitle: count => `채울 칸은 ${count}개입니다.`,
	tableTitle: count => `역전파 표입니다. 출력부터 ${count}행입니다.`,
	tableRow: (n, total, node, value, locals, gradient) =>
		`${total}행 가운데 ${n}행: ${node}, 값 ${value}, ${locals}, 기울기 ${gradient}.`,
	tableLocal: (of, node, local) => `${node}에 대한 ${of}의 국소 기울기 ${local}`,
	tableNoLocal: '국소 기울기 없음',
	tablePrompt: '행 고르기:',
	tableKeys:
		'위아래 화살표로 행을 옮기고, 처음으로 틀린 행이라고 생각하는 곳에서 Enter를 누릅니다. h는 힌트(별 1개 차감), w는 지금 행 읽기입니다.',
	levelKeys:
		'답을 입력하고 Enter를 누르면 확인합니다. Tab과 Shift-Tab으로 칸을 옮기고, h는 힌트(별 1개 차감), g는 풀이 보기, i는 소개 다시 읽기, Esc는 메뉴로 돌아가기입니다.',
	complete: '레벨을 마쳤습니다.',
	toResult: 'Enter를 누르면 결과와 풀이, 다음 레벨로 가는 길이 나옵니다.',
	predictionRow: (inputs, output, target, right) =>
		`입력 ${inputs}: 출력 ${output}, 정답 ${target}, ${right ? '맞음' : '틀림'}.`,
	prompt: (n, total, label) => `칸 ${n}/${total}, ${label}:`,
	resultKeys: last =>
		last
			? 'Enter는 메뉴로, r은 이 레벨 다시 하기, i는 해설 읽기입니다.'
			: 'Enter는 다음 레벨로, r은 이 레벨 다시 하기, i는 해설 읽기, m은 메뉴로 돌아가기입니다.',
	labStatus: (step, loss, trend, goal, steps, measure) =>
		`${step}단계, ${measureKo[measure]} ${loss}, ${trend}. 목표는 ${steps}단계 안에 ${measureKo[measure]} ${goal} 아래입니다.`,
	labRate: eta => `이제 학습률 에타는 ${eta}입니다.`,
	labRateIs: eta => `학습률 에타는 ${eta}입니다.`,
	stars: count => `별 ${count}개`,
	labKeys:
		'스페이스는 학습 시작과 멈춤, s는 한 단계, 더하기와 빼기는 학습률 에타 바꾸기, r은 처음부터, w는 지금 상태 읽기, h는 힌트, Esc는 돌아가기입니다.',
	trendFalling: '줄어드는 중',
	trendRising: '늘어나는 중',
	trendFlat: '거의 그대로',
	trendNone: '아직 학습 전',
	trendEarly: '아직 추세를 알 수 없음',
	labFresh: (goal, steps, measure) =>
		`아직 학습 전입니다. 목표는 ${measureKo[measure]} ${goal} 아래이고, ${threeStarSteps(steps)}단계 안이면 별 3개, 한도는 ${steps}단계입니다.`,
	trendStory: (fast, rest, measure) =>
		rest === 0
			? `${josa(measureKo[measure], '이/가')} ${fast}단계 동안 빠르게 줄었습니다.`
			: `${josa(measureKo[measure], '이/가')} ${fast}단계 동안 빠르게 줄고, 그 뒤 ${rest}단계 동안 천천히 줄었습니다.`,
	helpClose: onLevel =>
		onLevel
			? 'g를 누르면 용어 풀이를 읽고, 다른 키를 누르면 도움말을 닫습니다.'
			: '아무 키나 누르면 도움말을 닫습니다.',
	helpRows: {
		'? / Esc': '물음표: 이 도움말. 아무 키나 누르면 닫힙니다. Esc: 뒤로 가기.',
		'q / Ctrl-C': 'q: 끝내기(답 입력 칸 밖에서). 컨트롤 C는 어디서나 끝냅니다. 진행 상황은 저장됩니다.',
		'↑ ↓  j k':
			'위아래 화살표나 j, k: 이전 레벨과 다음 레벨로 옮기며 읽어 줍니다. 레벨 번호를 입력하면 그 레벨로 가고, w는 목록 전체를 읽습니다.',
		'? g': 'g: 레벨에서 이 도움말을 연 채 누르면 용어 풀이, 곧 레벨의 문장이 뜻하는 바를 읽습니다.',
		'Tab ↓  Shift-Tab ↑': 'Tab과 Shift-Tab: 다음 칸과 이전 칸으로 옮기기.',
		'← →':
			'왼쪽, 오른쪽 화살표: 그래프 둘러보기. 왼쪽은 지금 단계의 입력으로, 오른쪽은 그 값을 쓰는 단계로 갑니다. 격자에서는 옆 칸으로 옮깁니다.',
		'Home End Ctrl-A/E':
			'Home과 End, 또는 컨트롤 A와 컨트롤 E: 커서를 답의 맨 앞이나 맨 끝으로 옮기고, 커서가 어디 있는지 읽어 줍니다. 격자에서는 커서를 칸의 글 안에 넣어 고쳐 쓰게 하고, 그다음에는 왼쪽, 오른쪽 화살표가 글 안에서 커서를 옮깁니다.',
		'↑ ↓':
			'위아래 화살표: 계산 순서대로 그래프 둘러보기. w는 지금 위치를 읽습니다. 격자에서는 위아래 칸으로, 버그 찾기 표에서는 위아래 행으로 옮깁니다.',
		'Backspace  Delete': 'Backspace: 커서 앞 글자 지우기. Delete: 커서 뒤 글자 지우기. u는 칸 전체 지우기.',
		스페이스: '스페이스: 학습 시작과 멈춤. --reduced-motion이면 10단계씩.',
		'+ −': '더하기와 빼기: 학습률 에타를 한 칸 올리거나 내리기.',
		l: 'l: 손실 축 로그 눈금 켜기와 끄기. 그려진 그래프만 바뀌고 읽어 주는 내용은 그대로입니다.',
		'h  i': 'h: 다음 힌트(실험실에서는 무료). i: 소개 글, 목표에 닿은 뒤에는 해설.',
		'Enter  Esc': 'Enter나 Esc: 메뉴로.',
		'↑ ↓  PgUp PgDn':
			'위아래 화살표, 페이지 업, 페이지 다운: 그려진 현황을 스크롤합니다. 내용은 위에서 모두 읽었습니다.',
	},
	typingRow: functions =>
		`숫자, 소수점, 마이너스, 나누기 빗금, 곱하기 별표, 거듭제곱 캐럿, 괄호: 답 입력. 함수 ${functions.join(', ')}는 입력을 괄호 안에 씁니다.`,
	helpExtra: {
		level: ['w: 그래프에서 지금 위치 읽기. 격자에서는 단계와 행렬, 버그 찾기 표에서는 지금 행을 읽습니다.'],
		lab: ['w: 목표와 에타까지 넣어 지금 학습 상태 전체 읽기.'],
	},
	keyWords: {
		'↑': '위 화살표',
		'↓': '아래 화살표',
		'←': '왼쪽 화살표',
		'→': '오른쪽 화살표',
		'?': '물음표',
		'/': '또는',
		'Ctrl-C': '컨트롤 C',
		'Shift-Tab': '시프트 탭',
		PgUp: '페이지 업',
		PgDn: '페이지 다운',
		'+': '더하기',
		'−': '빼기',
	},
	glossaryTitle: '용어 풀이: 레벨의 문장이 뜻하는 것',
	glossaryClose: '아무 키나 누르면 용어 풀이를 닫습니다.',
	quiet: {
		cleared: '칸을 비웠습니다.',
		fieldSolved: '이미 푼 칸이라 바뀌지 않습니다. Tab을 누르면 다음 칸으로 갑니다.',
		fieldEmpty: '칸이 비어 있습니다.',
		onlyField: '칸이 하나뿐입니다.',
		firstLevel: '첫 레벨입니다.',
		lastLevel: '마지막 레벨입니다.',
		rateTop: eta => `에타가 이미 고를 수 있는 가장 큰 값인 ${eta}입니다.`,
		rateBottom: eta => `에타가 이미 고를 수 있는 가장 작은 값인 ${eta}입니다.`,
		logAxis: '그려진 그래프의 손실 축만 바뀌었습니다. 읽어 주는 내용은 그대로입니다.',
		labNotDone: 'Enter는 목표에 닿은 뒤에 결과로 갑니다. 스페이스는 학습, s는 한 단계입니다.',
		labAtStart: '아직 한 단계도 학습하지 않아 이미 처음 상태입니다.',
		nothing: key => `${key} 키는 여기서 하는 일이 없습니다. ?를 누르면 키 안내를 듣습니다.`,
		caret: (before, after) =>
			before === ''
				? `커서가 맨 앞, ${after} 앞에 있습니다.`
				: after === ''
					? `커서가 맨 끝, ${before} 뒤에 있습니다.`
					: `커서 앞은 ${before}, 뒤는 ${after}입니다.`,
		keys: {
			up: '위 화살표',
			down: '아래 화살표',
			left: '왼쪽 화살표',
			right: '오른쪽 화살표',
			enter: 'Enter',
			escape: 'Esc',
			tab: 'Tab',
			shiftTab: 'Shift-Tab',
			backspace: 'Backspace',
			pageUp: '페이지 업',
			pageDown: '페이지 다운',
			space: '스페이스',
		},
	},
	closed: '닫았습니다.',
	glossary: [
		[
			'단계',
			'그래프의 한 줄이 노드 하나입니다. 무엇을 계산하는지, 들어오는 값, 그 노드의 값을 "q = x 더하기 y. x는 마이너스 2, y는 5. 그래서 q는 3입니다."처럼 읽습니다.',
		],
		['구해야 할 값', '입력 칸이 묻는 값입니다. 직접 구하기 전에는 읽어 주지 않습니다.'],
		[
			'x에 대한 f의 기울기',
			'x가 1만큼 바뀔 때 출력 f가 얼마나 바뀌는지입니다. 화면에는 편미분 기호로 적힙니다. 이미 구한 기울기는 "구한 값: …"처럼 그 노드와 함께 읽습니다.',
		],
		[
			'덧셈 노드, 곱셈 노드',
			'그래프를 둘러볼 때 어떤 값을 쓰는 단계를 종류로 부릅니다. 덧셈 노드는 기울기를 그대로 전하고, 곱셈 노드는 각 입력에 상류 기울기 곱하기 다른 입력의 값을 보냅니다.',
		],
		['상류 곱하기 국소', '노드는 상류 기울기에 자기 국소 기울기를 곱해 입력 쪽으로 보냅니다.'],
		[
			'시그모이드',
			'시그마(x)는 1 나누기 (1 더하기 e의 마이너스 x 제곱)입니다. 기울기 시그마 프라임은 시그마 곱하기 (1 빼기 시그마)입니다.',
		],
		['tanh', '수를 마이너스 1과 1 사이로 눌러 줍니다. 기울기 tanh 프라임은 1 빼기 tanh 제곱입니다.'],
		[
			'h1과 대문자 H1',
			'강의 노트 신경망의 뉴런 하나입니다. h1은 가중합, 대문자 H1은 출력 시그마(h1)입니다. y1과 대문자 Y1도 같습니다.',
		],
		[
			'E에서 E1, 대문자 Y1, …을 거쳐 w11까지 가는 경로',
			'경로로 이름 붙은 칸입니다. 오차에서 가중치까지 내려가며 읽고, 답은 그 경로의 국소 기울기를 모두 곱한 값입니다. 강의 노트는 E1로 가는 경로를 초록색, E2로 가는 경로를 빨간색으로 그립니다.',
		],
		[
			'국소 기울기 2/5',
			'긴 연쇄에서는 칸마다 몇 번째 국소 기울기인지, 무엇인지(오차의 기울기, 활성화 함수의 기울기, 어떤 값에 곱해지는 수)를 알려 줍니다.',
		],
		['델타', '강의 노트의 델타는 편미분 기호와 같은 뜻, 곧 편미분입니다.'],
		['오차와 손실', '오차 E는 출력이 정답에서 벗어난 정도이고, 손실은 실험실이 데이터 전체에서 모은 오차입니다.'],
		['w와 b', '가중치와 편향: 학습으로 바뀌는 수입니다.'],
	],
	setting: screenReaderSetting.ko,
	readingClose: '글이 끝났습니다. Esc를 누르면 돌아갑니다.',
	confirmKeys: 'y(ㅛ)를 누르면 풀이를 보여 주고, n(ㅜ)이나 Esc를 누르면 계속 풉니다.',
	confirmHintKeys: 'y(ㅛ)를 누르면 힌트를 보여 주고, n(ㅜ)이나 Esc를 누르면 힌트 없이 계속 풉니다.',
	practiceDone: '연습을 마쳤습니다.',
	practiceKeys: 'Enter는 메뉴로, p는 한 번 더 연습하기입니다.',
	overviewKeys: 'Enter는 메뉴로, p는 복습할 개념 연습하기입니다.',
	words: {
		plus: '더하기',
		minus: '빼기',
		times: '곱하기',
		entrywise: '원소별 곱하기',
		over: '나누기',
		power: '제곱',
		of: '의',
		and: '와',
		matmul: '행렬곱',
		transposed: '전치',
	},
	gradientOf: (of, by) => `${by}에 대한 ${of}의 기울기`,
	overIndex: (fn, index) => `${index}에 대한 ${fn === 'sum' ? '합' : '평균'} `,
	becomes: name => `새 ${josa(name, '은/는')}`,
	symbols: {
		'↑↓': '위아래 화살표',
		'↑ ↓': '위아래 화살표',
		'÷': ' 나누기 ',
		'⊙': ' 원소별 곱하기 ',
		Σ: '합 ',
		'≤': ' 작거나 같음 ',
		'≥': ' 크거나 같음 ',
		'⇒': ', 따라서 ',
		η: '에타',
		σ: '시그마',
		// A flow written with arrows (입력 → 은닉층 → 출력) is a sequence; a path of names is read by pathName.
		'→': ', 이어서 ',
		'·': ' 곱하기 ',
		'×': ' 곱하기 ',
		ᵀ: ' 전치',
		'½': '2분의 1',
		'★': ' 별',
		'⏸': '',
		'↔': '',
	},
	capital: '대문자',
	prime: '프라임',
	power: (power, words) => (power === '2' ? ' 제곱' : power === '3' ? ' 세제곱' : `의 ${words} 제곱`),
	typedPower: '거듭제곱',
	approx: {alone: '약', again: ', 곧 약', after: ', 약', is: left => `${particleFor(left, '은/는')} 약`},
};

export const readerMessages: Readonly<Record<Language, ReaderMessages>> = {en: english, ko: korean};

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
