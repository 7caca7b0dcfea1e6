import type {FieldRole} from '../levels/answers.js';
import type {Language} from '../levels/language.js';

/** What `generate` and `class` say, in every language the game speaks. */
export type TeacherMessages = {
	readonly needsConcept: (known: string) => string;
	readonly unknownConcept: (name: string, known: string) => string;
	readonly badCount: (max: number, given: string) => string;
	readonly needsSeed: string;
	readonly needsOut: string;
	readonly exists: (file: string) => string;
	readonly packLimit: (dir: string, others: number, count: number, max: number, fits: number) => string;
	readonly studentLimit: (levels: number, max: number, fits: number) => string;
	readonly couldNotWrite: (file: string, code: string) => string;
	readonly written: (count: number, concept: string, file: string, dir: string) => string;
	readonly roster: {
		readonly unreadable: (file: string, code: string) => string;
		readonly empty: (file: string) => string;
		readonly tooMany: (file: string, count: number, max: number) => string;
		readonly noLetters: (file: string, line: number) => string;
		readonly sameFolder: (file: string, line: number, first: string, folder: string) => string;
		readonly student: (name: string, seed: number, folder: string, levels: number) => string;
		readonly done: (students: number, key: string) => string;
	};
	readonly classReport: {
		readonly needsFiles: string;
		readonly badFormat: (given: string) => string;
		readonly unreadable: (file: string, code: string) => string;
		readonly notExport: (file: string) => string;
		readonly noName: (file: string) => string;
		readonly title: string;
		readonly studentsLine: (students: number, concepts: number) => string;
		readonly headers: readonly [string, string, string, string, string, string, string];
		readonly misconceptions: string;
		readonly misconceptionsNone: string;
		readonly mistakeHeaders: readonly [string, string, string, string];
		/** The kinds of answer the class got right at the first try least often. */
		readonly fieldsTitle: string;
		readonly fieldHeaders: readonly [string, string, string, string, string];
		/** An answer field's kind in words: a local derivative, a chain's product, … */
		readonly fieldKinds: Readonly<Record<FieldRole, string>>;
		readonly noAnswers: string;
		readonly none: string;
	};
};

const en: TeacherMessages = {
	needsConcept: known => `generate needs --concept NAME; one of: ${known}`,
	unknownConcept: (name, known) => `no concept '${name}'; one of: ${known}`,
	badCount: (max, given) => `--count takes a whole number from 1 to ${max}, not '${given}'`,
	needsSeed: 'generate needs --seed S (a number, or any text such as a student’s name), or --roster FILE',
	needsOut: 'generate needs --out DIR, the folder to write the pack to',
	exists: file => `${file} already exists; add --force to overwrite it`,
	packLimit: (dir, others, count, max, fits) =>
		`${dir} already holds ${others} level${others === 1 ? '' : 's'}; ${count} more would pass the pack limit of ${max}, and the game would leave the rest out. Use --count ${fits} or less, or another --out folder`,
	studentLimit: (levels, max, fits) =>
		`each student's pack would hold ${levels} levels, past the pack limit of ${max}; use --count ${fits} or less, or fewer concepts`,
	couldNotWrite: (file, code) => `could not write ${file} (${code})`,
	written: (count, concept, file, dir) =>
		`${count} ${concept} level${count === 1 ? '' : 's'} written to ${file}; play them with --levels ${dir}`,
	roster: {
		unreadable: (file, code) => `could not read the roster ${file} (${code})`,
		empty: file => `the roster ${file} names no student: write one name a line`,
		tooMany: (file, count, max) => `the roster ${file} names ${count} students; one run takes at most ${max}`,
		noLetters: (file, line) => `${file}, line ${line}: a name needs at least one letter or digit`,
		sameFolder: (file, line, first, folder) =>
			`${file}, line ${line}: this name gives the folder '${folder}', as '${first}' does; tell the two apart (add an initial)`,
		student: (name, seed, folder, levels) => `${name}: seed ${seed}, ${levels} levels and worksheet.md in ${folder}`,
		done: (students, key) =>
			`${students} student pack${students === 1 ? '' : 's'} written; the answer key is ${key} (keep it: the packs hold no worked answers)`,
	},
	classReport: {
		needsFiles: 'class needs the students’ exports: backprop-quest class FILE… (each from export --format json)',
		badFormat: given => `class --format takes csv or md, not '${given}'`,
		unreadable: (file, code) => `could not read ${file} (${code})`,
		notExport: file => `${file} is not a backprop-quest export (make one with: backprop-quest export --format json)`,
		noName: file => `${file} names no player; its file name stands in`,
		title: 'Class report',
		studentsLine: (students, concepts) =>
			`${students} student${students === 1 ? '' : 's'}, ${concepts} concept${concepts === 1 ? '' : 's'}; weakest concepts first`,
		headers: ['student', 'concept', 'attempts', 'right first time', 'weakest kind of answer', 'top mistake', 'pack'],
		misconceptions: 'Misconceptions across the class',
		misconceptionsNone: 'No mistakes recorded.',
		mistakeHeaders: ['concept', 'mistake', 'times', 'students'],
		fieldsTitle: 'Right first time, by kind of answer (the weakest first)',
		fieldHeaders: ['concept', 'kind of answer', 'right first time', 'students', 'weakest student'],
		fieldKinds: {
			value: 'forward value',
			gradient: 'gradient',
			local: 'local derivative',
			product: 'product of the links',
			path: 'one path',
			total: 'sum of the paths',
			update: 'updated weight',
			formula: 'derivative as a formula',
			numeric: 'centred difference',
			error: 'relative error',
			verdict: 'pass or fail',
			shape: 'shape',
		},
		noAnswers: 'No practice or pack answers are recorded in these exports yet.',
		none: 'none',
	},
};

const ko: TeacherMessages = {
	needsConcept: known => `generate에는 --concept 이름이 필요합니다. 쓸 수 있는 개념: ${known}`,
	unknownConcept: (name, known) => `없는 개념입니다: '${name}'. 쓸 수 있는 개념: ${known}`,
	badCount: (max, given) => `--count에는 1부터 ${max}까지의 정수를 씁니다. '${given}'은 쓸 수 없습니다`,
	needsSeed: 'generate에는 --seed S(숫자든 학생 이름이든 아무 글자나 됩니다)나 --roster 파일이 필요합니다',
	needsOut: 'generate에는 팩을 쓸 폴더를 정하는 --out 폴더가 필요합니다',
	exists: file => `${file} 파일이 이미 있습니다. 덮어쓰려면 --force를 붙이세요`,
	packLimit: (dir, others, count, max, fits) =>
		`${dir}에는 이미 레벨이 ${others}개 있습니다. ${count}개를 더하면 팩 한도 ${max}개를 넘어 게임이 나머지를 빼고 엽니다. --count를 ${fits} 이하로 하거나 다른 --out 폴더를 쓰세요`,
	studentLimit: (levels, max, fits) =>
		`학생마다 레벨이 ${levels}개가 되어 팩 한도 ${max}개를 넘습니다. --count를 ${fits} 이하로 하거나 개념 수를 줄이세요`,
	couldNotWrite: (file, code) => `${file} 파일을 쓰지 못했습니다 (${code})`,
	written: (count, concept, file, dir) =>
		`${concept} 레벨 ${count}개를 ${file}에 썼습니다. --levels ${dir}로 플레이하세요`,
	roster: {
		unreadable: (file, code) => `명단 파일을 읽지 못했습니다: ${file} (${code})`,
		empty: file => `명단 ${file}에 학생이 없습니다. 한 줄에 이름 하나씩 적으세요`,
		tooMany: (file, count, max) => `명단 ${file}에 학생이 ${count}명 있습니다. 한 번에 ${max}명까지 만들 수 있습니다`,
		noLetters: (file, line) => `${file} ${line}번째 줄: 이름에 글자나 숫자가 하나는 있어야 합니다`,
		sameFolder: (file, line, first, folder) =>
			`${file} ${line}번째 줄: 이 이름의 폴더 '${folder}'가 '${first}'의 폴더와 같습니다. 두 이름을 구별해 주세요(이니셜 추가 등)`,
		student: (name, seed, folder, levels) =>
			`${name}: 시드 ${seed}, 레벨 ${levels}개와 worksheet.md를 ${folder}에 썼습니다`,
		done: (students, key) =>
			`학생 ${students}명의 팩을 만들었습니다. 정답표는 ${key}에 있습니다. 팩에는 풀이가 없으니 정답표를 따로 잘 보관하세요`,
	},
	classReport: {
		needsFiles:
			'class에는 학생들이 내보낸 파일이 필요합니다: backprop-quest class 파일… (각각 export --format json으로 만든 것)',
		badFormat: given => `class --format에는 csv나 md를 씁니다. '${given}'은 쓸 수 없습니다`,
		unreadable: (file, code) => `${file} 파일을 읽지 못했습니다 (${code})`,
		notExport: file =>
			`backprop-quest에서 내보낸 파일이 아닙니다: ${file} (만드는 법: backprop-quest export --format json)`,
		noName: file => `${file}에 플레이어 이름이 없어 파일 이름을 대신 씁니다`,
		title: '반 보고서',
		studentsLine: (students, concepts) => `학생 ${students}명, 개념 ${concepts}개 (약한 개념부터)`,
		headers: ['학생', '개념', '답한 수', '한 번에 맞힌 비율', '가장 약한 답 종류', '가장 잦은 실수', '팩'],
		misconceptions: '반 전체에서 자주 나온 오개념',
		misconceptionsNone: '기록된 실수가 없습니다.',
		mistakeHeaders: ['개념', '실수', '횟수', '학생 수'],
		fieldsTitle: '답 종류별로 한 번에 맞힌 비율 (약한 것부터)',
		fieldHeaders: ['개념', '답 종류', '한 번에 맞힌 비율', '학생 수', '가장 약한 학생'],
		fieldKinds: {
			value: '순전파 값',
			gradient: '기울기',
			local: '국소 기울기',
			product: '국소 기울기들의 곱',
			path: '경로 하나',
			total: '경로들의 합',
			update: '새 가중치',
			formula: '식으로 쓴 도함수',
			numeric: '중심 차분',
			error: '상대 오차',
			verdict: '통과/실패 판정',
			shape: '모양',
		},
		noAnswers: '내보낸 파일에 연습이나 팩에서 답한 기록이 아직 없습니다.',
		none: '없음',
	},
};

export const teacherMessages: Readonly<Record<Language, TeacherMessages>> = {en, ko};
