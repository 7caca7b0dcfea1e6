import {josa} from '../game/josa.js';
import type {Language} from '../levels/language.js';
import type {UsageProblem} from './args.js';

/** What the command line says, in every language the game speaks: --help, reset, and play's refusals. */
export type CliMessages = {
	readonly help: (version: string, dataDir: string) => string;
	readonly noTerminal: string;
	readonly noLevels: (dir: string) => string;
	readonly noSuchLevel: (id: string) => string;
	/** `validate` without a path. */
	readonly validateNeedsPath: string;
	/** `export --format` with something other than json or csv (shown with control characters as codes). */
	readonly unknownFormat: (format: string) => string;
	/** A command line that can't run. */
	readonly usage: (problem: UsageProblem) => string;
	/** The words before a line on stderr that is not an error: `warning`, `note`. */
	readonly warning: string;
	readonly note: string;
	/** stdout failed for a reason other than a reader that went away. */
	readonly outputFailed: (reason: string) => string;
	/** What an errno code means, after the code itself; `unknown` when there is no code. */
	readonly errno: Readonly<Record<string, string>>;
	/** `play` in a terminal that can't move its cursor. */
	readonly dumbTerminal: string;
	/** `practice` before any concept is open. */
	readonly nothingToPractise: string;
	readonly export: {
		readonly noLevels: (dir: string) => string;
		readonly couldNotWrite: (file: string, reason: string) => string;
		readonly written: (file: string) => string;
	};
	/** Why `--out` refuses a path, and the note before replacing a file with other hard links. */
	readonly out: {
		readonly cantLook: (file: string, code: string) => string;
		readonly danglingLink: (file: string) => string;
		readonly notRegular: (file: string, kind: string) => string;
		readonly foreignLink: (file: string, target: string) => string;
		readonly exists: (file: string) => string;
		readonly readOnly: (file: string) => string;
		readonly hardLinks: (file: string, others: number) => string;
	};
	readonly validate: {
		readonly tooSlow: (id: string, over: string) => string;
		readonly problems: (problems: number, files: number) => string;
		readonly allValid: (levels: number, files: number) => string;
	};
	/** What loading or saving progress warns about. */
	readonly storage: {
		readonly notAFolder: (dir: string) => string;
		readonly notRead: (file: string, reason: string) => string;
		/** Why a save far larger than any save is not read: its size and the most that is read, in MB. */
		readonly tooLarge: (megabytes: string, most: number) => string;
		readonly couldNotRead: (file: string, reason: string) => string;
		/** Said after a dropped record or field when the file as it was is kept beside it. */
		readonly keptAs: (copy: string) => string;
		readonly droppedField: (file: string, line: string, kept: string) => string;
		readonly droppedRecord: (file: string, line: string, kept: string) => string;
		readonly newer: (file: string, reason: string) => string;
		readonly setAside: (file: string, reason: string, backup: string) => string;
		readonly stuck: (file: string, reason: string) => string;
		readonly couldNotSave: (file: string, reason: string) => string;
		/** Why a save is not written over the one on disk (the reason a save could not be made). */
		readonly notWrittenOverLarge: (reason: string) => string;
		readonly notWrittenOverUnreadable: (reason: string) => string;
		readonly notWrittenOverCorrupt: (reason: string) => string;
		readonly savedAgain: (file: string) => string;
	};
	readonly reset: {
		readonly nothingThere: (file: string) => string;
		readonly needsYes: string;
		readonly question: (file: string) => string;
		/** Whether an answer to `question` means yes (a Korean keyboard types ㅛ for y). */
		readonly isYes: (answer: string) => boolean;
		readonly unchanged: string;
		readonly noBackup: (file: string) => string;
		readonly failed: (file: string, reason: string) => string;
		readonly done: (backup: string) => string;
	};
};

const yes = (answer: string) => /^(y(es)?|ㅛ|예|네|응)$/i.test(answer.trim());

const en: CliMessages = {
	help: (version, dataDir) => `backprop-quest ${version} — learn backpropagation by doing it by hand

Usage
  backprop-quest [options]               play (needs a terminal)
  backprop-quest list [--json]           the levels in play order
  backprop-quest validate PATH           check a level file or folder; exit 1 on any problem
  backprop-quest export [--format json|csv] [--concepts] [--out FILE] [--force]
                                         scores, one row per level (stdout by default)
  backprop-quest reset [--yes]           wipe progress (asks first; keeps a backup)
  backprop-quest practice [--concept NAME] [--seed S]
                                         practise generated levels on what is due for review
  backprop-quest practice --list         each concept's recent accuracy, recall and next review
  backprop-quest generate --concept NAME[,NAME…] --seed S --out DIR [--count N] [--force]
                                         write a pack of practice levels (same seed, same file)
  backprop-quest generate --concept NAME[,NAME…] --roster FILE --out DIR [--count N]
                                         one pack and worksheet per student, and answers.csv
  backprop-quest class FILE… [--format csv|md]
                                         a class report from the students' JSON exports

Options
  --lang en|ko                           language (default: from LANG / LC_ALL)
  --levels DIR                           play or list a custom level pack instead of the built-in one
  --level ID|N                           open one level directly, by id or by its number in list
  --data-dir DIR                         keep progress in DIR (or set BACKPROP_QUEST_HOME)
  --name NAME                            the player's name, saved and shown in exports
  --reduced-motion                       lab levels step on a key instead of animating
  --screen-reader                        linear text for screen readers (or INK_SCREEN_READER=true)
  --no-color                             no colours (NO_COLOR works too)
  -h, --help                             show this help
  -v, --version                          print the version

Progress is saved in ${dataDir}
`,
	noTerminal:
		'the game needs an interactive terminal for its input and its output; without one, these work: list, export, validate, --help',
	noLevels: dir => `no playable levels in ${dir}`,
	noSuchLevel: id => `no level '${id}' (see: backprop-quest list)`,
	validateNeedsPath: 'validate needs a level file or folder',
	unknownFormat: format => `--format takes json or csv, not '${format}'`,
	usage: problem => {
		switch (problem.kind) {
			case 'unknown-command':
				return `unknown command '${problem.command}' (try --help)`;
			case 'unknown-option':
				return `unknown option '${problem.option}' (try --help)`;
			case 'needs-value':
				return `${problem.option} needs a value (try --help)`;
			case 'takes-no-value':
				return `${problem.option} takes no value (try --help)`;
			case 'extra-arguments': {
				const extra = problem.extra.map(a => `'${a}'`).join(' ');
				return problem.takes === 0
					? `${problem.command} takes no arguments, but got ${extra} (try --help)`
					: `${problem.command} takes one level file or folder, but also got ${extra} (try --help)`;
			}
			case 'unknown-language':
				return `--lang takes ${problem.known.join(' or ')}, not '${problem.given}'`;
		}
	},
	warning: 'warning',
	note: 'note',
	outputFailed: reason => `could not write the output (${reason})`,
	errno: {
		unknown: 'error',
		ENOSPC: 'the disk is full',
		EDQUOT: 'the disk quota is used up',
		EFBIG: 'the file size limit was reached',
		EACCES: 'permission denied',
		EPERM: 'not permitted',
		EROFS: 'the file system is read-only',
		ENOTDIR: 'a file is in the way of the folder',
		EEXIST: 'a file is in the way of the folder',
		EISDIR: 'it is a folder',
		ELOCKED: 'another backprop-quest kept the save locked',
		ELOCKLOST: 'another backprop-quest kept taking the save lock',
		EIO: 'the disk reported an error',
	},
	dumbTerminal:
		"the game draws its screens by moving the cursor, which a terminal with TERM=dumb can't do; set TERM to your terminal's type (such as xterm-256color). Without that, these work: list, export, validate, --help",
	nothingToPractise:
		'nothing to practise yet: practice opens concept by concept as you finish their chapters; or choose one now with --concept NAME',
	export: {
		noLevels: dir => `no levels to export scores for in ${dir}`,
		couldNotWrite: (file, reason) => `could not write ${file} (${reason}); nothing was written`,
		written: file => `scores written to ${file}`,
	},
	out: {
		cantLook: (file, code) => `can't look at ${file} (${code})`,
		danglingLink: file => `${file} is a symbolic link to nothing; remove it or choose another file`,
		notRegular: (file, kind) => `${file} is ${kind}, not a regular file; only a regular file is replaced`,
		foreignLink: (file, target) =>
			`${file} is a symbolic link to ${target}, which belongs to another user; it is not written through`,
		exists: file => `${file} already exists; add --force to overwrite it`,
		readOnly: file =>
			`${file} is read-only, so it is not replaced, even with --force; make it writable (chmod u+w) or choose another file`,
		hardLinks: (file, others) =>
			`${file} has ${others} other hard link${others === 1 ? '' : 's'}; ${others === 1 ? 'it keeps' : 'they keep'} the old content, and ${file} becomes a file of its own`,
	},
	validate: {
		tooSlow: (id, over) =>
			`level '${id}' is too slow to play: ${over}; use fewer steps, or steps that reread fewer names`,
		problems: (problems, files) =>
			`${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
		allValid: (levels, files) =>
			`✓ ${levels} level${levels === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: all valid`,
	},
	storage: {
		notAFolder: dir =>
			`the data folder ${dir} is not a folder (a file is in its place); progress is kept in memory only. Move that file away, or choose another folder with --data-dir or BACKPROP_QUEST_HOME`,
		notRead: (file, reason) =>
			`the save file ${file} is not read: ${reason}. It is left untouched and progress is kept in memory only; move it away to start a new save`,
		tooLarge: (megabytes, most) => `it is ${megabytes} MB, far larger than any save (at most ${most} MB is read)`,
		couldNotRead: (file, reason) =>
			`could not read ${file} (${reason}); it is left untouched and progress is kept in memory only. To keep playing on it, make it readable and writable (chmod u+rw) and start again`,
		keptAs: copy => `; the file as it was is kept as ${copy}`,
		droppedField: (file, line, kept) =>
			`dropped a field of the wrong type from ${file} (${line}); every level record is kept${kept}`,
		droppedRecord: (file, line, kept) => `dropped a bad record from ${file} (${line})${kept}`,
		newer: (file, reason) =>
			`the save file ${file} is from a newer backprop-quest (${reason}); it is left untouched and progress is kept in memory only. Update the game to keep playing on it`,
		setAside: (file, reason, backup) =>
			`the save file ${file} was unreadable: ${reason}. It was kept as ${backup}; starting fresh`,
		stuck: (file, reason) =>
			`the save file ${file} was unreadable (${reason}) and could not be moved aside; it is left untouched and progress is kept in memory only. Move it away to start a new save`,
		couldNotSave: (file, reason) =>
			`could not save progress to ${file} (${reason}); it is kept in memory until you quit`,
		notWrittenOverLarge: reason =>
			`the save there is not read (${reason}), so it is not written over; move it away to start a new save`,
		notWrittenOverUnreadable: reason =>
			`the save there can't be read (${reason}), so it is not written over; make it readable and writable (chmod u+rw)`,
		notWrittenOverCorrupt: reason => `the save there can't be read (${reason}), so it is not written over`,
		savedAgain: file =>
			`another backprop-quest took the save lock while this one was saving; ${file} was saved again with both games' progress`,
	},
	reset: {
		nothingThere: file => `nothing to reset: there is no ${file}`,
		needsYes: 'reset asks before wiping progress; without a terminal, add --yes',
		question: file => `Reset all progress in ${file}? A backup is kept. [y/N] `,
		isYes: yes,
		unchanged: 'nothing changed',
		noBackup: file => `could not back up ${file}; nothing changed`,
		failed: (file, reason) => `could not reset ${file} (${reason}); nothing changed`,
		done: backup => `progress reset; the old save is kept as ${backup}`,
	},
};

const ko: CliMessages = {
	help: (version, dataDir) => `backprop-quest ${version} — 역전파를 손으로 직접 계산하며 배우는 게임

사용법
  backprop-quest [옵션]                  게임 시작 (터미널이 있어야 합니다)
  backprop-quest list [--json]           레벨을 플레이 순서대로 보기
  backprop-quest validate 경로           레벨 파일이나 폴더 검사. 문제가 하나라도 있으면 종료 코드 1
  backprop-quest export [--format json|csv] [--concepts] [--out 파일] [--force]
                                         레벨마다 한 줄씩 점수 내보내기 (기본은 표준 출력)
  backprop-quest reset [--yes]           진행 상황 지우기 (먼저 묻고, 백업을 남깁니다)
  backprop-quest practice [--concept 이름] [--seed S]
                                         복습할 때가 된 개념을 생성된 레벨로 연습하기
  backprop-quest practice --list         개념마다 최근 정답률, 기억할 확률, 다음 복습 보기
  backprop-quest generate --concept 이름[,이름…] --seed S --out 폴더 [--count N] [--force]
                                         연습 레벨 팩 만들기 (시드가 같으면 같은 파일)
  backprop-quest generate --concept 이름[,이름…] --roster 파일 --out 폴더 [--count N]
                                         학생마다 팩과 학습지, 그리고 정답표 answers.csv
  backprop-quest class 파일… [--format csv|md]
                                         학생들이 JSON으로 내보낸 파일로 반 보고서 만들기

옵션
  --lang en|ko                           언어 (기본: LANG / LC_ALL에서 정함)
  --levels 폴더                          내장 레벨 대신 직접 만든 레벨 팩으로 플레이하거나 목록 보기
  --level ID|N                           레벨 하나를 바로 열기 (ID 또는 list의 번호)
  --data-dir 폴더                        진행 상황을 이 폴더에 저장 (BACKPROP_QUEST_HOME으로도 지정)
  --name 이름                            플레이어 이름. 저장되고 내보낸 점수에 나옵니다
  --reduced-motion                       실험실이 애니메이션 없이 키를 누를 때마다 진행
  --screen-reader                        화면 낭독기용 한 줄씩 읽는 글 (INK_SCREEN_READER=true도 같음)
  --no-color                             색 끄기 (NO_COLOR도 같은 효과)
  -h, --help                             이 도움말 보기
  -v, --version                          버전 보기

진행 상황 저장 위치: ${dataDir}
`,
	noTerminal:
		'게임을 하려면 입력과 출력에 대화형 터미널이 필요합니다. 터미널 없이도 list, export, validate, --help는 쓸 수 있습니다',
	noLevels: dir => `플레이할 수 있는 레벨이 없습니다: ${dir}`,
	noSuchLevel: id => `'${id}' 레벨이 없습니다 (레벨 목록: backprop-quest list)`,
	validateNeedsPath: 'validate에는 검사할 레벨 파일이나 폴더가 필요합니다',
	unknownFormat: format => `--format에는 json이나 csv만 쓸 수 있습니다. 받은 값: '${format}'`,
	usage: problem => {
		switch (problem.kind) {
			case 'unknown-command':
				return `알 수 없는 명령입니다: '${problem.command}' (--help로 확인하세요)`;
			case 'unknown-option':
				return `알 수 없는 옵션입니다: '${problem.option}' (--help로 확인하세요)`;
			case 'needs-value':
				return `${problem.option} 뒤에 값을 써야 합니다 (--help로 확인하세요)`;
			case 'takes-no-value':
				return `${problem.option}에는 값을 붙이지 않습니다 (--help로 확인하세요)`;
			case 'extra-arguments': {
				const extra = problem.extra.map(a => `'${a}'`).join(' ');
				return problem.takes === 0
					? `${problem.command} 명령은 인수를 받지 않습니다. 받은 인수: ${extra} (--help로 확인하세요)`
					: `${problem.command} 명령은 레벨 파일이나 폴더 하나만 받습니다. 더 받은 인수: ${extra} (--help로 확인하세요)`;
			}
			case 'unknown-language':
				return `--lang에는 ${problem.known.join('이나 ')}만 쓸 수 있습니다. 받은 값: '${problem.given}'`;
		}
	},
	warning: '경고',
	note: '참고',
	outputFailed: reason => `출력을 쓰지 못했습니다 (${reason})`,
	errno: {
		unknown: '오류',
		ENOSPC: '디스크가 가득 찼습니다',
		EDQUOT: '디스크 할당량을 다 썼습니다',
		EFBIG: '파일 크기 한도에 걸렸습니다',
		EACCES: '권한이 없습니다',
		EPERM: '허용되지 않는 작업입니다',
		EROFS: '읽기 전용 파일 시스템입니다',
		ENOTDIR: '폴더 자리에 파일이 있습니다',
		EEXIST: '폴더 자리에 파일이 있습니다',
		EISDIR: '폴더입니다',
		ELOCKED: '다른 backprop-quest가 저장 파일을 잠가 두었습니다',
		ELOCKLOST: '다른 backprop-quest가 저장 파일의 잠금을 계속 가져갔습니다',
		EIO: '디스크가 오류를 알렸습니다',
	},
	dumbTerminal:
		'이 게임은 커서를 옮겨 가며 화면을 그리는데, TERM=dumb인 터미널은 그럴 수 없습니다. TERM을 쓰고 있는 터미널의 종류(예: xterm-256color)로 바꾸세요. 그대로라면 list, export, validate, --help만 쓸 수 있습니다',
	nothingToPractise:
		'아직 연습할 개념이 없습니다. 장을 하나씩 끝낼 때마다 그 장의 개념이 연습에 열립니다. 지금 바로 하려면 --concept 이름으로 고르세요',
	export: {
		noLevels: dir => `점수를 내보낼 레벨이 없습니다: ${dir}`,
		couldNotWrite: (file, reason) => `${josa(file, '을/를')} 쓰지 못해 아무것도 쓰지 않았습니다 (${reason})`,
		written: file => `점수를 ${file}에 썼습니다`,
	},
	out: {
		cantLook: (file, code) => `${josa(file, '을/를')} 확인할 수 없습니다 (${code})`,
		danglingLink: file =>
			`${josa(file, '은/는')} 아무것도 가리키지 않는 심볼릭 링크입니다. 지우거나 다른 파일을 고르세요`,
		notRegular: (file, kind) =>
			`${josa(file, '은/는')} 일반 파일이 아니라 ${kind}입니다. 덮어쓰는 것은 일반 파일뿐입니다`,
		foreignLink: (file, target) =>
			`${josa(file, '은/는')} 다른 사용자의 파일 ${josa(target, '을/를')} 가리키는 심볼릭 링크라서 그 파일에 쓰지 않습니다`,
		exists: file => `${josa(file, '이/가')} 이미 있습니다. 덮어쓰려면 --force를 붙이세요`,
		readOnly: file =>
			`${josa(file, '은/는')} 읽기 전용이라 --force를 붙여도 바꾸지 않습니다. 쓰기 권한을 주거나(chmod u+w) 다른 파일을 고르세요`,
		hardLinks: (file, others) =>
			`${josa(file, '은/는')} 하드 링크가 ${others}개 더 있습니다. 그 링크들은 예전 내용을 그대로 갖고, ${josa(file, '은/는')} 따로 떨어진 새 파일이 됩니다`,
	},
	validate: {
		tooSlow: (id, over) =>
			`'${id}' 레벨은 너무 느려서 플레이할 수 없습니다: ${over}. 단계 수를 줄이거나, 앞의 이름을 덜 참조하는 단계로 바꾸세요`,
		problems: (problems, files) => `파일 ${files}개에서 문제 ${problems}개`,
		allValid: (levels, files) => `✓ 파일 ${files}개, 레벨 ${levels}개: 모두 올바릅니다`,
	},
	storage: {
		notAFolder: dir =>
			`데이터 폴더 ${dir} 자리에 폴더가 아닌 파일이 있어서 진행 상황을 메모리에만 둡니다. 그 파일을 옮기거나 --data-dir 또는 BACKPROP_QUEST_HOME으로 다른 폴더를 고르세요`,
		notRead: (file, reason) =>
			`저장 파일 ${josa(file, '을/를')} 읽지 않았습니다: ${reason}. 파일은 그대로 두고 진행 상황은 메모리에만 둡니다. 새로 저장하려면 파일을 다른 곳으로 옮기세요`,
		tooLarge: (megabytes, most) => `크기가 ${megabytes}MB로 저장 파일이라기엔 너무 큽니다(${most}MB까지만 읽습니다)`,
		couldNotRead: (file, reason) =>
			`${josa(file, '을/를')} 읽지 못했습니다 (${reason}). 파일은 그대로 두고 진행 상황은 메모리에만 둡니다. 이 파일로 계속하려면 읽고 쓸 수 있게 한 뒤(chmod u+rw) 다시 시작하세요`,
		keptAs: copy => `. 원래 파일은 ${copy}에 남겨 두었습니다`,
		droppedField: (file, line, kept) =>
			`${file}에서 형식이 틀린 필드 하나를 버렸습니다 (${line}). 레벨 기록은 모두 남아 있습니다${kept}`,
		droppedRecord: (file, line, kept) => `${file}에서 잘못된 기록 하나를 버렸습니다 (${line})${kept}`,
		newer: (file, reason) =>
			`저장 파일 ${josa(file, '은/는')} 더 새 backprop-quest가 쓴 것입니다 (${reason}). 파일은 그대로 두고 진행 상황은 메모리에만 둡니다. 이 파일로 계속하려면 게임을 업데이트하세요`,
		setAside: (file, reason, backup) =>
			`저장 파일 ${josa(file, '을/를')} 읽을 수 없었습니다: ${reason}. 원래 파일은 ${backup}에 남겨 두고 처음부터 시작합니다`,
		stuck: (file, reason) =>
			`저장 파일 ${josa(file, '을/를')} 읽을 수 없었고 (${reason}) 옆으로 옮기지도 못했습니다. 파일은 그대로 두고 진행 상황은 메모리에만 둡니다. 새로 저장하려면 파일을 다른 곳으로 옮기세요`,
		couldNotSave: (file, reason) =>
			`진행 상황을 ${file}에 저장하지 못했습니다 (${reason}). 게임을 끝낼 때까지는 메모리에 남아 있습니다`,
		notWrittenOverLarge: reason =>
			`이미 있는 저장 파일을 읽지 않았으므로(${reason}) 그 위에 덮어쓰지 않습니다. 새로 저장하려면 그 파일을 다른 곳으로 옮기세요`,
		notWrittenOverUnreadable: reason =>
			`이미 있는 저장 파일을 읽을 수 없으므로(${reason}) 그 위에 덮어쓰지 않습니다. 읽고 쓸 수 있게 권한을 주세요(chmod u+rw)`,
		notWrittenOverCorrupt: reason => `이미 있는 저장 파일을 읽을 수 없으므로(${reason}) 그 위에 덮어쓰지 않습니다`,
		savedAgain: file =>
			`저장하는 동안 다른 backprop-quest가 잠금을 가져가서, 두 게임의 진행 상황을 합쳐 ${file}에 다시 저장했습니다`,
	},
	reset: {
		nothingThere: file => `지울 진행 상황이 없습니다: ${file} 파일이 없습니다`,
		needsYes: 'reset은 진행 상황을 지우기 전에 묻습니다. 터미널 없이 실행할 때는 --yes를 붙이세요',
		question: file => `진행 상황을 모두 지울까요? 백업은 남겨 둡니다. (${file}) [y/N] `,
		isYes: yes,
		unchanged: '아무것도 바꾸지 않았습니다',
		noBackup: file => `백업을 만들지 못해 아무것도 바꾸지 않았습니다: ${file}`,
		failed: (file, reason) => `초기화하지 못해 아무것도 바꾸지 않았습니다 (${reason}): ${file}`,
		done: backup => `진행 상황을 지웠습니다. 이전 저장 파일은 ${backup}에 남아 있습니다`,
	},
};

export const cliMessages: Readonly<Record<Language, CliMessages>> = {en, ko};
