import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {validateLevels} from '../src/cli/commands/validate.js';

describe('the README', () => {
	const readme = readFileSync('README.md', 'utf8');

	it('shows the two commands of the quick start', () => {
		expect(readme).toContain('npm install && npm start');
		expect(readme).toContain('npm test');
	});

	it('has a level-pack example that validate accepts', () => {
		const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(example).toBeDefined();
		const dir = mkdtempSync(join(tmpdir(), 'bpq-readme-'));
		writeFileSync(join(dir, '01-example.json'), example ?? '');
		expect(validateLevels(dir)).toMatchObject({code: 0, stderr: ''});
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
