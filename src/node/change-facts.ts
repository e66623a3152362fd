import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeFacts } from '../lib/web/last-changed.ts';
import { contentRoot } from './read-content.ts';

/**
 * The plans' dates and the reports' publication dates of a content root, read straight from its
 * JSON files (for the sitemap, which astro.config.mjs builds outside the content collections). The
 * content check has already refused malformed files by the time the sitemap is written.
 */
export function readChangeFacts(root: string = contentRoot()): ChangeFacts {
  const json = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(root, dir, f), 'utf8'))) : []);
  return {
    plans: json('plans').map((p: { id: string; date: string | null; period: { start: string } }) => ({ id: p.id, date: p.date, period: p.period })),
    reports: json('progress').map((r: { plan: string; asOf: string; published: string; entries: { target: string }[] }) => ({
      plan: r.plan,
      asOf: r.asOf,
      published: r.published,
      targets: r.entries.map((e) => e.target),
    })),
    adjustments: json('adjustments').map((a: { plan: string; target: string; published: string }) => ({ plan: a.plan, target: a.target, published: a.published })),
  };
}
