import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/content-rules/index.ts';
import { attachmentsFolderPath, SECTIONS, withBase } from '../lib/web/urls.ts';
import { checkContentRoot } from '../node/check-content.ts';
import { contentRoot } from '../node/read-content.ts';
import { todayIso } from '../node/today.ts';

/**
 * Runs the same rules as `npm run check` before Astro loads any content, so a build never
 * publishes content that check would reject, and admins see every problem at once (Astro's own
 * schema errors stop at the first bad entry and do not check references between files). After the
 * build it publishes the reports' attachments (content/sources/*.pdf|docx|xlsx, each checked against
 * its report's SHA-256) at the same path under the site, /sources/<name>, so their links work on any
 * static host without JavaScript; `npm run dev` serves them at the same path from content/sources/.
 */
export function contentCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'minsheng:content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(attachmentServer(join(contentRoot(), 'sources'), base));
      },
      'astro:config:setup': ({ command, logger }) => {
        const { problems, warning } = checkContentRoot(contentRoot(), todayIso());
        if (warning) logger.warn(`${warning.zh} — ${warning.en}`);
        if (problems.length === 0) return;
        const report = `${formatProblems(problems)}\n\n内容检查未通过：${problems.length} 个问题 — content check failed: ${problems.length} problem(s)`;
        if (command === 'build') {
          // The report is the whole message: a stack trace would only bury it for the admin.
          const error = new Error(report);
          error.stack = '';
          throw error;
        }
        logger.error(report);
      },
      'astro:build:done': ({ dir, logger }) => {
        const from = join(contentRoot(), 'sources');
        if (!existsSync(from)) return;
        const files = readdirSync(from).filter((name) => /\.(pdf|docx|xlsx)$/.test(name));
        if (files.length === 0) return;
        const to = join(fileURLToPath(dir), SECTIONS.sources);
        mkdirSync(to, { recursive: true });
        for (const name of files) cpSync(join(from, name), join(to, name));
        logger.info(`attachments: ${files.length} file(s) published under sources/`);
      },
    },
  };
}

const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Connect middleware for the dev server: answers <base>sources/<name>.pdf|docx|xlsx with the file in
 * `dir`, as the build publishes it; anything else goes on to Astro.
 */
export function attachmentServer(dir: string, base: string): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  const prefix = withBase(base, attachmentsFolderPath());
  return (request, response, next) => {
    let path = '';
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
    } catch {
      return next();
    }
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    const type = ATTACHMENT_TYPES[name.split('.').pop() ?? ''];
    // Only a file listed in dir by that exact name: no folders, no way out of it.
    const listed = type !== undefined && existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((e) => e.isFile() && e.name === name);
    if (!listed) return next();
    response.writeHead(200, { 'Content-Type': type });
    response.end(readFileSync(join(dir, name)));
  };
}
