import { join } from 'node:path';
import type { ChangeFacts } from '../lib/web/last-changed.ts';
import { readCommitDates, spanOf } from './commit-dates.ts';
import { CONTENT_FILES, contentRoot, listFiles } from './read-content.ts';
import { readJsonFile } from './read-file.ts';

type Fields = Record<string, unknown>;

/** The content files of a folder, read as the content check reads them; a file it cannot read is left out. */
function folderData(root: string, folder: 'plans' | 'progress' | 'adjustments'): Fields[] {
  return listFiles(join(root, folder), CONTENT_FILES[folder]).matching.flatMap((path) => {
    const read = readJsonFile(path);
    const ok = read.parseError === undefined && read.data !== null && typeof read.data === 'object' && !Array.isArray(read.data);
    return ok ? [read.data as Fields] : [];
  });
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The plans' dates and the reports' publication dates of a content root, with when its files were
 * committed (src/node/commit-dates.ts): for every page's dates (src/lib/web/last-changed.ts), and the
 * sitemap, which astro.config.mjs builds outside the content collections. Read with the content check's reader.
 * Never throws: a file that cannot be read, or lacks a field, is left out here, and the content
 * check, which runs at build start, refuses it with a message in Chinese and English.
 */
export function readChangeFacts(root: string = contentRoot()): ChangeFacts {
  const commits = readCommitDates(root);
  const site = spanOf(commits, () => true);
  return {
    plans: folderData(root, 'plans').flatMap((p) => {
      const start = (p.period as Fields | null | undefined)?.start;
      if (!(isText(p.id) && (p.date === null || isText(p.date)) && isText(start))) return [];
      const id = p.id;
      const sourceFile = (p.source as Fields | null | undefined)?.file;
      // A plan's pages are built from its plan file, its projects (projects/<plan id>/) and its official text.
      const committed = spanOf(commits, (path) => path === `plans/${id}.json` || path.startsWith(`projects/${id}/`) || path === sourceFile);
      return [{ id, date: p.date, period: { start }, ...(isText(p.publishedAt) ? { publishedAt: p.publishedAt } : {}), ...(isText(p.archived) ? { archived: p.archived } : {}), ...(committed ? { committed } : {}) }];
    }),
    reports: folderData(root, 'progress').flatMap((r) =>
      isText(r.plan) && isText(r.asOf) && isText(r.published) && Array.isArray(r.entries)
        ? [{ plan: r.plan, asOf: r.asOf, published: r.published, ...(isText(r.publishedAt) ? { publishedAt: r.publishedAt } : {}), targets: r.entries.flatMap((e: Fields | null) => (e && isText(e.target) ? [e.target] : [])) }]
        : [],
    ),
    adjustments: folderData(root, 'adjustments').flatMap((a) => (isText(a.plan) && isText(a.target) && isText(a.published) ? [{ plan: a.plan, target: a.target, published: a.published }] : [])),
    ...(site ? { siteCommitted: site.last } : {}),
  };
}
