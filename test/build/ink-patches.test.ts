import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import {build} from 'esbuild';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import {inkPatches, narrowText} from '../../scripts/ink-patches.mjs';

// Colours, bold and dim on neighbouring cells, wide and ambiguous characters, blank
// cells between them, and a line redrawn with other text: what the patched
// functions see in the game. Each frame goes out as JSON.
const app = `
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
const frame = n => (
	<Box flexDirection="column" width={40}>
		<Text bold color="cyan">header ─ {n}</Text>
		<Text><Text color="green">✓ right</Text> <Text dimColor>·</Text> <Text color="red" bold>✗ 틀림</Text></Text>
		<Box><Text>░░ x o</Text><Box marginLeft={3}><Text inverse>η 0.1</Text></Box></Box>
		<Text>{'╭─╮'.repeat(n)}</Text>
	</Box>
);
const view = render(frame(1));
view.rerender(frame(2));
view.rerender(frame(2));
console.log(JSON.stringify(view.frames));
`;

async function framesOf(dir: string, name: string, plugins: unknown[]): Promise<string> {
	writeFileSync(join(dir, 'app.jsx'), app);
	const out = join(dir, `${name}.mjs`);
	await build({
		entryPoints: [join(dir, 'app.jsx')],
		outfile: out,
		bundle: true,
		platform: 'node',
		format: 'esm',
		jsx: 'automatic',
		nodePaths: [join(process.cwd(), 'node_modules')],
		alias: {'react-devtools-core': './bench/devtools-stub.js', ws: './bench/devtools-stub.js'},
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
		// biome-ignore lint/suspicious/noExplicitAny: esbuild's plugin type, from an untyped module
		plugins: plugins as any[],
		logLevel: 'error',
	});
	return execFileSync(process.execPath, [out], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '3'}});
}

describe('the Ink patches applied while bundling', () => {
	it('draw the same frames, colour codes and all, as Ink without them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-ink-patches-'));
		const plain = await framesOf(dir, 'plain', []);
		const patched = await framesOf(dir, 'patched', [inkPatches]);
		const frames: string[] = JSON.parse(plain);
		expect(frames.join('')).toContain('\u001B[32m✓ right');
		expect(JSON.parse(patched)).toEqual(frames);
	}, 60_000);

	it('treat as one column, one grapheme each only characters Ink itself measures and splits so', () => {
		const narrow = new RegExp(String(narrowText).slice(1, -1));
		const pool: string[] = [];
		for (let c = 0; c < 0x3000; c++) if (narrow.test(String.fromCharCode(c))) pool.push(String.fromCharCode(c));
		expect(pool).toContain('░');
		expect(pool).not.toContain('\u00AD');
		expect(pool).not.toContain('\u001B');
		for (const c of pool) expect(stringWidth(c), c).toBe(1);
		// Random lines of them: as wide as they are long, and split into the same unstyled cells.
		let seed = 1;
		const next = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		for (let i = 0; i < 2000; i++) {
			const line = Array.from({length: 1 + Math.floor(next() * 16)}, () => pool[Math.floor(next() * pool.length)]).join(
				'',
			);
			expect(stringWidth(line), line).toBe(line.length);
			expect(styledCharsFromTokens(tokenize(line))).toEqual(
				Array.from(line, value => ({type: 'char', value, fullWidth: false, styles: []})),
			);
		}
	});
});
