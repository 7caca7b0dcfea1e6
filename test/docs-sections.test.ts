// README.ko is README.md in Korean, section for section: the same ## and ###
// headings in the same order, each mapped to its Korean title here.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

/** Every English heading and the Korean one that stands in its place. */
const sections: readonly (readonly [string, string])[] = [
	['## Quick start', '## 빠른 시작'],
	['## What you learn', '## 무엇을 배우나'],
	['### Words the game uses', '### 용어'],
	['## Playing', '## 플레이'],
	['### Keys', '### 키'],
	['### The labs', '### 실험실'],
	['### Scoring', '### 점수'],
	['### Playing with a screen reader', '### 화면 낭독기로 플레이하기'],
	['## Commands', '## 명령'],
	['## Progress and exports', '## 진행 상황과 내보내기'],
	['## Practice and review', '## 연습과 복습'],
	['## Generated practice packs', '## 연습 팩 생성'],
	["## A teacher's kit", '## 교사용 도구'],
	['## Writing a level pack', '## 레벨 팩 만들기'],
	['## The engine', '## 엔진'],
	['### Tensors', '### 텐서'],
	['## Benchmarks', '## 벤치마크'],
	['## Development', '## 개발'],
	['## License', '## 라이선스'],
];

/** A README's ## and ### headings in order, outside code blocks. */
function headings(file: string): string[] {
	let inCode = false;
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter(line => {
			if (line.startsWith('```')) inCode = !inCode;
			return !inCode && /^###? /.test(line);
		})
		.map(line => line.trimEnd());
}

describe('README.ko has README.md’s sections', () => {
	it('README.md has exactly the sections of the table, in its order', () => {
		expect(headings('README.md')).toEqual(sections.map(([en]) => en));
	});

	it('README.ko.md has the Korean of each, in the same order', () => {
		expect(headings('README.ko.md')).toEqual(sections.map(([, ko]) => ko));
	});
});
