// What the practice screens say, in every language.

import type {MistakeReason} from '../levels/diagnosis.js';
import type {Language, Localized} from '../levels/language.js';

type MistakeKind = MistakeReason | 'nearMiss' | 'other';

export type PracticeMessages = {
	/** The chapter whose finishing unlocks practice, when the pack has one. */
	readonly menuLocked: (chapter?: {readonly number: number; readonly title: string}) => string;
	/** The practice line while the generator loads, the first time practice starts. */
	readonly menuPreparing: string;
	/** Why `p` started nothing. */
	readonly unavailable: {readonly locked: string; readonly 'not-offered': string; readonly 'not-loaded': string};
	readonly menuDue: (count: number, names: readonly string[]) => string;
	readonly menuNothingDue: (when: string, name: string) => string;
	/** The keys after the menu's practice line: practise, and the overview. */
	readonly menuKeys: string;
	readonly header: (title: string) => string;
	readonly position: (n: number, total: number) => string;
	readonly levelFooter: string;
	readonly levelDoneFooter: string;
	readonly summaryTitle: string;
	readonly summaryEmpty: string;
	readonly levels: (n: number) => string;
	readonly firstTime: (right: number, fields: number) => string;
	readonly noMistakes: string;
	readonly mistakes: (list: string) => string;
	readonly mistakeCount: (name: string, n: number) => string;
	readonly nextReview: (when: string) => string;
	readonly summaryFooter: string;
	/** The footer when the summary is longer than the screen. */
	readonly summaryScrollFooter: string;
	/** Which lines of the summary show: `lines 1–18 of 30`. */
	readonly summaryLines: (from: number, to: number, total: number) => string;
	readonly hintsUsed: (n: number) => string;
	readonly solutionsShown: (n: number) => string;
	/** In a moment, in 10 minutes, in 2 days. */
	readonly inTime: (ms: number) => string;
	readonly mistakeNames: Readonly<Record<MistakeKind, string>>;
	readonly overview: {
		readonly title: string;
		/** How many are due and what opens more. */
		readonly dueLine: (due: number, total: number) => string;
		readonly locked: (count: number) => string;
		readonly dueNow: string;
		readonly neverPractised: string;
		readonly levels: (n: number) => string;
		/** Mastery: the share of the last `of` answers right at the first try. */
		readonly firstTry: (percent: number, of: number) => string;
		readonly recall: (percent: number) => string;
		readonly next: (when: string) => string;
		readonly footer: string;
		readonly scrollFooter: string;
	};
};

const en: PracticeMessages = {
	menuLocked: chapter =>
		chapter === undefined
			? 'Practice: unlocks when you finish a chapter'
			: `Practice: unlocks when you finish chapter ${chapter.number}, ${chapter.title}`,
	menuPreparing: 'Practice: preparing the first exercise…',
	unavailable: {
		locked:
			'⚠ Nothing to practise yet: finish a chapter first, or start one concept with backprop-quest practice --concept NAME.',
		'not-offered':
			'⚠ This pack teaches none of the practised concepts, so p has nothing to review here. Practice runs on the built-in levels: start the game without --levels.',
		'not-loaded':
			'⚠ Practice could not start: the part of the game that makes exercises is missing from this install. Reinstalling backprop-quest should bring it back.',
	},
	menuDue: (count, names) => `Practice: ${count} review${count === 1 ? '' : 's'} due · ${names.join(', ')}`,
	menuNothingDue: (when, name) => `Practice: nothing due; next ${name} ${when}`,
	menuKeys: '(p · o overview)',
	header: title => `Practice › ${title}`,
	position: (n, total) => `practice ${n}/${total}`,
	levelFooter: 'Enter check · Tab next · h hint −1★ · g solution · i intro · ? help · Esc end',
	levelDoneFooter: 'Enter next · Esc summary · ? help',
	summaryTitle: 'Practice summary',
	summaryEmpty: 'No level was finished in this session.',
	levels: n => `${n} level${n === 1 ? '' : 's'}`,
	firstTime: (right, fields) => `right first time: ${right} of ${fields} answers`,
	noMistakes: 'no mistakes',
	mistakes: list => `mistakes: ${list}`,
	mistakeCount: (name, n) => `${name} ×${n}`,
	nextReview: when => `next review ${when}`,
	summaryFooter: 'Enter menu · p practise again · ? help · q quit',
	summaryScrollFooter: '↑↓ PgUp PgDn scroll · Enter menu · p practise again · ? help · q quit',
	summaryLines: (from, to, total) => `lines ${from}–${to} of ${total}`,
	hintsUsed: n => (n === 0 ? 'no hints' : `${n} hint${n === 1 ? '' : 's'}`),
	solutionsShown: n => `solution shown ${n === 1 ? 'once' : `${n} times`}`,
	inTime: ms => {
		const minutes = Math.round(ms / 60_000);
		if (minutes <= 0) return 'now';
		if (minutes < 90) return `in ${minutes} min`;
		const hours = Math.round(minutes / 60);
		if (hours < 36) return `in ${hours} h`;
		return `in ${Math.round(hours / 24)} days`;
	},
	mistakeNames: {
		upstreamOnly: 'upstream only',
		matmulOrder: 'product order or transpose',
		biasNotSummed: 'bias gradient not summed',
		biasAveraged: 'bias gradient averaged',
		biasNoUpstream: 'upstream left out of a bias gradient',
		matmulNoUpstream: 'upstream left out of a product',
		sumForMean: 'a sum for a mean',
		lossMinusLeftOut: 'the minus of −ln left out',
		meanForgotN: '÷N forgotten',
		meanTwiceN: '÷N twice',
		reluMaskIgnored: 'ReLU mask ignored',
		ceLabelNotSubtracted: 'y not subtracted',
		ceLabelNotSubtractedUpstream: 'P for P − Y in a product',
		ceFavouredClass: 'the favoured class, not the right one',
		ceSignFlipped: 'y − p for p − y',
		ceLogP: 'ln p for p',
		softmaxDiagonal: 'Jacobian diagonal only',
		shapeSwapped: 'shape reversed',
		reluMaskFromGradient: 'mask from the gradient’s sign',
		jacobianOffDiagonalSign: 'Jacobian off-diagonal sign',
		jacobianDiagonalSign: 'Jacobian diagonal sign',
		logBaseTen: 'log₁₀ for ln',
		shapeOfConsumer: 'shape of the next step',
		addRule: 'add rule on a product',
		leftOutTerm: 'a term left out',
		beforeActivation: 'before the activation',
		localOnly: 'local only',
		ownInput: 'own input on ×',
		onePath: 'one path of several',
		wrongSign: 'sign',
		sigmoidValue: 'σ instead of σ′',
		sigmoidFactorLeftOut: '1 − σ for σ′',
		addedFactors: 'factors added',
		plusSign: 'plus in the update',
		forgotRate: 'η forgotten',
		ownValue: 'the value itself',
		noteSlip: 'the note’s slip',
		noteSlipProduct: 'the note’s slip',
		addSwap: 'the other addend',
		forgotHalf: '½ left out',
		halvedSlope: 'slope of ½u² halved',
		tanhValue: '1 − a for 1 − a²',
		tanhSigmoidSlope: 'σ′ for tanh′',
		stepOnly: 'only the step',
		beforeUpdate: 'the weight before the update',
		addendAsConstant: 'an addend’s slope as 0',
		slopeForValue: 'the slope for the value',
		valueForSlope: 'a value for its slope',
		ceOnePartDivided: '÷N on P or Y alone',
		swappedPairs: 'pairs swapped',
		maxToBoth: 'max gradient to both inputs',
		lastLinkOnly: 'only the last link',
		leftOutLink: 'a link left out',
		formulaSigmoid: 'σ for σ′ in a formula',
		formulaTanhSigmoid: 'σ′ for tanh′ in a formula',
		formulaTanh: '1 − a for 1 − a²',
		formulaOtherInput: 'the other input’s slope',
		formulaSignFlipped: 'a formula’s sign flipped',
		formulaConstant: 'a number for a formula',
		formulaOnlyHere: 'right at one point only',
		oneSidedStep: 'h for 2h',
		errorNotRelative: 'absolute, not relative',
		checkVerdict: 'pass or fail',
		kinkOtherSide: 'the other side of a kink',
		nearMiss: 'too few figures',
		other: 'other',
	},
	overview: {
		title: 'Practice overview',
		dueLine: (due, total) =>
			due === 0
				? `Nothing due now; ${total} concept${total === 1 ? '' : 's'} on the schedule.`
				: `${due} of ${total} concept${total === 1 ? '' : 's'} due now, weakest first.`,
		locked: count =>
			`${count} more concept${count === 1 ? '' : 's'} open as you finish their chapters (or start one with practice --concept NAME).`,
		dueNow: 'due now',
		neverPractised: 'not practised yet',
		levels: n => `${n} level${n === 1 ? '' : 's'}`,
		firstTry: (percent, of) => `right first try ${percent}% (last ${of === 1 ? 'answer' : `${of} answers`})`,
		recall: percent => `recall now ${percent}%`,
		next: when => `next ${when}`,
		footer: 'Enter menu · p practise · ? help · q quit',
		scrollFooter: '↑↓ PgUp PgDn scroll · Enter menu · p practise · ? help · q quit',
	},
};

const ko: PracticeMessages = {
	menuLocked: chapter =>
		chapter === undefined
			? '연습: 장 하나를 끝내면 열립니다'
			: `연습: ${chapter.number}장을 끝내면 열립니다 (${chapter.title})`,
	menuPreparing: '연습: 첫 문제를 준비하고 있습니다…',
	unavailable: {
		locked:
			'⚠ 아직 연습할 것이 없습니다. 먼저 장 하나를 끝내거나, backprop-quest practice --concept NAME으로 개념 하나를 바로 시작하세요.',
		'not-offered':
			'⚠ 이 팩은 연습 개념을 하나도 가르치지 않아서 p로 복습할 것이 없습니다. 연습은 기본 레벨에서 합니다. --levels 없이 게임을 시작하세요.',
		'not-loaded':
			'⚠ 연습을 시작할 수 없습니다. 문제를 만드는 부분이 설치된 게임에 없습니다. backprop-quest를 다시 설치하면 돌아옵니다.',
	},
	menuDue: (count, names) => `연습: 복습 ${count}개 · ${names.join(', ')}`,
	menuNothingDue: (when, name) => `연습: 지금은 복습할 것 없음 · 다음은 ${name}, ${when}`,
	menuKeys: '(p · o 현황)',
	header: title => `연습 › ${title}`,
	position: (n, total) => `연습 ${n}/${total}`,
	levelFooter: 'Enter 확인 · Tab 다음 칸 · h 힌트 −1★ · g 풀이 · i 소개 · ? 도움말 · Esc 결과',
	levelDoneFooter: 'Enter 다음 · Esc 결과 · ? 도움말',
	summaryTitle: '연습 결과',
	summaryEmpty: '이번 연습에서 끝낸 레벨이 없습니다.',
	levels: n => `문제 ${n}개`,
	firstTime: (right, fields) => `한 번에 맞힘: 답 ${fields}개 중 ${right}개`,
	noMistakes: '실수 없음',
	mistakes: list => `실수: ${list}`,
	mistakeCount: (name, n) => `${name} ${n}회`,
	nextReview: when => `다음 복습 ${when}`,
	summaryFooter: 'Enter 메뉴 · p 다시 연습 · ? 도움말 · q 종료',
	summaryScrollFooter: '↑↓ PgUp PgDn 스크롤 · Enter 메뉴 · p 다시 연습 · ? 도움말 · q 종료',
	summaryLines: (from, to, total) => `${total}줄 중 ${from}–${to}줄`,
	hintsUsed: n => (n === 0 ? '힌트 안 봄' : `힌트 ${n}번`),
	solutionsShown: n => `풀이 봄 ${n}번`,
	inTime: ms => {
		const minutes = Math.round(ms / 60_000);
		if (minutes <= 0) return '지금';
		if (minutes < 90) return `${minutes}분 뒤`;
		const hours = Math.round(minutes / 60);
		if (hours < 36) return `${hours}시간 뒤`;
		return `${Math.round(hours / 24)}일 뒤`;
	},
	mistakeNames: {
		upstreamOnly: '상류 기울기만',
		matmulOrder: '곱의 순서·전치',
		biasNotSummed: '편향 기울기 합 빠뜨림',
		biasAveraged: '편향 기울기를 평균 냄',
		biasNoUpstream: '편향 기울기에서 상류 기울기 빠뜨림',
		matmulNoUpstream: '곱에서 상류 기울기 빠뜨림',
		sumForMean: '평균 대신 합',
		lossMinusLeftOut: '−ln의 마이너스 빠뜨림',
		meanForgotN: '÷N 빠뜨림',
		meanTwiceN: '÷N 두 번',
		reluMaskIgnored: 'ReLU 마스크 무시',
		ceLabelNotSubtracted: 'y를 빼지 않음',
		ceLabelNotSubtractedUpstream: '곱에서 P − Y 대신 P',
		ceFavouredClass: '정답이 아닌 가장 큰 확률의 클래스',
		ceSignFlipped: 'p − y 대신 y − p',
		ceLogP: 'p 대신 ln p',
		softmaxDiagonal: '야코비안 대각선만',
		shapeSwapped: '모양 뒤바뀜',
		reluMaskFromGradient: '기울기 부호로 만든 마스크',
		jacobianOffDiagonalSign: '야코비안 대각선 밖 부호',
		jacobianDiagonalSign: '야코비안 대각선 부호',
		logBaseTen: 'ln 대신 log₁₀',
		shapeOfConsumer: '다음 단계의 모양',
		addRule: '곱에 덧셈 규칙',
		leftOutTerm: '항 빠뜨림',
		beforeActivation: '활성화 전 값',
		localOnly: '국소 기울기만 구함',
		ownInput: '상류 기울기에 자기 값을 곱함',
		onePath: '여러 경로 중 하나만',
		wrongSign: '부호 반대',
		sigmoidValue: 'σ′ 대신 σ',
		sigmoidFactorLeftOut: 'σ′ 대신 1 − σ',
		addedFactors: '국소 기울기를 더함',
		plusSign: '업데이트에서 더하기',
		forgotRate: 'η 빠뜨림',
		ownValue: '다른 입력 대신 자기 값',
		noteSlip: '노트의 실수',
		noteSlipProduct: '노트의 실수',
		addSwap: '다른 덧셈 항',
		forgotHalf: '½ 빠뜨림',
		halvedSlope: '½u²의 기울기를 반으로',
		tanhValue: '1 − a² 대신 1 − a',
		tanhSigmoidSlope: 'tanh′ 대신 σ′',
		stepOnly: '걸음만 구함',
		beforeUpdate: '업데이트 전의 가중치',
		addendAsConstant: '더해지는 항의 기울기를 0으로',
		slopeForValue: '값 자리에 기울기를',
		valueForSlope: '기울기 자리에 값을',
		ceOnePartDivided: 'P나 Y 한쪽만 ÷N',
		swappedPairs: '짝을 바꿈',
		maxToBoth: 'max 노드의 두 입력에 모두 기울기를 줌',
		lastLinkOnly: '마지막 국소 기울기만',
		leftOutLink: '국소 기울기 하나 빠뜨림',
		formulaSigmoid: '식에서 σ′ 대신 σ',
		formulaTanhSigmoid: '식에서 tanh′ 대신 σ′',
		formulaTanh: '1 − a² 대신 1 − a',
		formulaOtherInput: '다른 입력의 기울기',
		formulaSignFlipped: '식의 부호가 뒤집힘',
		formulaConstant: '식 대신 숫자',
		formulaOnlyHere: '한 점에서만 맞음',
		oneSidedStep: '2h 대신 h',
		errorNotRelative: '상대 오차가 아님',
		checkVerdict: '통과/실패 판정',
		kinkOtherSide: '꺾인 점의 반대쪽 기울기',
		nearMiss: '유효숫자 부족',
		other: '기타',
	},
	overview: {
		title: '연습 현황',
		dueLine: (due, total) =>
			due === 0
				? `지금 복습할 개념은 없습니다. 복습 일정에 오른 개념은 모두 ${total}개입니다.`
				: `개념 ${total}개 중 ${due}개가 지금 복습할 차례입니다. 약한 개념부터 보여 줍니다.`,
		locked: count =>
			`아직 열리지 않은 개념이 ${count}개 있습니다. 해당 장을 끝내면 열리고, practice --concept NAME으로 바로 시작할 수도 있습니다.`,
		dueNow: '지금 복습',
		neverPractised: '아직 연습 안 함',
		levels: n => `문제 ${n}개`,
		firstTry: (percent, of) => `최근 답 ${of}개 중 ${percent}%를 한 번에 맞힘`,
		recall: percent => `지금 기억하고 있을 확률 ${percent}%`,
		next: when => `다음 복습 ${when}`,
		footer: 'Enter 메뉴 · p 연습 · ? 도움말 · q 종료',
		scrollFooter: '↑↓ PgUp PgDn 스크롤 · Enter 메뉴 · p 연습 · ? 도움말 · q 종료',
	},
};

export const practiceMessages: Localized<PracticeMessages> = {en, ko};

/** A recorded mistake kind in words; a kind this version doesn't know stays as it is. */
export function mistakeInWords(kind: string, lang: Language): string {
	const names = practiceMessages[lang].mistakeNames;
	return isNamed(names, kind) ? names[kind] : kind;
}

function isNamed<K extends string>(names: Readonly<Record<K, string>>, kind: string): kind is K {
	return Object.hasOwn(names, kind);
}
