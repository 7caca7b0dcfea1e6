import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		env: {FORCE_COLOR: '0'},
		// Two cores on the CI machines: one worker per core is plenty.
		maxWorkers: 2,
		testTimeout: 20_000,
	},
});
