import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {helpText} from '../src/cli/help.js';
import {functionNames, operators, type Syntax} from '../src/levels/operators.js';
import {validateInTest} from './support/validate.js';

const readmes = {'README.md': readFileSync('README.md', 'utf8'), 'README.ko.md': readFileSync('README.ko.md', 'utf8')};
const help = helpText('0.0.0', '/data');

/**
 * The subcommands and options of this CLI that a text mentions: `backprop-quest list`,
 * `--lang`, `-h`. In markdown only code counts (fenced lines and `spans`) that starts
 * with an option or names the CLI, so "`;`-separated" and `tsc --noEmit` are not options.
 */
function commandsIn(text: string, markdown = true): string[] {
	const code = markdown
		? [...text.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)]
				.flatMap(m => m[0].replaceAll('`', '').split('\n'))
				.filter(line => /^\s*-|backprop-quest/.test(line))
				.join('\n')
		: text;
	const subcommands = [...code.matchAll(/backprop-quest ([a-z]+)/g)].map(m => m[1] ?? '');
	const options = [...code.matchAll(/(?<![\w-])(--?[a-z][a-z-]*[a-z])/g)].map(m => m[1] ?? '');
	return [...new Set([...subcommands, ...options])].sort();
}

/** The keys a README's key table lists, from the second column of each row. */
function keysIn(text: string): string[] {
	const table =
		/\n(\| [^\n]*\|\n\|---\|---\|---\|\n(?:\|[^\n]*\|\n)+)/.exec(text.slice(text.indexOf('`Ctrl-C`') - 400))?.[1] ?? '';
	return table
		.split('\n')
		.slice(2)
		.flatMap(row => [...(row.split('|')[2] ?? '').matchAll(/`([^`]+)`/g)].map(m => m[1] ?? ''))
		.sort();
}

for (const [name, readme] of Object.entries(readmes)) {
	describe(name, () => {
		it('shows the two commands of the quick start', () => {
			expect(readme).toContain('npm install && npm start');
			expect(readme).toContain('npm test');
		});

		it('has a level-pack example that validate accepts', () => {
			const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
			expect(example).toBeDefined();
			const dir = mkdtempSync(join(tmpdir(), 'bpq-readme-'));
			writeFileSync(join(dir, '01-example.json'), example ?? '');
			expect(validateInTest(dir)).toMatchObject({code: 0, stderr: ''});
		});

		it('names every command and option of --help, and none that --help lacks', () => {
			const shown = commandsIn(readme);
			const inHelp = commandsIn(help, false);
			expect(inHelp.filter(c => !shown.includes(c))).toEqual([]);
			expect(shown.filter(c => c.startsWith('-') && !inHelp.includes(c))).toEqual([]);
		});

		it("lists the formula language's operations exactly as the operator table has them", () => {
			// The README's sentence on levels of numbers; the matrix-only operations have their own paragraph.
			const scalarOperators = Object.values(operators).filter(op => op.scalar !== undefined);
			const syntaxes: Syntax[] = scalarOperators.map(op => op.syntax);
			const from = readme.indexOf('`+ - * / ^`');
			expect(from).toBeGreaterThan(0);
			const spans = [...readme.slice(from, from + 400).matchAll(/`([^`]+)`/g)].map(m => m[1] ?? '').slice(0, 4);
			const infix = syntaxes.flatMap(s => (s.kind === 'infix' ? [s.symbol] : []));
			expect(spans[0]?.split(' ')).toEqual(infix);
			const unary = scalarOperators.flatMap(op => {
				const syntax: Syntax = op.syntax;
				return syntax.kind === 'function' && op.arity === 1 ? [syntax.name] : [];
			});
			expect(spans[1]?.split(' ')).toEqual(unary);
			const binary = functionNames.filter(name => !unary.includes(name));
			expect(spans.filter(span => /^\w+\(a, b\)$/.test(span))).toEqual(binary.map(name => `${name}(a, b)`));
		});

		it("lists every function an answer may call in the key table's level row", () => {
			const row = readme.split('\n').find(line => /^\| (level|레벨) \|/.test(line)) ?? '';
			const listed = [...row.matchAll(/`(\w+)\(`/g)].map(m => m[1]);
			expect(listed.sort()).toEqual([...functionNames].sort());
		});

		it('links the other language', () => {
			expect(readme).toContain(name === 'README.md' ? '(README.ko.md)' : '(README.md)');
		});
	});
}

describe('the English and Korean READMEs', () => {
	it('mention the same commands and options', () => {
		expect(commandsIn(readmes['README.ko.md'])).toEqual(commandsIn(readmes['README.md']));
	});

	it('list the same keys', () => {
		const keys = keysIn(readmes['README.md']);
		expect(keys.length).toBeGreaterThan(20);
		expect(keysIn(readmes['README.ko.md'])).toEqual(keys);
	});

	it('show the same level-pack example apart from its Korean text', () => {
		const example = (text: string) => (/```json\n([\s\S]*?)```/.exec(text)?.[1] ?? '').replace(/"ko": "[^"]*"/g, '');
		expect(example(readmes['README.ko.md'])).toEqual(example(readmes['README.md']));
	});
});

describe('layers', () => {
	// cli → ui → game → levels → engine: each layer may import only the ones to its right.
	const order = ['engine', 'levels', 'game', 'ui', 'cli'];
	const files = (dir: string): string[] =>
		readdirSync(dir, {withFileTypes: true}).flatMap(e =>
			e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
		);

	for (const file of files('src')) {
		const layer = relative('src', file).split('/')[0] ?? '';
		it(`${file} imports only from its own layer or below`, () => {
			const source = readFileSync(file, 'utf8');
			const imports = [...source.matchAll(/from '([^']+)'/g)].map(m => m[1] ?? '');
			for (const target of imports) {
				if (target.startsWith('.')) {
					const targetLayer = relative('src', join(file, '..', target)).split('/')[0] ?? '';
					expect(order.indexOf(targetLayer), `${file} imports ${target}`).toBeLessThanOrEqual(order.indexOf(layer));
				} else if (order.indexOf(layer) < order.indexOf('ui')) {
					expect(['ink', 'react', 'ink-testing-library'], `${file} imports ${target}`).not.toContain(target);
				}
			}
		});
	}
});
