// The mistakes the game diagnoses, each with exactly the names and numbers its
// message quotes. Reason and parameters are one discriminated union, so a
// builder must give a reason all of its parameters and nothing else, and a
// message can only read what its reason has.

/** A step: its name and its formula as the level writes it (`E = ½·(t − y)²`). */
type StepText = {readonly node: string; readonly text: string};
/** A link ∂of/∂wrt, and the step it goes through. */
type Link = {readonly of: string; readonly wrt: string; readonly via: string};
/** The upstream gradient ∂of/∂via, as printed. */
type Upstream = {readonly upstream: string};
/** What `wrt` is multiplied by inside the step: a name or a number. */
type Partner = {readonly partner: string};

/** For each reason, the parameters its message quotes. */
export type MistakeParams = {
	/** The upstream gradient passed on without the local derivative. */
	readonly upstreamOnly: Link & Upstream;
	/** A sum with one term left out. */
	readonly leftOutTerm: {readonly term: string};
	/** A neuron's value before its activation: the argument, and the whole call. */
	readonly beforeActivation: {readonly arg: string; readonly applied: string};
	/** 1, the add node's slope, on a step that is not a plain sum. */
	readonly addRule: {readonly via: string; readonly wrt: string};
	/** Only the local derivative, without the upstream gradient. */
	readonly localOnly: Link & Upstream;
	/** The upstream gradient times the input itself rather than its partner. */
	readonly ownInput: Link & Upstream & Partner;
	/** The input's own value given as its slope. */
	readonly ownValue: {readonly of: string; readonly wrt: string} & Partner;
	/** The lecture note's detour ∂y1/∂w21·∂w21/∂H1, as one link. */
	readonly noteSlip: {readonly of: string; readonly wrt: string} & Partner;
	/** The note's detour inside a product of links. */
	readonly noteSlipProduct: {readonly of: string; readonly wrt: string; readonly partnerValue: string} & Partner;
	/**
	 * A × node's swap on an add node: the other addend. Through the output
	 * itself there is no upstream gradient to name; below it, there is.
	 */
	readonly addSwap:
		| {readonly via: string; readonly wrt: string; readonly other: string; readonly upstream?: undefined}
		| (Link & Upstream & {readonly other: string});
	/** The ½ of a squared error left out: twice the answer, the error's own `value` or its `slope`. */
	readonly forgotHalf: StepText & {readonly of: 'value' | 'slope'};
	/** The slope of ½u² halved once more: half the answer. */
	readonly halvedSlope: StepText;
	/** tanh's slope taken as 1 − a. */
	readonly tanhValue: {readonly node: string; readonly a: string; readonly oneMinus: string};
	/** tanh's slope taken as σ's, a·(1 − a). */
	readonly tanhSigmoidSlope: {readonly node: string; readonly a: string};
	/**
	 * Only the step −η·∂E/∂param: a number's step is quoted; a matrix's,
	 * cell by cell, is named by its loss instead.
	 */
	readonly stepOnly:
		| {readonly param: string; readonly step: string}
		| {readonly param: string; readonly of: string; readonly step?: undefined};
	/**
	 * The parameter as it was before the update. `figures` is set when the step is too small to show
	 * at 3 figures (w11 = 0.15 → 0.14978): then `step` quotes it, to one figure.
	 */
	readonly beforeUpdate:
		| {readonly param: string; readonly of: string; readonly step: string; readonly figures: number}
		| {readonly param: string; readonly of: string; readonly step?: undefined; readonly figures?: undefined};
	/** 0 for the slope of a name a sum adds in, as if it were a constant (∂z/∂b of z = w·x + b). */
	readonly addendAsConstant: {readonly of: string; readonly wrt: string};
	/** σ′ or tanh′ at the input typed for the value σ(h) or tanh(h): the slope typed, the function, its input. */
	readonly slopeForValue: {readonly node: string; readonly typed: string; readonly fn: string; readonly input: string};
	/** A step's own value typed for its slope by one input (16, c's value, for ∂c/∂b of c = b²). */
	readonly valueForSlope: {readonly of: string; readonly wrt: string; readonly text: string; readonly value: string};
	/** Weights paired with the wrong inputs: the right pairs. */
	readonly swappedPairs: {readonly pairs: string};
	/** One path's contribution of several. */
	readonly onePath: Link & {readonly paths: string};
	readonly wrongSign: NoParams;
	/** σ's value used as its slope. */
	readonly sigmoidValue: {readonly node: string; readonly input: string; readonly sigma: string};
	/** σ's slope typed as 1 − σ, its factor σ left out. */
	readonly sigmoidFactorLeftOut: {
		readonly node: string;
		readonly input: string;
		readonly sigma: string;
		readonly oneMinus: string;
	};
	/** Local derivatives added rather than multiplied. */
	readonly addedFactors: NoParams;
	/** The update's sign flipped; `of` names a loss other than E. */
	readonly plusSign: {readonly param: string; readonly of?: string};
	readonly forgotRate: {readonly eta: string};
	readonly lastLinkOnly: {readonly link: string; readonly links: string};
	/** The product with one link left out: the link, its value, and the name it is when it is one (x in ∂z/∂w = x). */
	readonly leftOutLink: {readonly link: string; readonly value: string; readonly partner?: string};
	readonly formulaSigmoid: {readonly of: string};
	readonly formulaTanh: {readonly of: string};
	/** σ's slope a·(1 − a) written for tanh's. */
	readonly formulaTanhSigmoid: {readonly of: string};
	readonly formulaOtherInput: {readonly of: string; readonly wrt: string; readonly other: string};
	/** A formula that is the slope with its sign flipped at every point (`t - a` for a − t). */
	readonly formulaSignFlipped: {readonly of: string; readonly wrt: string};
	/** One number where the slope varies: the names a formula may use. */
	readonly formulaConstant: {readonly of: string; readonly wrt: string; readonly names: string};
	/** Right at the level's point only: a point where it is wrong, with both values there. */
	readonly formulaOnlyHere: {
		readonly of: string;
		readonly wrt: string;
		readonly point: string;
		readonly yours: string;
		readonly right: string;
	};
	readonly oneSidedStep: NoParams;
	readonly errorNotRelative: {readonly diff: string};
	readonly checkVerdict: {readonly error: string; readonly threshold: string; readonly right: 'pass' | 'fail'};
	/** At a kink (relu's input exactly 0), the slope of the side the engine does not take. */
	readonly kinkOtherSide: {readonly fn: string; readonly input: string};
	/** A max node's gradient given to the smaller input too. */
	readonly maxToBoth: Link & Upstream & {readonly winner: string};
	readonly matmulOrder: Upstream & {readonly other: string; readonly rule: string};
	/** One row of the upstream gradient where the bias needs their sum. */
	readonly biasNotSummed: Upstream & {readonly row: string; readonly rows: string};
	/** The bias gradient's row sum divided by the rows, as if it were a mean. */
	readonly biasAveraged: Upstream & {readonly rows: string};
	/** The bias gradient with the upstream gradient left out: the rows of the batch counted, not summed. */
	readonly biasNoUpstream: Upstream & {readonly rows: string};
	/** A matrix product's gradient with the upstream gradient left out (a matrix of 1s in its place). */
	readonly matmulNoUpstream: Upstream & {readonly rule: string};
	/** A mean's entries added and not divided by N. */
	readonly sumForMean: {readonly arg: string; readonly n: string};
	/** A loss written −(…) with its minus left out. */
	readonly lossMinusLeftOut: {readonly text: string};
	readonly meanForgotN: {readonly n: string};
	readonly meanTwiceN: {readonly n: string};
	readonly reluMaskIgnored: NoParams;
	/** The ReLU's mask read off the sign of the gradient from above rather than off its input. */
	readonly reluMaskFromGradient: Upstream & {readonly input: string};
	readonly ceLabelNotSubtracted: NoParams;
	/** A product's gradient through softmax with cross-entropy, with P in place of ∂L/∂Z = P − Y (Xᵀ·P for Xᵀ·(P − Y)). */
	readonly ceLabelNotSubtractedUpstream: {readonly rule: string; readonly upstream: string; readonly typed: string};
	/** Cross-entropy taken at the class the model favours, −ln of the largest P, not at the right class. */
	readonly ceFavouredClass: {readonly label: string};
	/**
	 * (P − Y)/N with only one of P and Y divided by N: P/N − Y, or P − Y/N. `grad` is the gradient's
	 * label, `divided` the one divided.
	 */
	readonly ceOnePartDivided: {
		readonly grad: string;
		readonly p: string;
		readonly y: string;
		readonly n: string;
		readonly divided: 'p' | 'y';
	};
	readonly ceSignFlipped: NoParams;
	readonly ceLogP: NoParams;
	readonly softmaxDiagonal: NoParams;
	/** The softmax Jacobian off its diagonal without its minus: +P[i]·P[j]. */
	readonly jacobianOffDiagonalSign: NoParams;
	/** The softmax Jacobian's diagonal as P[i]·(1 + P[i]). */
	readonly jacobianDiagonalSign: NoParams;
	/** A natural log worked out in base 10. */
	readonly logBaseTen: NoParams;
	readonly shapeSwapped: NoParams;
	/** A gradient's shape given as that of the step its variable feeds: ∂L/∂b as Y's shape. */
	readonly shapeOfConsumer: {readonly label: string; readonly wrt: string; readonly consumer: string};
};

/**
 * A message that quotes nothing. Only an empty object fits this (a type with
 * no required property shares none with `{node: …}`), and reading any
 * parameter of it fails to compile.
 */
type NoParams = {readonly [nothing]?: never};
declare const nothing: unique symbol;

/** A wrong answer players often give, and why it is wrong. */
export type MistakeReason = keyof MistakeParams;

/** A reason with its parameters, as one value: narrowing the reason narrows the parameters. */
export type Diagnosis = {
	readonly [R in MistakeReason]: {readonly reason: R; readonly params: MistakeParams[R]};
}[MistakeReason];

/** A diagnosis with the number a learner who made it would type. */
export type Mistake = Diagnosis & {readonly value: number};

/** A mistake made on a whole grid: the numbers a learner who made it would type in every cell. */
export type GridMistake = Diagnosis & {readonly values: readonly (readonly number[])[]};

/** Every reason once, so a kind read back from a save can be checked; the compiler keeps it complete. */
const everyReason: {readonly [R in MistakeReason]: true} = {
	upstreamOnly: true,
	leftOutTerm: true,
	beforeActivation: true,
	addRule: true,
	localOnly: true,
	ownInput: true,
	ownValue: true,
	noteSlip: true,
	noteSlipProduct: true,
	addSwap: true,
	forgotHalf: true,
	halvedSlope: true,
	tanhValue: true,
	tanhSigmoidSlope: true,
	stepOnly: true,
	beforeUpdate: true,
	addendAsConstant: true,
	slopeForValue: true,
	valueForSlope: true,
	swappedPairs: true,
	onePath: true,
	wrongSign: true,
	sigmoidValue: true,
	sigmoidFactorLeftOut: true,
	addedFactors: true,
	plusSign: true,
	forgotRate: true,
	lastLinkOnly: true,
	leftOutLink: true,
	formulaSigmoid: true,
	formulaTanh: true,
	formulaTanhSigmoid: true,
	formulaOtherInput: true,
	formulaSignFlipped: true,
	formulaConstant: true,
	formulaOnlyHere: true,
	oneSidedStep: true,
	errorNotRelative: true,
	checkVerdict: true,
	kinkOtherSide: true,
	maxToBoth: true,
	matmulOrder: true,
	biasNotSummed: true,
	biasAveraged: true,
	biasNoUpstream: true,
	matmulNoUpstream: true,
	sumForMean: true,
	lossMinusLeftOut: true,
	meanForgotN: true,
	meanTwiceN: true,
	reluMaskIgnored: true,
	reluMaskFromGradient: true,
	ceLabelNotSubtracted: true,
	ceLabelNotSubtractedUpstream: true,
	ceFavouredClass: true,
	ceOnePartDivided: true,
	ceSignFlipped: true,
	ceLogP: true,
	softmaxDiagonal: true,
	jacobianOffDiagonalSign: true,
	jacobianDiagonalSign: true,
	logBaseTen: true,
	shapeSwapped: true,
	shapeOfConsumer: true,
};

export function isMistakeReason(kind: string): kind is MistakeReason {
	return Object.hasOwn(everyReason, kind);
}

/** Every reason the game diagnoses. */
export const mistakeReasons: readonly MistakeReason[] = Object.keys(everyReason).filter(isMistakeReason);
