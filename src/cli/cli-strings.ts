import type {Language} from '../levels/language.js';

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
  backprop-quest practice --list         each concept's accuracy, recall and next review
  backprop-quest generate --concept NAME[,NAME…] --seed S --out DIR [--count N] [--force]
                                         write a pack of practice levels (same seed, same file)
  backprop-quest generate --concept NAME[,NAME…] --roster FILE --out DIR [--count N]
                                         one pack and worksheet per student, and answers.csv
  backprop-quest class FILE… [--format csv|md]
                                         a class report from the students' JSON exports

Options
  --lang en|ko                           language (default: from LANG / LC_ALL)
  --levels DIR                           play or list a custom level pack instead of the built-in one
  --level ID                             open one level directly
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
  backprop-quest practice --list         개념마다 정확도, 기억할 확률, 다음 복습 보기
  backprop-quest generate --concept 이름[,이름…] --seed S --out 폴더 [--count N] [--force]
                                         연습 레벨 묶음 만들기 (시드가 같으면 같은 파일)
  backprop-quest generate --concept 이름[,이름…] --roster 파일 --out 폴더 [--count N]
                                         학생마다 묶음과 학습지, 그리고 정답표 answers.csv
  backprop-quest class 파일… [--format csv|md]
                                         학생들이 JSON으로 내보낸 파일로 반 보고서 만들기

옵션
  --lang en|ko                           언어 (기본: LANG / LC_ALL에서 정함)
  --levels 폴더                          내장 레벨 대신 직접 만든 레벨 묶음으로 플레이하거나 목록 보기
  --level ID                             레벨 하나를 바로 열기
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
