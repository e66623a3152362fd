import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Writes the Pagefind search index into the built site (dist/pagefind/) after every build, so
 * `npm run build` always ships a search index that matches its pages. Pages mark what is indexed
 * with data-pagefind-body; <html lang="zh-CN"> makes Pagefind's extended binary segment Chinese.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'minsheng:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('\n')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('\n')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('\n')}`);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
