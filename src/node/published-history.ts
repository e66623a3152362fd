import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Problem } from '../lib/content-rules/index.ts';

/**
 * History is append-only: a report is published once it is committed on the main branch, and from
 * then on it may never change or disappear. In a git checkout this compares every report the main
 * branch ever added with the version that first added it; any later commit or uncommitted change
 * that edits or deletes it is a problem. Outside a git checkout the rule is skipped, and says so.
 */

/** The outcome: problems, or why the rule was skipped. */
export interface HistoryCheck {
  problems: Problem[];
  /** Set when the rule could not run (no git, no checkout, no main branch). */
  skipped?: { zh: string; en: string };
  /** How many published reports were compared. */
  compared: number;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

const REPORT_HINT = {
  zh: '已发布的报告不能修改或删除。请恢复原文件（git checkout <分支> -- 文件），再新建一期报告（npm run new-snapshot），在要更正的指标条目里写 "corrects": "原报告截至日期" 和 "note": 更正原因。',
  en: 'published reports are never edited or deleted. Restore the file (git checkout <branch> -- file), then add a new report (npm run new-snapshot) whose entry for the target says "corrects": "<as-of date of the report>" and gives the reason in "note".',
};

const ADJUSTMENT_HINT = {
  zh: '已发布的目标调整不能修改或删除。请恢复原文件（git checkout <分支> -- 文件）；如再次调整或调整有误，新建一份以新生效日期命名的调整文件，在 reason 中说明。',
  en: 'published adjustments are never edited or deleted. Restore the file (git checkout <branch> -- file); for a further change, or to undo a mistaken one, add a new adjustment file named after its own effective date and explain it in reason.',
};

/** What a folder of append-only records holds, for the messages: reports (content/progress) or adjustments (content/adjustments). */
export type PublishedKind = 'report' | 'adjustment';

const WORDS: Record<PublishedKind, { zh: string; en: string; hint: { zh: string; en: string } }> = {
  report: { zh: '报告', en: 'report', hint: REPORT_HINT },
  adjustment: { zh: '目标调整', en: 'target adjustment', hint: ADJUSTMENT_HINT },
};

/**
 * Checks the reports under `progressDir` against the main branch's history.
 * @param progressDir the reports folder (e.g. content/progress)
 * @param branch the branch whose commits count as published (default: main)
 */
export function checkPublishedHistory(progressDir: string, branch = process.env.PUBLISHED_BRANCH ?? 'main'): HistoryCheck {
  return checkPublishedFolder(progressDir, 'report', branch);
}

/**
 * Checks the append-only records of one folder (reports, or target adjustments) against the main
 * branch's history: none that main published may change or disappear.
 */
export function checkPublishedFolder(folder: string, kind: PublishedKind, branch = process.env.PUBLISHED_BRANCH ?? 'main'): HistoryCheck {
  const words = WORDS[kind];
  let top: string;
  let cwd = folder;
  while (!existsSync(cwd) && dirname(cwd) !== cwd) cwd = dirname(cwd);
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { problems: [], compared: 0, skipped: { zh: '不在 git 仓库中，跳过“已发布报告不可修改”检查', en: 'not in a git checkout: skipped the rule that published reports never change' } };
  }
  const ref = [branch, `origin/${branch}`].find((candidate) => {
    try {
      git(top, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  });
  if (!ref) {
    return { problems: [], compared: 0, skipped: { zh: `没有 ${branch} 分支，跳过“已发布报告不可修改”检查`, en: `no ${branch} branch: skipped the rule that published reports never change` } };
  }
  const dir = relative(top, folder).split(sep).join('/');
  // Every report file the branch ever added, with the commit that first added it (oldest first).
  // --first-parent: what the branch itself published (merge commits), not work-in-progress commits
  // of a merged feature branch.
  const log = git(top, ['log', ref, '--first-parent', '-m', '--diff-filter=A', '--reverse', '--format=commit %H', '--name-only', '--', `${dir}/*.json`]);
  const firstAdded = new Map<string, string>();
  let commit = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('commit ')) commit = line.slice(7);
    else if (line.trim() !== '' && !firstAdded.has(line.trim())) firstAdded.set(line.trim(), commit);
  }
  const problems: Problem[] = [];
  for (const [path, added] of firstAdded) {
    const published = git(top, ['show', `${added}:${path}`]);
    const file = join(top, path);
    const shown = relative(process.cwd(), file) || path;
    if (!existsSync(file)) {
      problems.push({ file: shown, field: '', zh: `已发布的${words.zh}被删除了（${ref} 于 ${added.slice(0, 8)} 发布）`, en: `a published ${words.en} was deleted (published on ${ref} in ${added.slice(0, 8)})`, hint: words.hint });
    } else if (readFileSync(file, 'utf8') !== published) {
      problems.push({ file: shown, field: '', zh: `已发布的${words.zh}被修改了（与 ${ref} 于 ${added.slice(0, 8)} 首次发布的版本不同）`, en: `a published ${words.en} was changed (it differs from the version first published on ${ref} in ${added.slice(0, 8)})`, hint: words.hint });
    }
  }
  return { problems, compared: firstAdded.size };
}

/**
 * The commit (short hash) on the main branch that first published the file at `path`, or undefined
 * when the branch never had it (or there is no git checkout or main branch to ask).
 */
export function publishedIn(path: string, branch = process.env.PUBLISHED_BRANCH ?? 'main'): string | undefined {
  let cwd = dirname(path);
  while (!existsSync(cwd) && dirname(cwd) !== cwd) cwd = dirname(cwd);
  try {
    const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
    const file = relative(top, path).split(sep).join('/');
    for (const ref of [branch, `origin/${branch}`]) {
      try {
        const hash = git(top, ['log', ref, '--first-parent', '-m', '--diff-filter=A', '--format=%h', '--', file]).trim().split('\n').at(-1);
        if (hash) return hash;
      } catch {
        // no such branch: try the next
      }
    }
  } catch {
    // not a git checkout
  }
  return undefined;
}
