import { configDefaults, defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/setup/sequencer.ts';
import TimingReporter from './test/setup/timing-reporter.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two test files at a time: browser tests spend much of their time waiting on Chromium, and a
    // build in one worker overlaps with a browser test in the other (default on 2 cores: one).
    maxWorkers: 2,
    // Each site configuration is built once per run (test/setup/global.ts) and shared by the test
    // files that use it; the first file to ask for one waits for its build (a minute or so).
    globalSetup: ['test/setup/global.ts'],
    setupFiles: ['test/setup/worker.ts'],
    reporters: ['default', new TimingReporter()],
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 120_000,
    // A file's setup may build several sites (each configuration once; two files' builds run at once).
    hookTimeout: 600_000,
    // Component tests render .astro files, so they run with Astro's Vite plugins (vitest.components.config.ts).
    // The other files share their workers (isolate: false): no test file mocks modules or changes the
    // environment, and a fresh worker per file cost about 0.6 s of start-up (vitest's own figure).
    projects: [{ extends: true, test: { name: 'node', isolate: false, exclude: [...configDefaults.exclude, 'test/unit/components.test.ts'] } }, './vitest.components.config.ts'],
  },
});
