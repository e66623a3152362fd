import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build tests run astro build, which takes a few seconds each.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Component tests render .astro files, so they run with Astro's Vite plugins (vitest.components.config.ts).
    projects: [{ extends: true, test: { name: 'node', exclude: [...configDefaults.exclude, 'test/unit/components.test.ts'] } }, './vitest.components.config.ts'],
  },
});
