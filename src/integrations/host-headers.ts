import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frameAncestorsOf, frameAncestorsProblem, headersFile } from '../lib/web/host-headers.ts';

/**
 * Writes `_headers` (the security headers Netlify and Cloudflare Pages read, src/lib/web/host-headers.ts)
 * after every build, for the site's base path and `frameAncestors`: FRAME_ANCESTORS, the origins
 * (space-separated) that may frame its pages, such as the portal it sits under as a 专题. A value
 * that is not an https origin stops the build with a message in Chinese and English.
 */
export function hostHeaders(frameAncestors: string | undefined): AstroIntegration {
  const { origins, bad } = frameAncestorsOf(frameAncestors);
  let base = '/';
  return {
    name: 'minsheng:host-headers',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (bad.length === 0) return;
        if (command === 'build') {
          // The message is the whole story: a stack trace would only bury it.
          const error = new Error(frameAncestorsProblem(bad));
          error.stack = '';
          throw error;
        }
        logger.error(frameAncestorsProblem(bad));
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base, origins));
        if (origins.length > 0) logger.info(`_headers: pages may be framed by ${origins.join(' ')}`);
      },
    },
  };
}
