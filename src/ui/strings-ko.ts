// The game's own voice in Korean (src/ui/strings.ts loads it when the game plays in Korean).

import {josa, particleFor} from '../game/josa.js';
import {threeStarSteps} from '../game/lab/stars.js';
import type {LabUnit} from '../game/lab/units.js';
import {assertNever} from '../levels/operators.js';
import type {Messages} from './strings.js';
import {clip, rate, symbolValue, typedFunctions} from './strings-shared.js';

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

export const ko: Messages = {
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
		matrix: '격자를 채우세요(Tab: 채울 다음 칸). Enter는 입력한 칸을 모두 확인합니다:',
		lab: '목표까지 신경망을 학습시키세요:',
		derive: '각 국소 기울기를 표시된 이름을 써서 식으로 쓰세요:',
		'grad-check': '기울기를 검사하세요: 기울기, 중심 차분, 상대 오차, 판정:',
		'find-the-bug': '처음으로 틀린 행을 찾고(↑↓, Enter) 그 행의 올바른 기울기를 입력하세요:',
	},
	graphLegend: '위: 순전파 값 · 아래 ∂: 기울기',
	hiddenPart: (symbol, text) => `${symbol} 그림에서 생략: ${text}`,
	followsLegend: names => `${names}의 ?: 아직 내지 않은 답에서 나오는 값이라 가렸습니다. 입력 칸이 아닙니다.`,
	pathLegend: {e1: 'E1 경로 (강의 노트의 초록색)', e2: 'E2 경로 (강의 노트의 빨간색)'},
	given: '주어진 값:',
	drawingHidden: '회로 숨김: 터미널을 키우거나 i 키를 누르세요.',
	notAFormula: (names, name) =>
		name === undefined
			? `식이 아닙니다. 2*x나 1 - a^2처럼 ${josa(names, '을/를')} 써서 식으로 입력하세요. (시도 횟수에 포함되지 않습니다.)`
			: `'${name}': 여기서 쓸 수 있는 이름이 아닙니다. ${josa(names, '을/를')} 쓰세요. (시도 횟수에 포함되지 않습니다.)`,
	notAChoice: words =>
		`이 칸에는 ${words.ko.join(' 또는 ')} 가운데 하나를 입력하세요. ${words.en.join(', ')}도 됩니다. (시도 횟수에 포함되지 않습니다.)`,
	inNames: names => `${names} 사용`,
	detour: ({of, wrt, through}) =>
		`${josa(`∂${of}/∂${wrt}`, '은/는')} ${josa(of, '을/를')} ${josa(wrt, '으로/로')} 곧바로 미분한 국소 기울기 하나입니다. 강의 노트는 여기에 ∂${of}/∂${through}·∂${through}/∂${wrt}의 곱을 적었지만, ${josa(through, '은/는')} ${wrt}에 따라 변하지 않으므로 잘못입니다.`,
	chainLink: ({index, count, what}) => {
		const which = `국소 기울기 ${index}/${count}`;
		switch (what.kind) {
			case 'errorSlope':
				return `${which}: 오차의 기울기`;
			case 'functionSlope':
				return `${which}: ${what.at}에서 ${what.fn}의 기울기`;
			case 'multiplier':
				return `${which}: 곱셈 노드의 ${what.of}에 대한 기울기`;
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
		`✓ 찾았습니다. ${node} 행이 규칙을 어겼고, 그 기울기를 받아 계산한 행들도 모두 틀린 값을 이어받았습니다. ${node}의 올바른 기울기를 입력하세요.`,
	notThisRow: (node, output) =>
		output
			? `✗ 여기가 아닙니다: ${josa(node, '은/는')} 출력이고, ∂${node}/∂${node} = 1은 언제나 그대로입니다. (틀린 답으로 셉니다.)`
			: `✗ 여기가 아닙니다: ${node} 행은 위의 행들에서 그대로 나옵니다. 국소 기울기가 노드의 규칙에 맞고, 기울기는 상류 기울기 × 국소 기울기의 합입니다. 그렇지 않은 첫 행을 찾으세요. (틀린 답으로 셉니다.)`,
	bugNamed: '✓ 해결했습니다! 심어 둔 실수를 실제로 저지른 학습자라면 이런 설명을 듣게 됩니다:',
	notANumber: typed =>
		`숫자가 아닌 입력입니다: “${clip(typed)}”. -4, 0.25, 3/4, 1e-3, 2*-4처럼 입력하세요. (시도 횟수에 포함되지 않습니다.)`,
	switchToLatin: typed =>
		`“${clip(typed)}”: 한글 입력 상태입니다. 한/영 키로 영문 입력으로 바꾼 뒤 숫자를 입력하세요. (시도 횟수에 포함되지 않습니다.)`,
	moreAnswerLines: (above, below) =>
		`${above > 0 ? `↑ ${above}줄 더  ` : ''}${below > 0 ? `↓ ${below}줄 더  ` : ''}(화살표로 이동, 터미널을 키우면 모두 보입니다)`,
	hintKey: '(h: 힌트)',
	emptyAnswer: '먼저 숫자를 입력하세요.',
	tooManyNumbers: (rows, cols) =>
		`숫자 ${rows}×${cols}개를 이 칸부터 넣으면 격자 밖으로 넘칩니다. 더 앞쪽 칸에서 시작하세요. (아무것도 입력하지 않았습니다.)`,
	unchangedGrid:
		'지난번 확인 뒤로 바뀐 칸이 없습니다. ✗ 칸을 고친 뒤 Enter를 누르세요. (시도 횟수에 포함되지 않습니다.)',
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
			error: '✗ 아쉽네요. 두 기울기의 차이를 절댓값으로 구한 뒤, 두 기울기의 절댓값 가운데 큰 쪽으로 나누세요.',
			verdict: '✗ 아쉽네요. 상대 오차 r을 허용치와 다시 비교해 보세요.',
			shape: '✗ 아쉽네요. 이 단계에 들어가는 값들의 모양에서 크기를 하나씩 구하세요.',
		})[role],
	wrongStep: rule => `✗ 아쉽네요. ${rule}에 따라 한 단계씩 다시 계산해 보세요.`,
	nearMiss: (digits, needed) =>
		`✗ 거의 맞았습니다. 입력한 값은 정답을 유효숫자 ${digits}자리로 반올림한 것입니다. ${needed}자리 이상으로 쓰세요.`,
	mistakes: {
		upstreamOnly: p =>
			`✗ 상류 기울기(∂${p.of}/∂${p.via} = ${p.upstream})만 적었습니다. 여기에 국소 기울기 ∂${p.via}/∂${p.wrt}의 값을 곱해야 합니다.`,
		leftOutTerm: p =>
			`✗ 거의 맞았습니다. 식에서 ${josa(p.term, '이/가')} 빠졌습니다. 합의 항을 모두 더했는지 확인하세요.`,
		beforeActivation: p => `✗ 활성화 함수에 넣기 전의 값(${p.arg})입니다. 이 노드의 값은 ${p.applied}입니다.`,
		addRule: p =>
			`✗ 1은 덧셈 노드의 기울기입니다. ${josa(p.via, '은/는')} ${p.wrt}에 무언가를 더하기만 한 값이 아니므로, 국소 기울기 ∂${p.via}/∂${p.wrt}의 값을 따로 구해야 합니다.`,
		localOnly: p =>
			`✗ 국소 기울기 ∂${p.via}/∂${p.wrt}의 값만 구했습니다. 연쇄법칙에 따라 상류 기울기(∂${p.of}/∂${p.via} = ${p.upstream})를 곱하세요.`,
		ownInput: p =>
			`✗ 상류 기울기에 ${p.wrt}의 값을 곱했습니다. 곱해야 하는 것은 ${p.wrt}의 값이 아니라 ${p.via}에서 ${josa(p.wrt, '와/과')} 곱해지는 ${p.partner}입니다. ∂${p.of}/∂${p.via} = ${p.upstream}에 ${josa(p.partner, '을/를')} 곱하세요.`,
		ownValue: p =>
			`✗ 입력한 것은 ${p.wrt}의 값입니다. 곱셈에서 한 입력의 기울기는 자기 값이 아니라 다른 입력의 값입니다. ${p.of}에서 ${josa(p.wrt, '와/과')} 곱해지는 것은 ${p.partner}이므로 ∂${p.of}/∂${p.wrt} = ${p.partner}입니다.`,
		noteSlip: p =>
			`✗ 입력한 것은 ∂${p.of}/∂${p.partner}, 즉 ${p.wrt}의 값입니다. 이 자리에 ∂${p.of}/∂${p.partner}·∂${p.partner}/∂${josa(p.wrt, '을/를')} 쓰는 것은 흔한 실수입니다(강의 노트에도 그렇게 적혀 있습니다). 하지만 ${josa(p.partner, '은/는')} ${josa(p.wrt, '이/가')} 바뀌어도 변하지 않습니다. 연쇄법칙에 필요한 국소 기울기는 ∂${p.of}/∂${p.wrt} = ${p.partner} 하나뿐입니다.`,
		noteSlipProduct: p =>
			`✗ 국소 기울기 하나가 ${josa(p.partner, '을/를')} 거쳐 돌아갔습니다. ∂${p.of}/∂${p.wrt} = ${p.partner} = ${josa(p.partnerValue, '을/를')} 써야 할 자리에 ∂${p.of}/∂${p.partner} = ${p.wrt}의 값을 넣었습니다. 그 자리에는 국소 기울기 ∂${p.of}/∂${p.wrt}의 값 하나만 쓰세요.`,
		addSwap: p =>
			p.upstream === undefined
				? `✗ 입력한 것은 다른 입력 ${p.other}의 값입니다. 입력을 맞바꾸는 것은 곱셈 노드의 규칙이고, ${josa(p.via, '은/는')} 덧셈 노드입니다. 더하는 항 하나가 1 늘면 합은 얼마나 늘까요?`
				: `✗ 다른 입력 ${p.other}의 값을 곱했습니다. 입력을 맞바꾸는 것은 곱셈 노드의 규칙입니다. ${josa(p.via, '은/는')} 덧셈 노드이므로 상류 기울기 ∂${p.of}/∂${p.via}의 값을 그대로 넘깁니다.`,
		forgotHalf: p =>
			p.of === 'value'
				? `✗ 입력한 값이 정답의 두 배입니다. ${p.node} = ${p.text}에서 ½을 빠뜨렸습니다. 제곱한 값에 ½을 곱하세요.`
				: `✗ 입력한 값이 정답의 두 배입니다. ${p.node} = ${p.text}에서 ½을 빠뜨렸습니다. ½u²의 기울기는 2u가 아니라 u입니다.`,
		halvedSlope: p =>
			`✗ 답의 절반입니다. ${p.node} = ${josa(p.text, '을/를')} 미분하면 제곱에서 내려온 2와 ½이 약분됩니다. ½을 한 번 더 곱하지 마세요. ½u²의 기울기는 u/2가 아니라 u입니다.`,
		tanhValue: p =>
			`✗ ${symbolValue('a', p.node, p.a)}일 때 1 − a = ${josa(p.oneMinus, '을/를')} 썼습니다. tanh의 기울기는 1 − a²입니다. a를 먼저 제곱하세요.`,
		tanhSigmoidSlope: p =>
			`✗ ${symbolValue('a', p.node, p.a)}일 때 a·(1 − a)를 썼습니다. 그것은 σ의 기울기입니다. tanh의 기울기는 1 − a²입니다.`,
		stepOnly: p =>
			p.step === undefined
				? `✗ 한 걸음 −η·∂${p.of}/∂${p.param}만 구했습니다. 답은 칸마다 ${p.param}에 이 걸음을 더한 값입니다.`
				: `✗ 한 걸음 −η·∂E/∂${p.param} = ${p.step}만 구했습니다. 답은 새 가중치, 즉 ${p.param}에 이 걸음을 더한 값입니다.`,
		beforeUpdate: p =>
			p.figures === undefined
				? `✗ 업데이트하기 전의 ${p.param} 값입니다. 여기에 한 걸음 −η·∂${p.of}/∂${josa(p.param, '을/를')} 더하세요.`
				: `✗ 업데이트하기 전의 ${p.param} 값입니다. 이번 업데이트로 ${josa(p.param, '은/는')} 약 ${p.step}만큼만 움직여서 유효숫자 3자리로는 차이가 드러나지 않습니다. 새 ${josa(p.param, '을/를')} 유효숫자 ${p.figures}자리 이상으로 쓰세요.`,
		addendAsConstant: p =>
			`✗ 0은 ${josa(p.of, '이/가')} ${p.wrt}에 따라 변하지 않는다고 본 값입니다. 하지만 ${p.of}에는 ${josa(p.wrt, '이/가')} 그대로 더해집니다. ${josa(p.wrt, '이/가')} 조금 커지면 ${josa(p.of, '은/는')} 얼마나 커질까요?`,
		slopeForValue: p =>
			`✗ ${josa(p.typed, '은/는')} 기울기 ${p.fn}′(${p.input})입니다. ${josa(p.node, '은/는')} 기울기가 아니라 ${p.fn}(${p.input}) 그 자체입니다.`,
		valueForSlope: p =>
			`✗ ${josa(p.value, '은/는')} ${p.of}의 값입니다. ${p.of} = ${josa(p.text, '을/를')} ${josa(p.wrt, '으로/로')} 미분하세요.`,
		swappedPairs: p => `✗ 가중치와 입력의 짝이 바뀌었습니다. 선을 따라 짝지어 곱하세요: ${p.pairs}.`,
		onePath: p =>
			`✗ ${josa(p.via, '을/를')} 거치는 경로 하나만 계산했습니다. ${p.wrt}에서 ${p.of}까지 가는 경로는 ${p.paths}개입니다. 경로마다 구해서 모두 더하세요.`,
		wrongSign: () => '✗ 크기는 맞는데 부호가 반대입니다. 곱하거나 뺀 수의 부호를 하나씩 확인하세요.',
		sigmoidValue: p =>
			`✗ ∂${p.node}/∂${p.input} 자리에 σ 값(${p.sigma}) 자체를 썼습니다. σ의 기울기는 σ·(1 − σ)입니다.`,
		sigmoidFactorLeftOut: p =>
			`✗ 1 − σ = ${p.oneMinus}만 썼습니다. σ의 기울기 ∂${p.node}/∂${josa(p.input, '은/는')} σ·(1 − σ)이므로, σ = ${josa(p.sigma, '을/를')} 더 곱해야 합니다.`,
		addedFactors: () => '✗ 국소 기울기를 더했습니다. 연쇄법칙에서는 더하지 않고 곱합니다.',
		plusSign: p =>
			`✗ 방향이 반대입니다. 가중치를 업데이트할 때는 η·∂${p.of ?? 'E'}/∂${josa(p.param, '을/를')} 빼야 합니다.`,
		forgotRate: p => `✗ 기울기에 먼저 학습률(η = ${p.eta})을 곱하세요.`,
		lastLinkOnly: p => `✗ 마지막 국소 기울기 ${p.link}만 적었습니다. 국소 기울기 ${p.links}개를 모두 곱해야 합니다.`,
		leftOutLink: p =>
			`✗ 경로 위의 국소 기울기 하나를 빠뜨렸습니다: ${p.link} = ${p.partner === undefined ? '' : `${p.partner} = `}${p.value}. 경로의 국소 기울기를 하나도 빠짐없이 곱하세요.`,
		formulaSigmoid: p =>
			`✗ ${josa(p.of, '은/는')} σ의 값 자체이지 기울기가 아닙니다. σ의 기울기는 σ·(1 − σ)이니 ${josa(p.of, '으로/로')} 써 보세요.`,
		formulaTanh: p =>
			`✗ 1 − ${josa(p.of, '은/는')} tanh의 기울기가 아닙니다. tanh의 도함수는 1 − tanh²이니 ${josa(p.of, '을/를')} 제곱하세요.`,
		formulaTanhSigmoid: p =>
			`✗ ${p.of}·(1 − ${p.of})${particleFor(p.of, '은/는')} σ의 기울기이지 tanh의 기울기가 아닙니다. tanh의 도함수는 1 − tanh²입니다. ${josa(p.of, '을/를')} 써서 나타내세요.`,
		formulaOtherInput: p =>
			`✗ 다른 입력 ${p.other}에 대한 기울기 ∂${p.of}/∂${p.other}입니다. 구할 것은 ∂${p.of}/∂${p.wrt}입니다. ${josa(p.other, '은/는')} 고정하고 ${josa(p.wrt, '으로/로')} 미분하세요.`,
		formulaSignFlipped: p =>
			`✗ 꼴은 맞는데 부호가 반대입니다. 입력한 식은 어느 점에서나 ∂${p.of}/∂${p.wrt}에 마이너스를 붙인 값입니다. 미분하다가 뺄셈의 순서가 뒤바뀌었습니다. 각 항의 부호를 살피며 다시 미분하세요.`,
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
		kinkOtherSide: p =>
			`✗ ${josa(p.fn, '이/가')} 올라가는 쪽, 즉 ${p.input} > 0인 쪽의 기울기입니다. 여기서는 ${p.input} = 0이 바로 꺾인 점이라 ${p.fn}의 도함수가 없고, 엔진은 PyTorch처럼 한쪽의 기울기를 씁니다. 어느 쪽일까요? 소개 글(i)에 있습니다.`,
		maxToBoth: p =>
			`✗ ${p.wrt}에도 기울기를 주었습니다. max 노드는 상류 기울기 ∂${p.of}/∂${p.via} 전부를 더 큰 입력 ${p.winner}에만 보냅니다. 더 작은 입력에는 무엇이 갈까요?`,
		matmulOrder: p =>
			`✗ 곱하는 순서가 틀렸거나 전치(ᵀ)를 빠뜨렸습니다. 규칙은 ${p.rule}입니다. ${josa(p.other, '은/는')} 순전파의 곱에서 놓였던 쪽에 그대로 두되 전치하고, ${josa(p.upstream, '은/는')} 그 반대쪽에 놓습니다.`,
		biasNotSummed: p =>
			`✗ ${p.upstream}의 ${p.row}행만 썼습니다. b는 배치의 행 ${p.rows}개에 모두 더해지므로, 기울기는 ${p.upstream}의 행을 모두 더한 값입니다.`,
		biasAveraged: p =>
			`✗ ${p.upstream}의 행을 더한 뒤 ${josa(p.rows, '으로/로')} 나눴습니다. b는 배치의 행 ${p.rows}개에 모두 더해지므로, 기울기는 그 행들을 더한 값 그대로입니다. 손실이 평균이라면 그 ÷N은 이미 ${p.upstream}에 들어 있습니다.`,
		biasNoUpstream: p =>
			`✗ 배치의 행 ${p.rows}개를 세기만 하고 ${josa(p.upstream, '을/를')} 빠뜨렸습니다. 각 행은 ${p.upstream}의 자기 행을 b로 돌려보냅니다. 그 행들을 더하세요.`,
		matmulNoUpstream: p =>
			`✗ ${josa(p.upstream, '을/를')} 빠뜨렸습니다. 상류 기울기 대신 1로 채운 행렬을 곱한 셈입니다. 규칙은 ${p.rule}입니다.`,
		sumForMean: p => `✗ ${p.arg}의 합을 썼습니다. 평균은 그 합을 원소 개수 N으로 나눈 값입니다(N = ${p.n}).`,
		lossMinusLeftOut: p =>
			`✗ ${p.text}에서 맨 앞의 마이너스 부호를 빠뜨렸습니다. 1보다 작은 확률의 ln은 음수이므로, 앞의 마이너스가 있어야 손실이 양수가 됩니다.`,
		meanForgotN: p => `✗ 답의 ${p.n}배입니다. 평균은 N으로 나눈 값이므로(N = ${p.n}) 기울기도 N으로 나눠야 합니다.`,
		meanTwiceN: p => `✗ N으로 두 번 나눴습니다(N = ${p.n}). 평균의 ÷N은 기울기에 한 번만 들어갑니다.`,
		reluMaskIgnored: () =>
			'✗ 기울기를 모든 ReLU에 그대로 통과시켰습니다. 입력이 0 이하였던 자리에서는 ReLU의 출력이 평평하므로 기울기가 0입니다. 마스크를 곱하세요.',
		ceLabelNotSubtracted: () =>
			'✗ P에서 정답 Y를 빼지 않았습니다. 소프트맥스 뒤에 교차 엔트로피가 오면 ∂L/∂Z = P − Y입니다(배치 평균이면 ÷N). 행마다 정답 클래스 자리에서 1을 빼세요.',
		ceLabelNotSubtractedUpstream: p =>
			`✗ ${p.typed}입니다. ${josa(p.upstream, '이/가')} 들어갈 자리에 P를 쓰고 정답을 빼지 않았습니다. 소프트맥스 뒤에 교차 엔트로피가 오면 ${p.upstream} = P − Y이고, 규칙 ${p.rule}에는 정답 클래스 자리에서 1을 뺀 그 값을 곱합니다.`,
		ceFavouredClass: p =>
			`✗ 가장 큰 확률, 즉 모델이 가장 높게 본 클래스의 −ln입니다. 교차 엔트로피는 정답 클래스에 준 확률, 즉 ${josa(p.label, '이/가')} 1인 자리의 확률에 −ln을 취합니다.`,
		ceOnePartDivided: p =>
			p.divided === 'p'
				? `✗ ${p.p}만 N으로 나누고(N = ${p.n}) ${josa(p.y, '은/는')} 나누지 않았습니다. 정답 클래스에서 빼는 1이 그대로 남았습니다. ${p.grad} = (${p.p} − ${p.y})/N은 차 전체를 N으로 나눕니다.`
				: `✗ ${p.y}만 N으로 나누고(N = ${p.n}) ${josa(p.p, '은/는')} 나누지 않았습니다. ${p.p}의 원소가 모두 그대로 남았습니다. ${p.grad} = (${p.p} − ${p.y})/N은 차 전체를 N으로 나눕니다.`,
		ceSignFlipped: () =>
			'✗ Y − P, 즉 부호가 뒤집힌 기울기입니다. Y − P는 내리막을 가리키고, 기울기는 오르막을 가리킵니다. 소프트맥스와 교차 엔트로피의 기울기는 ∂L/∂Z = P − Y입니다.',
		ceLogP: () =>
			'✗ P가 들어갈 자리에 ln P를 썼습니다. ln P는 손실을 계산할 때만 쓰고, 기울기에는 P가 그대로 들어가 P − Y가 됩니다.',
		softmaxDiagonal: () =>
			'✗ 야코비안의 대각선 P[i]·(1 − P[i])만 썼습니다. P[i]는 모든 Z[j]에 따라 달라지므로, 대각선 밖의 항 −P[i]·P[j]까지 넣어 모든 i에 걸쳐 ∂L/∂P[i]·∂P[i]/∂Z[j]를 더하세요.',
		shapeSwapped: () => '✗ 크기는 맞지만 순서가 거꾸로입니다. 행 수를 먼저, 열 수를 나중에 쓰세요.',
		reluMaskFromGradient: p =>
			`✗ 상류 기울기 ${p.upstream}의 부호로 마스크를 만들었습니다. ReLU의 마스크는 순전파 때의 입력에서 나옵니다. ${p.input} > 0인 자리는 부호와 상관없이 ${josa(p.upstream, '을/를')} 그대로 두고, ${p.input} ≤ 0인 자리만 0으로 쓰세요.`,
		jacobianOffDiagonalSign: () =>
			'✗ 대각선 밖 원소에서 마이너스 부호가 빠졌습니다. Z[j]가 커지면 다른 클래스의 확률은 줄어들므로, i ≠ j일 때 ∂P[i]/∂Z[j] = −P[i]·P[j]는 음수입니다.',
		jacobianDiagonalSign: () =>
			'✗ 대각선의 부호가 틀렸습니다. ∂P[i]/∂Z[i] = P[i]·(1 − P[i])이고, 괄호 안은 빼기입니다. P[i]는 Z[i]와 함께 커지지만 1에 가까워질수록 점점 느리게 커집니다.',
		logBaseTen: () =>
			'✗ 밑이 10인 상용로그로 계산했습니다. ln은 밑이 e인 자연로그입니다. 계산기에서는 log가 아니라 ln 키를 쓰세요.',
		shapeOfConsumer: p =>
			`✗ ${josa(p.wrt, '이/가')} 들어가는 단계 ${p.consumer}의 모양입니다. 기울기는 변수와 모양이 같습니다. ${josa(p.label, '은/는')} ${p.wrt}의 원소마다 하나씩 있습니다.`,
	},
	hintLabel: (n, total, field) => (field === undefined ? `힌트 ${n}/${total}:` : `${field} 힌트 ${n}/${total} (−1★):`),
	noMoreHints: '힌트가 더 없습니다. g를 누르면 풀이를 볼 수 있습니다 (별 0개).',
	solutionShown: "풀이를 보았습니다. 이 레벨은 별 0개, '풀이 봄'으로 기록됩니다.",
	confirmSolution: '풀이를 볼까요?',
	confirmSolutionDetail: "이 레벨은 별 0개, '풀이 봄'으로 기록됩니다. 나중에 다시 풀어도 별은 최대 1개입니다.",
	confirmSolutionKeys: 'y(ㅛ): 보기 · n(ㅜ)이나 Esc: 계속 풀기',
	confirmSolutionKept: stars =>
		`이번에는 별 0개로 기록되고, 나중에 다시 풀어도 별은 최대 1개입니다. 최고 기록은 ${stars} 그대로 남습니다.`,
	confirmHint: (n, total, field) =>
		field === undefined ? `힌트를 볼까요? (${n}/${total})` : `${field} 힌트를 볼까요? (${n}/${total})`,
	confirmHintDetail: '힌트마다 별이 하나 줄어듭니다.',
	confirmHintKeys: 'y(ㅛ): 보기 · n(ㅜ)이나 Esc: 그만두기',
	// The explanation overlay's title is 해설; its paragraph says what the point is, not 해설 again.
	explanation: '핵심:',
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
	resultPoints: (gained, total, bestBefore) =>
		bestBefore === undefined
			? `+${gained}점 · 총 ${total}점`
			: `이전 최고 기록 ${bestBefore}★보다 +${gained}점 · 총 ${total}점`,
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
				['Tab ↓  Shift-Tab ↑', '다음 / 이전 입력칸. 격자에서는 한 칸씩'],
				['← →', '커서 옮기기. 격자에서는 옆 칸으로'],
				['Home End Ctrl-A/E', '커서를 처음 / 끝으로. 격자에서는 칸 고쳐 쓰기'],
				['↑ ↓', '격자 안에서 위아래 칸으로 이동'],
				['Backspace  Delete', '커서 앞 / 뒤 한 글자 지우기, u나 Ctrl-U는 칸 전체 지우기'],
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
		pickRow: '↑↓ 행 · Enter 고르기 · h 힌트 −1★ · g 풀이 · i 소개 · ? 도움말 · Esc 메뉴',
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
		['+ × ² ×2 +1', '연산 노드와 그 노드에 붙은 상수. × 노드 여러 개가 + 노드 하나로 모이면 가중합입니다'],
		['σ', '시그모이드 σ(x) = 1/(1 + e⁻ˣ). 기울기는 σ′ = σ(1 − σ)'],
		['tanh', '입력을 −1과 1 사이의 값으로 바꿉니다. 기울기는 tanh′ = 1 − tanh²'],
		['ƒ', '연산이 여러 개인 단계. 식은 회로 아래에 적혀 있습니다'],
		['⋯', '그림에서 줄여 그린 부분. 무엇을 줄였는지는 회로 아래에 적혀 있습니다'],
		['상류 × 국소', '노드는 상류 기울기에 자기 국소 기울기를 곱해 입력 쪽으로 보냅니다'],
		['+ 노드', '기울기를 모든 입력에 그대로 보냅니다. × 노드는 입력마다 상류 기울기에 다른 입력의 값을 곱해 보냅니다'],
		['h1│H1', '강의 노트 신경망의 뉴런 하나. 가중합 h1과 출력 H1 = σ(h1)'],
		['━  ═', 'E1 경로(강의 노트의 초록색)와 E2 경로(빨간색)'],
		['δ', '강의 노트의 δ는 ∂, 즉 편미분을 뜻합니다'],
		['오차 · 손실', '오차 E는 출력이 정답에서 벗어난 정도이고, 손실은 실험실에서 데이터 전체의 오차를 모은 값입니다'],
		['w · b', '가중치와 편향. 둘 다 학습하면서 바뀌는 매개변수입니다'],
	],
	lab: {
		ready: '스페이스를 누르면 학습을 시작합니다. s는 한 단계씩 진행합니다.',
		running: '▶ 학습 중…',
		paused: '⏸ 일시 정지',
		divergedNotFinite: eta =>
			`✗ 발산했습니다. 값이 컴퓨터가 나타낼 수 없을 만큼 커졌습니다(η = ${eta}). 걸음마다 더 멀리 튀어 나가고 있습니다. − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		divergedExploded: (eta, measure) =>
			`✗ 발산했습니다. ${measure === 'error' ? '오차가' : '손실이'} 처음의 10배를 넘었습니다(η = ${eta}). 보폭이 너무 커서 걸음마다 최소점을 점점 더 멀리 지나칩니다. − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		divergedGrowing: eta =>
			`✗ 발산했습니다. 걸음마다 최소점을 건너뛰어 전보다 더 먼 곳에 떨어집니다(η = ${eta}). − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		stalled: (loss, window, eta, units, measure) =>
			`⏸ ${measure === 'error' ? '오차가' : '손실이'} ${loss}에서 멈췄습니다. ${window}단계 동안 0.5 %도 줄지 않았습니다(η = ${eta}). ${stallCauseKo(units)} η를 바꾸고 r을 누르거나, 스페이스로 학습을 이어 가세요.`,
		oscillating: eta =>
			`↔ 진동합니다. 걸음마다 최소점을 건너뛰어 반대편의 꼭 같은 거리에 떨어지므로 오차가 더 줄지 않습니다(η = ${eta}). − 키로 η를 낮추고 r 키로 다시 시작하세요.`,
		swinging: (percent, window, eta) =>
			`↔ 진동합니다. 손실이 한 단계에 평균 ${percent} %씩 오르내릴 뿐, ${window}단계 동안 추세가 내려가지 않습니다(η = ${eta}). 보폭이 너무 큽니다. − 키로 η를 낮추고 r 키로 다시 시작하거나, 스페이스로 학습을 이어 가세요.`,
		overBudget: (budget, measure) =>
			`${budget}단계 한도를 넘겼지만 ${measure === 'error' ? '오차는' : '손실은'} 아직 줄고 있습니다. 이제는 목표에 닿아도 별 1개입니다. 계속 학습하거나, η를 바꾸고 r을 누르세요.`,
		goal: (step, stars) =>
			`✓ ${step}단계에서 목표 달성: ${'★'.repeat(stars)}${'☆'.repeat(3 - stars)}. Enter: 결과 · r: 다시 학습`,
		stepItem: step => `${step}단계`,
		lossItem: loss => `손실 ${loss}`,
		errorItem: error => `오차 ${error}`,
		goalText: (loss, steps, isError) =>
			`목표: ${isError ? '오차' : '손실'} ${loss} 미만 · ${threeStarSteps(steps)}단계 안이면 ★★★, 한도 ${steps}단계`,
		goalShort: (loss, steps, isError) =>
			`목표는 ${isError ? '오차' : '손실'} ${loss} 미만, ${threeStarSteps(steps)}단계 안이면 ★★★`,
		dialEnd: {top: ' (고를 수 있는 가장 큰 값)', bottom: ' (고를 수 있는 가장 작은 값)'},
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
		distanceStep: (before, after) => `최소점까지의 거리 ${before} → ${after}`,
		distanceStepAt: (eta, before, after) => `지난 걸음(η = ${eta}): 최소점까지의 거리 ${before} → ${after}`,
		footer: ({reduced, logAxis}) =>
			`${reduced ? '스페이스 10단계' : '스페이스 실행'} · s 한 단계 · + − η · r 처음부터 · h 힌트 · i 소개${logAxis ? ' · l 로그 축' : ''} · Esc 메뉴 · ? 도움말`,
		footerDone: 'Enter 결과 · r 다시 학습 · i 해설 · Esc 메뉴 · ? 도움말',
		footerDiverged: ({logAxis}) =>
			`r 처음부터 · + − η · h 힌트 · i 소개${logAxis ? ' · l 로그 축' : ''} · Esc 메뉴 · ? 도움말`,
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
					return '고른 η가 고를 수 있는 η 가운데 가장 빨리 목표에 닿는 값입니다.';
				case 'as-fast':
					return `고를 수 있는 η 가운데 가장 빠른 ${josa(`η = ${rate(c.fastest)}`, '와/과')} 똑같이 ${c.fastest.steps}단계 만에 목표에 닿았습니다.`;
				case 'slower':
					return `고를 수 있는 η 가운데 가장 빠른 ${josa(`η = ${rate(c.fastest)}`, '은/는')} ${c.fastest.steps}단계 만에 목표에 닿습니다. 내 최고 기록(${c.fastest.steps + c.fewer}단계)보다 ${c.fewer}단계 빠릅니다.`;
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
