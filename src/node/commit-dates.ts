import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import type { Committed } from '../lib/web/last-changed.ts';

/**
 * When each file of a content root reached the branch it is built from, first and last, from one
 * `git log` over it: the publishing office publishes by committing (docs/PUBLISHING.md), so a file's
 * first commit there is when it was published and its last when it last changed. The branch's own
 * history only (--first-parent: a merged pull request counts from its merge, not from when it was
 * written on a branch), by committer date, in Beijing time (YYYY-MM-DD HH:MM). Empty outside a git
 * work tree (demo and test roots) and in a shallow clone, whose one commit would date every file
 * alike: then pages show only the dates content states.
 */

/** A commit's ISO date with offset as a Beijing-time moment: '2026-11-29T12:50:27+00:00' → '2026-11-29 20:50'. */
export function beijingMoment(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function git(root: string, args: string[]): string | undefined {
  const result = spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** Each committed file's first and last commit, by its path relative to `root` ('plans/2024.json'). */
export function readCommitDates(root: string): Map<string, Committed> {
  const dates = new Map<string, Committed>();
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top || git(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return dates;
  const log = git(root, ['log', '--first-parent', '--diff-merges=first-parent', '--format=%x01%cI', '--name-only', '--no-renames', '--', '.']);
  if (!log) return dates;
  // The earliest and latest moment per file, whatever order the log gives (dates of a rewritten history need not rise).
  for (const block of log.split('\x01').slice(1)) {
    const [date, ...files] = block.split('\n').filter(Boolean);
    if (!date) continue;
    const moment = beijingMoment(date);
    for (const file of files) {
      const path = relative(root, join(top, file)).split('\\').join('/');
      const seen = dates.get(path);
      dates.set(path, seen ? { first: seen.first < moment ? seen.first : moment, last: seen.last > moment ? seen.last : moment } : { first: moment, last: moment });
    }
  }
  return dates;
}

/** The span of a set of files' commits: the earliest first, the latest last; undefined when none was committed. */
export function spanOf(dates: Map<string, Committed>, paths: (path: string) => boolean): Committed | undefined {
  const matching = [...dates].filter(([path]) => paths(path)).map(([, d]) => d);
  if (matching.length === 0) return undefined;
  return { first: matching.map((d) => d.first).sort()[0]!, last: matching.map((d) => d.last).sort().at(-1)! };
}
