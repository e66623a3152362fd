import { join } from 'node:path';
import type { ChangeFacts } from '../lib/web/last-changed.ts';
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
 * The plans' dates and the reports' publication dates of a content root (for the sitemap, which
 * astro.config.mjs builds outside the content collections), read with the content check's reader.
 * Never throws: a file that cannot be read, or lacks a field, is left out here, and the content
 * check, which runs at build start, refuses it with a message in Chinese and English.
 */
export function readChangeFacts(root: string = contentRoot()): ChangeFacts {
  return {
    plans: folderData(root, 'plans').flatMap((p) => {
      const start = (p.period as Fields | null | undefined)?.start;
      return isText(p.id) && (p.date === null || isText(p.date)) && isText(start) ? [{ id: p.id, date: p.date, period: { start } }] : [];
    }),
    reports: folderData(root, 'progress').flatMap((r) =>
      isText(r.plan) && isText(r.asOf) && isText(r.published) && Array.isArray(r.entries)
        ? [{ plan: r.plan, asOf: r.asOf, published: r.published, targets: r.entries.flatMap((e: Fields | null) => (e && isText(e.target) ? [e.target] : [])) }]
        : [],
    ),
    adjustments: folderData(root, 'adjustments').flatMap((a) => (isText(a.plan) && isText(a.target) && isText(a.published) ? [{ plan: a.plan, target: a.target, published: a.published }] : [])),
  };
}
