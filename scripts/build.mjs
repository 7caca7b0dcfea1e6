// Builds what the package ships: the CLI as ESM with every dependency inside (so
// `npx backprop-quest` installs nothing else), and the engine as a small library
// entry with type declarations. The CLI is split: dist/cli.js holds what the first
// frame needs and dist/chunks/ what a command or screen loads with import() later.
import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {inkPatches} from './ink-patches.mjs';

rmSync('dist', {recursive: true, force: true});
mkdirSync('dist/.stub', {recursive: true});
// Ink imports react-devtools-core behind a dev-only branch that bundlers can't drop; a stub stands in for it.
writeFileSync('dist/.stub/devtools.js', 'export default {initialize() {}, connectToDevTools() {}};\n');

// The shipped levels are checked now, once; the game trusts these exact files at start-up
// instead of running the schema over them before its first frame (src/cli/built-in-levels.ts).
await build({
	entryPoints: ['scripts/checked-levels.ts'],
	outfile: 'dist/.stub/checked-levels.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
});
const checkedLevels = execFileSync(process.execPath, ['dist/.stub/checked-levels.js', 'levels'], {
	encoding: 'utf8',
}).trim();

const cli = await build({
	entryPoints: {cli: 'src/cli/index.ts'},
	outdir: 'dist',
	chunkNames: 'chunks/[name]-[hash]',
	splitting: true,
	metafile: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	// ws is only reached from Ink's devtools hook; leaving it out saves parsing it at every start.
	alias: {'react-devtools-core': './dist/.stub/devtools.js', ws: './dist/.stub/devtools.js'},
	// Ink draws the same bytes with less garbage a frame (see ink-patches.mjs).
	plugins: [inkPatches],
	define: {'process.env.NODE_ENV': '"production"', BACKPROP_QUEST_CHECKED_LEVELS: checkedLevels},
	// Some bundled CommonJS code calls require(); an ESM bundle has to provide it.
	banner: {
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

await build({
	entryPoints: ['src/engine/index.ts'],
	outfile: 'dist/engine/index.js',
	bundle: true,
	platform: 'neutral',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning',
});

rmSync('dist/.stub', {recursive: true, force: true});
// `npm run bench` reports these sizes; they stay out of dist/, which is what the package ships.
mkdirSync('.bench', {recursive: true});
writeFileSync('.bench/cli-sizes.json', `${JSON.stringify(cliSizes(cli.metafile), null, 2)}\n`);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.engine.json'], {stdio: 'inherit'});

/**
 * Bytes of JavaScript in the CLI: all of it, and what `play` loads before its first
 * frame (the entry, the play command, the game and its English texts, with every chunk
 * they import).
 */
function cliSizes(metafile) {
	const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
	const byFile = new Map(outputs);
	// The bench starts the game in English: its texts load before the first frame, the Korean ones never.
	const playEntries = new Set(['src/cli/commands/play.ts', 'src/cli/play.tsx', 'src/ui/strings-en.ts']);
	const loaded = new Set();
	const visit = file => {
		if (loaded.has(file) || !byFile.has(file)) return;
		loaded.add(file);
		for (const i of byFile.get(file).imports) {
			const target = byFile.get(i.path);
			if (i.kind === 'import-statement' || playEntries.has(target?.entryPoint)) visit(i.path);
		}
	};
	visit('dist/cli.js');
	const bytes = files => files.reduce((sum, file) => sum + byFile.get(file).bytes, 0);
	return {total: bytes([...byFile.keys()]), firstFrame: bytes([...loaded]), files: byFile.size};
}
