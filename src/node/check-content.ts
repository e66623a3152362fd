import { join, relative } from 'node:path';
import { validateContent, type Problem } from '../lib/content-rules/index.ts';
import { checkPublishedFolder, checkPublishedHistory, type HistoryCheck } from './published-history.ts';
import { badgeFormat, readBadge } from './badge.ts';
import { parseJsonText, readContent } from './read-content.ts';
import { readSiteConfig } from './site-config.ts';
import { publicSiteUrl } from './public-site.ts';
import { missingForProduction } from '../lib/web/identity.ts';

/**
 * The whole content check of one content root: read its files, run every content rule, and compare
 * its published reports with git history. Node-only (fs, git); `npm run check`, the build and the
 * demo data all call it, so they reject exactly the same content.
 */

/** What checking a content root found. */
export interface ContentCheck {
  /** Every problem: the content rules' first, then the published-history rule's. */
  problems: Problem[];
  /** Files checked: plans, projects and reports, plus departments.json, counties.json and status-words.json when present. */
  files: number;
  /** The published-history rule: how many published reports and adjustments were compared, or why it was skipped. */
  history: Omit<HistoryCheck, 'problems'>;
  /** What a production build (SITE_URL set) still lacks to go live as a government site: one warning, or none. */
  warning?: { zh: string; en: string };
}

/** A report not yet on disk, checked as if it were at `path` (content/progress/<date>.json). */
export interface PendingReport {
  path: string;
  text: string;
}

/**
 * Checks the content under `root` as of `today` (YYYY-MM-DD); with `pending`, as if that report
 * were written too (replacing a file at the same path), so an import can be checked before it is
 * written and nothing invalid is left behind.
 * @example checkContentRoot(contentRoot(), todayIso()).problems.length === 0 // publishable
 */
export function checkContentRoot(root: string, today: string, pending?: PendingReport): ContentCheck {
  const content = readContent(root);
  if (pending) {
    const raw = parseJsonText(relative(process.cwd(), pending.path) || pending.path, pending.text);
    content.reports = [...content.reports.filter((r) => r.file !== raw.file), raw].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
  const { problems: reportHistory, ...history } = checkPublishedHistory(join(root, 'progress'));
  const adjustmentHistory = checkPublishedFolder(join(root, 'adjustments'), 'adjustment');
  const historyProblems = [...reportHistory, ...adjustmentHistory.problems];
  let problems: Problem[];
  try {
    problems = validateContent(content, today);
  } catch (error) {
    // A rule met input it did not foresee: still a refusal with words, never a stack trace.
    const message = (error as Error)?.message ?? String(error);
    problems = [{ file: root, field: '', zh: `内容检查无法完成：${message}；请检查最近改动的文件`, en: `the content check could not finish: ${message}; check the files changed last` }];
  }
  const config = readSiteConfig(root);
  const badge = config.identity?.badge?.image;
  const read = badge === undefined ? undefined : readBadge(badge, root);
  if (badge !== undefined && read !== undefined && 'problem' in read) {
    const where = { file: content.siteConfig?.file ?? join(root, 'site.json'), field: 'identity.badge.image', path: ['identity', 'badge', 'image'] };
    const kind = badgeFormat(badge)?.name;
    problems.push(
      read.problem === 'missing'
        ? { ...where, zh: `找不到图片 ${badge}（应为 content/ 下的普通文件，不能是符号链接）`, en: `the image ${badge} is missing (a regular file under content/ is expected, not a symlink)` }
        : { ...where, zh: `图片 ${badge} 的内容不是 ${kind} 格式（请用标识注册后下载的原图，扩展名与格式一致）`, en: `the image ${badge} is not a ${kind} file (use the badge image as downloaded on registration, its extension matching its format)` },
    );
  }
  const missing = publicSiteUrl() ? missingForProduction(config.identity, config.feedback) : [];
  return {
    ...(missing.length > 0
      ? {
          warning: {
            zh: `正式发布（已设置 SITE_URL）但 content/site.json 的 identity 缺少：${missing.join('、')}；政府网站页脚须显示这些标识，请填写主办单位提供的真实值`,
            en: `a production build (SITE_URL is set) but content/site.json identity lacks: ${missing.join(', ')}; a government site's footer must show them: fill in the real values the hosting office supplies`,
          },
        }
      : {}),
    problems: [...problems, ...historyProblems],
    files: (content.issuers?.length ?? 0) + content.plans.length + content.projects.length + content.reports.length + (content.adjustments?.length ?? 0) + 2 + (content.statusWords ? 1 : 0),
    history: { ...history, compared: history.compared + adjustmentHistory.compared },
  };
}
