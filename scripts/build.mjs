// Builds what the package ships: the CLI as one ESM file with every dependency
// inside (so `npx backprop-quest` installs nothing else), and the engine as a
// small library entry with type declarations.
import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';

rmSync('dist', {recursive: true, force: true});
mkdirSync('dist/.stub', {recursive: true});
// Ink imports react-devtools-core behind a dev-only branch that bundlers can't drop; a stub stands in for it.
writeFileSync('dist/.stub/devtools.js', 'export default {initialize() {}, connectToDevTools() {}};\n');

await build({
	entryPoints: ['src/cli/index.ts'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	// ws is only reached from Ink's devtools hook; leaving it out saves parsing it at every start.
	alias: {'react-devtools-core': './dist/.stub/devtools.js', ws: './dist/.stub/devtools.js'},
	define: {'process.env.NODE_ENV': '"production"'},
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
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.engine.json'], {stdio: 'inherit'});
