import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleBadgePng } from '../../scripts/demo.ts';
import { checkContentRoot } from '../../src/node/check-content.ts';
import { beijingMoment, readCommitDates } from '../../src/node/commit-dates.ts';
import { weekdaysBetween } from '../../src/lib/model/dates.ts';
import { reportingState } from '../../src/lib/model/cadence.ts';
import { formatMoment, momentDatetime, pubDateMeta } from '../../src/lib/web/format.ts';
import { errorReportLink, icpLookupUrl, missingForProduction, publicSecurityLookupUrl } from '../../src/lib/web/identity.ts';
import { latestItems, pageDates, type ChangeFacts } from '../../src/lib/web/last-changed.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { en } from '../../src/i18n/en.ts';
import { BASE_CONTENT, baseContentWriter, TEST_IDENTITY } from '../helpers/fixtures.ts';

const TODAY = '2024-11-29';
const contentWith = baseContentWriter('govsite-');
const baseSite = JSON.parse(readFileSync(join(BASE_CONTENT, 'site.json'), 'utf8')) as Record<string, unknown>;
const siteWith = (identity: unknown) => JSON.stringify({ ...baseSite, identity });

const VALID = TEST_IDENTITY;

describe('content/site.json identity', () => {
  it('accepts every key in its format, the badge a regular file under content/identity/', () => {
    const root = contentWith({ 'site.json': siteWith(VALID), 'identity/badge.png': exampleBadgePng() });
    expect(checkContentRoot(root, TODAY).problems).toEqual([]);
    expect(checkContentRoot(root, TODAY).warning).toBeUndefined();
  });

  it.each([
    ['siteCode', { siteCode: '65400000' }, '网站标识码应为 10 位数字', 'ten digits, or bm and eight digits'],
    ['siteCode', { siteCode: 'BM12345678' }, '网站标识码应为 10 位数字', 'ten digits, or bm and eight digits'],
    ['icp', { icp: 'ICP备12345678号' }, 'ICP 备案编号应形如', 'an ICP number is written like'],
    ['icp', { icp: '新ICP备1234号' }, 'ICP 备案编号应形如', 'an ICP number is written like'],
    ['publicSecurity', { publicSecurity: '新公网安备6540000200000号' }, '公安机关备案号应形如', 'fourteen digits'],
    ['contact.phone', { contact: { phone: 'call us' } }, '电话号码只能含数字', 'a phone number holds digits'],
    ['contact.email', { contact: { email: 'not-an-email' } }, '应为电子邮箱地址', 'an email address is expected'],
    ['errorReportUrl', { errorReportUrl: 'zfwzgl.www.gov.cn/jiucuo?site_code={siteCode}' }, '可含 {siteCode} 和 {url}', 'it may hold {siteCode} and {url}'],
    ['errorReportUrl', { errorReportUrl: 'javascript:alert("{url}")//https://' }, '可含 {siteCode} 和 {url}', 'it may hold {siteCode} and {url}'],
    ['disclosureUrl', { disclosureUrl: 'ftp://portal.example/' }, '应为以 http:// 或 https:// 开头的网址', 'an http:// or https:// URL is expected'],
    ['badge.image', { badge: { image: 'https://cdn.example/badge.png', url: 'https://badge.example/' } }, '应为 identity/ 目录下的', 'a .png, .gif or .jpg image under identity/'],
    ['badge.image', { badge: { image: 'identity/badge.svg', url: 'https://badge.example/' } }, '不接受 SVG', 'no SVG: it can hold a script'],
    ['host', { host: '   ' }, '不能为空', 'must not be empty'],
    ['color', { color: 'red' }, '', 'color'],
  ])('refuses a bad %s, naming site.json and the key in Chinese and English', (key, identity, zh, en) => {
    const root = contentWith({ 'site.json': siteWith(identity) });
    const problems = checkContentRoot(root, TODAY).problems;
    const problem = problems.find((p) => (p.field ?? '').startsWith('identity'));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.file).toMatch(/site\.json$/);
    expect(`${problem!.field} ${problem!.zh} ${problem!.en}`).toContain(key === 'color' ? 'color' : `identity.${key}`);
    expect(problem!.zh).toContain(zh);
    expect(problem!.en).toContain(en);
  });

  it('refuses a badge image that is missing, a symlink, or in a folder that is a symlink (never followed), by file and key', () => {
    const missing = contentWith({ 'site.json': siteWith({ badge: VALID.badge }) });
    const link = contentWith({ 'site.json': siteWith({ badge: VALID.badge }) });
    mkdirSync(join(link, 'identity'), { recursive: true });
    symlinkSync('/etc/hostname', join(link, 'identity', 'badge.png'));
    // The folder itself a link to one outside the content root, which holds a real badge.png.
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'badge.png'), exampleBadgePng());
    const folderLink = contentWith({ 'site.json': siteWith({ badge: VALID.badge }) });
    symlinkSync(outside, join(folderLink, 'identity'));
    for (const root of [missing, link, folderLink]) {
      const problem = checkContentRoot(root, TODAY).problems.find((p) => p.field === 'identity.badge.image');
      expect(problem?.zh).toContain('找不到图片 identity/badge.png');
      expect(problem?.en).toContain('not a symlink');
    }
  });

  it.each([
    ['an SVG named .png', 'badge.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'PNG'],
    ['a PNG named .gif', 'badge.gif', 'png', 'GIF'],
    ['a GIF named .jpg', 'badge.jpg', 'GIF89a\x01\x00\x01\x00', 'JPEG'],
    ['an empty file', 'badge.png', '', 'PNG'],
  ])('refuses a badge image whose bytes are not its format: %s', (_, name, bytes, kind) => {
    const badge = { ...VALID.badge, image: `identity/${name}` };
    const root = contentWith({ 'site.json': siteWith({ badge }), [badge.image]: bytes === 'png' ? exampleBadgePng() : bytes });
    const problem = checkContentRoot(root, TODAY).problems.find((p) => p.field === 'identity.badge.image');
    expect(problem?.file).toMatch(/site\.json$/);
    expect(problem?.zh).toBe(`图片 ${badge.image} 的内容不是 ${kind} 格式（请用标识注册后下载的原图，扩展名与格式一致）`);
    expect(problem?.en).toContain(`is not a ${kind} file`);
  });
});

describe('the production warning (SITE_URL set)', () => {
  const previous = process.env.SITE_URL;
  afterEach(() => {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  });

  it('names, in one warning, each of host, siteCode, icp and a feedback channel the identity lacks', () => {
    process.env.SITE_URL = 'https://minsheng.example.org';
    const root = contentWith({ 'site.json': JSON.stringify({ ...baseSite, feedback: undefined, identity: { organiser: '测试承办单位' } }) });
    const { warning, problems } = checkContentRoot(root, TODAY);
    expect(problems).toEqual([]);
    expect(warning?.zh).toContain('host、siteCode、icp、contact | errorReportUrl | feedback');
    expect(warning?.en).toContain('host, siteCode, icp, contact | errorReportUrl | feedback');
  });

  it('says nothing without SITE_URL (a preview), nor once the office has supplied them', () => {
    delete process.env.SITE_URL;
    expect(checkContentRoot(BASE_CONTENT, TODAY).warning).toBeUndefined();
    process.env.SITE_URL = 'https://minsheng.example.org';
    const root = contentWith({ 'site.json': siteWith({ host: VALID.host, siteCode: VALID.siteCode, icp: VALID.icp }) });
    expect(checkContentRoot(root, TODAY).warning).toBeUndefined();
  });

  it.each([
    [{}, undefined, ['host', 'siteCode', 'icp', 'contact | errorReportUrl | feedback']],
    [{ host: 'x', siteCode: '6540000001', icp: '新ICP备12345678号' }, undefined, ['contact | errorReportUrl | feedback']],
    [{ host: 'x', siteCode: '6540000001', icp: '新ICP备12345678号' }, { email: 'a@example.org' }, []],
    [{ host: 'x', siteCode: '6540000001', icp: '新ICP备12345678号', contact: { phone: '0999-1234567' } }, undefined, []],
  ])('missingForProduction(%j, %j) → %j', (identity, feedback, missing) => {
    expect(missingForProduction(identity, feedback)).toEqual(missing);
  });

  it('npm run check prints the warning and still passes', () => {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'check.ts')], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: BASE_CONTENT, TODAY, SITE_URL: 'https://minsheng.example.org' },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Warning: a production build (SITE_URL is set) but content/site.json identity lacks: host, siteCode, icp');
  });
});

describe('footer links', () => {
  it.each([
    ['新ICP备12345678号-1', icpLookupUrl(), 'https://beian.miit.gov.cn/'],
    ['新公网安备65400002000001号', publicSecurityLookupUrl('新公网安备65400002000001号'), 'https://beian.mps.gov.cn/#/query/webSearch?code=65400002000001'],
    ['找错', errorReportLink(VALID.errorReportUrl, VALID.siteCode, 'https://minsheng.example.org/2024/?a=1'), 'https://jiucuo.example/exposure/jiucuo.html?site_code=6540000001&url=https%3A%2F%2Fminsheng.example.org%2F2024%2F%3Fa%3D1'],
    ['找错 without placeholders', errorReportLink('https://portal.example/jiucuo/', VALID.siteCode, '/2024/'), 'https://portal.example/jiucuo/'],
  ])('%s → its public lookup', (_, got, expected) => {
    expect(got).toBe(expected);
  });
});

const facts: ChangeFacts = {
  plans: [
    { id: '2024', date: null, period: { start: '2024-01-01' }, committed: { first: '2024-01-15 10:00', last: '2024-03-01 09:30' } },
    { id: '2025', date: '2025-01-20', period: { start: '2025-01-01' }, publishedAt: '2025-01-22 16:00', archived: '2026-03-31' },
    { id: '2026', date: null, period: { start: '2026-01-01' } },
  ],
  reports: [
    { plan: '2024', asOf: '2024-06-30', published: '2024-07-10', targets: ['a', 'b'] },
    { plan: '2024', asOf: '2024-07-31', published: '2024-08-09', publishedAt: '2024-08-09 11:05', targets: ['a'] },
  ],
  adjustments: [{ plan: '2024', target: 'b', published: '2024-07-20' }],
  siteCommitted: '2025-02-01 08:00',
};

describe('pageDates: 发布时间 and 更新时间 from content and its commits, never the build’s', () => {
  it.each([
    ['/2024/', { published: '2024-01-15 10:00', updated: '2024-08-09 11:05', archived: null }],
    ['/2024/targets/b/', { published: '2024-01-15 10:00', updated: '2024-07-20', archived: null }],
    ['/2024/targets/c/', { published: '2024-01-15 10:00', updated: '2024-03-01 09:30', archived: null }],
    ['/2024/reports/2024-07-31/', { published: '2024-08-09 11:05', updated: '2024-08-09 11:05', archived: null }],
    ['/2024/reports/2024-06-30/', { published: '2024-07-10', updated: '2024-07-10', archived: null }],
    ['/2025/projects/x/', { published: '2025-01-22 16:00', updated: '2025-01-22 16:00', archived: '2026-03-31' }],
    ['/2026/', { published: null, updated: null, archived: null }],
    ['/departments/x/', { published: '2024-01-15 10:00', updated: '2025-02-01 08:00', archived: null }],
    ['/about/', { published: '2024-01-15 10:00', updated: '2025-02-01 08:00', archived: null }],
  ])('%s', (path, dates) => {
    expect(pageDates(path, facts)).toEqual(dates);
  });

  it('lists the newest publications first for the home page', () => {
    expect(latestItems(facts, 3)).toEqual([
      { kind: 'plan', plan: '2025', moment: '2025-01-22 16:00' },
      { kind: 'report', plan: '2024', asOf: '2024-07-31', moment: '2024-08-09 11:05' },
      { kind: 'adjustment', plan: '2024', target: 'b', moment: '2024-07-20' },
    ]);
  });

  it.each([
    ['2024-07-20 10:30', zhCN, '2024年7月20日 10:30', '2024-07-20T10:30+08:00', '2024-07-20 10:30'],
    ['2024-07-20', en, 'July 20, 2024', '2024-07-20', '2024-07-20 00:00'],
  ])('formats %s for people, <time datetime> and PubDate', (moment, t, shown, datetime, pub) => {
    expect(formatMoment(moment, t)).toBe(shown);
    expect(momentDatetime(moment)).toBe(datetime);
    expect(pubDateMeta(moment)).toBe(pub);
  });

  it('an archived plan has no report overdue', () => {
    const plan = { period: { start: '2024-01-01', end: '2024-12-31' }, reporting: { cadence: 'quarterly' as const, dueDays: 10, source: { title: 't', issuer: 'i', date: null, reference: 'r', quote: 'q' } } };
    expect(reportingState(plan, ['2024-06-30'], '2024-10-20').overdue).toBe(true);
    expect(reportingState(plan, ['2024-06-30'], '2025-02-10').overdue).toBe(true);
    expect(reportingState({ ...plan, archived: '2025-01-31' }, ['2024-06-30'], '2025-02-10').overdue).toBe(false);
    // Not before the day it is archived.
    expect(reportingState({ ...plan, archived: '2025-01-31' }, ['2024-06-30'], '2024-10-20').overdue).toBe(true);
  });
});

describe('an archived plan', () => {
  const planFile = 'plans/2024.json';
  const planWith = (archived: string) => JSON.stringify({ ...(JSON.parse(readFileSync(join(BASE_CONTENT, planFile), 'utf8')) as object), archived });
  it.each([
    ['2024-06-30', '不能早于方案期间结束日', 'cannot be before the plan period ends'],
    ['2099-01-01', '归档日期不能晚于今天', 'cannot be in the future'],
  ])('refuses an archive date of %s, naming the file and field in Chinese and English', (archived, zh, en) => {
    const problems = checkContentRoot(contentWith({ [planFile]: planWith(archived) }), '2025-03-01').problems;
    const problem = problems.find((p) => p.field === 'archived');
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.file).toContain(planFile);
    expect(problem!.zh).toContain(zh);
    expect(problem!.en).toContain(en);
  });

  it('accepts one after the plan period, up to today', () => {
    expect(checkContentRoot(contentWith({ [planFile]: planWith('2025-01-31') }), '2025-03-01').problems.filter((p) => p.field === 'archived')).toEqual([]);
  });

  it('refuses a report or an adjustment of the plan published after it was archived, by file and field; one published before stands', () => {
    const report = (published: string) =>
      JSON.stringify({
        plan: '2024',
        asOf: '2024-12-31',
        published,
        source: { title: '示例进度通报', issuer: '示例局', date: '2025-01-08', url: 'https://example.org/report-2024-12' },
        entries: [{ target: 'sample-points', value: 45 }],
      });
    const adjustment = (published: string) =>
      JSON.stringify({
        plan: '2024',
        target: 'sample-points',
        effective: '2024-12-20',
        published,
        value: 80,
        written: '80个',
        reason: '示例：部分点位合并',
        approval: { title: '关于调整示例目标的批复', issuer: '示例州人民政府', date: '2024-12-18', reference: '示政函〔2024〕9号' },
      });
    const files = (published: string) => ({ [planFile]: planWith('2025-01-31'), 'progress/2024-12-31.json': report(published), 'adjustments/2024-12-20-sample-points.json': adjustment(published) });
    const late = checkContentRoot(contentWith(files('2025-02-10')), '2025-03-01').problems.filter((p) => p.field === 'published');
    expect(late.map((p) => p.file.replace(/^.*?(progress|adjustments)\//, '$1/')).sort()).toEqual(['adjustments/2024-12-20-sample-points.json', 'progress/2024-12-31.json']);
    for (const problem of late) {
      expect(problem.zh).toBe('方案 2024 已于2025-01-31归档，归档后不能再发布');
      expect(problem.en).toBe('plan 2024 was archived on 2025-01-31: nothing of it can be published after that');
      expect(problem.hint?.en).toContain('remove the plan’s archived field first');
    }
    const before = checkContentRoot(contentWith(files('2025-01-20')), '2025-03-01').problems;
    expect(before, JSON.stringify(before)).toEqual([]);
  });
});

describe('commit dates of a content root', () => {
  it('are each file’s first and last commit on the branch, in Beijing time, a merged branch dated by its merge; none outside git', () => {
    const repo = mkdtempSync(join(tmpdir(), 'commit-dates-'));
    try {
      // Written on a branch on 1 March (author and committer), merged into main on 10 March.
      const git = (args: string[], date: string) =>
        spawnSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
      git(['init', '-q', '-b', 'main'], '2024-01-15T02:00:00Z');
      mkdirSync(join(repo, 'content', 'plans'), { recursive: true });
      writeFileSync(join(repo, 'content', 'plans', '2024.json'), '{}');
      git(['add', '.'], '2024-01-15T02:00:00Z');
      git(['commit', '-q', '-m', 'plan'], '2024-01-15T02:00:00Z');
      git(['checkout', '-q', '-b', 'report'], '2024-03-01T01:30:00Z');
      writeFileSync(join(repo, 'content', 'plans', '2024.json'), '{ }');
      writeFileSync(join(repo, 'content', 'site.json'), '{}');
      git(['add', '.'], '2024-03-01T01:30:00Z');
      git(['commit', '-q', '-m', 'edit'], '2024-03-01T01:30:00Z');
      git(['checkout', '-q', 'main'], '2024-03-10T02:00:00Z');
      git(['merge', '-q', '--no-ff', '-m', 'merge', 'report'], '2024-03-10T02:00:00Z');
      const dates = readCommitDates(join(repo, 'content'));
      expect(Object.fromEntries(dates)).toEqual({ 'plans/2024.json': { first: '2024-01-15 10:00', last: '2024-03-10 10:00' }, 'site.json': { first: '2024-03-10 10:00', last: '2024-03-10 10:00' } });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
    const loose = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(readCommitDates(loose).size).toBe(0);
    rmSync(loose, { recursive: true, force: true });
  });

  it('converts a commit’s time to Beijing time', () => {
    expect(beijingMoment('2026-11-29T12:50:27+00:00')).toBe('2026-11-29 20:50');
    expect(beijingMoment('2026-11-29T23:10:00+08:00')).toBe('2026-11-29 23:10');
  });
});

describe('weekdaysBetween (the 20-working-day rule, counted Monday to Friday)', () => {
  it.each([
    ['2024-06-30', '2024-07-10', 8],
    ['2024-06-30', '2024-06-30', 0],
    ['2024-07-05', '2024-07-08', 1],
    ['2024-07-31', '2024-08-29', 21],
  ])('%s → %s: %i', (from, to, days) => {
    expect(weekdaysBetween(from, to)).toBe(days);
  });
});
