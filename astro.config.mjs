import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Hosting settings come from the environment so one build recipe serves every host:
// BASE_PATH for a sub-path (e.g. /minsheng/), SITE_URL for absolute links.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Without SITE_URL, pages carry no absolute URLs (no canonical link; permalinks shown as paths).
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.OUT_DIR ?? './dist',
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns that it
        // may drop it, once per project page. Astro handles it; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
