import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build tests run astro build, which takes a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
