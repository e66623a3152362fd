import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { writeDemoContent } from '../../scripts/demo.ts';
import { DEMO_LINKS } from '../../scripts/demo/issuers.ts';
import { formatProblems, validateContent, type Problem } from '../../src/lib/content-rules/index.ts';
import { ancestorsOf, contributionSummary, loopOf, planIssuerId } from '../../src/lib/model/issuers.ts';
import { currentPlan } from '../../src/lib/model/plan-model.ts';
import { readContent } from '../../src/node/read-content.ts';
import { importReport } from '../../src/node/report-import.ts';
import { loadReportPlan } from '../../src/node/report-plan.ts';
import { loadModel } from '../helpers/model.ts';
import { buildSearchIndex, splitSearchIndex } from '../../src/lib/search/search-entries.ts';
import { exactScope, indexFilesFor, searchEntries } from '../../src/lib/search/search.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

/**
 * Several issuers on one site: the rules (which issuer a plan belongs to, the issuers above one,
 * loops), the content check's refusals of bad issuers and links, and the demo's model: four levels
 * of plans linked target to target, with the sums labelled as the site's own arithmetic.
 */

const TODAY = '2026-11-29';
const demo = writeDemoContent(mkdtempSync(join(tmpdir(), 'issuers-demo-')));
const roots: string[] = [demo];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The demo root with one file changed: `edit` gets its parsed data (JSON, or an MDX file's front matter) and returns the new data. */
function demoWith(file: string, edit: (data: Record<string, unknown>) => unknown): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'issuers-case-'));
  roots.push(root);
  cpSync(demo, root, { recursive: true });
  const path = join(root, file);
  if (file.endsWith('.mdx')) {
    const [, front, body] = readFileSync(path, 'utf8').split(/^---$/m);
    writeFileSync(path, `---\n${stringify(edit(parse(front!)), { lineWidth: 0, aliasDuplicateObjects: false })}---${body}`);
  } else writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8'))), null, 2));
  return validateContent(readContent(root), TODAY);
}

const COUNTY_PROJECT = 'projects/yining-city-2024/yining-city-2024-livelihood.mdx';
/** The county project with its first target's fields replaced. */
const firstTarget = (over: Record<string, unknown>) => (data: Record<string, unknown>) => {
  const project = structuredClone(data) as { subItems: { targets: Record<string, unknown>[] }[] };
  Object.assign(project.subItems[0]!.targets[0]!, over);
  return project;
};

describe('issuer rules', () => {
  it('takes a plan’s own issuer, else the site’s, else the only one', () => {
    expect(planIssuerId({ issuerId: 'a' }, 'b', ['a', 'b'])).toBe('a');
    expect(planIssuerId({}, 'b', ['a', 'b'])).toBe('b');
    expect(planIssuerId({}, undefined, ['a'])).toBe('a');
    expect(planIssuerId({}, undefined, ['a', 'b'])).toBeUndefined();
  });

  it('follows parents up, stopping at a loop, and finds the loop back to the start', () => {
    const parents: Record<string, string> = { county: 'prefecture', prefecture: 'region', x: 'y', y: 'x' };
    expect(ancestorsOf('county', (id) => parents[id])).toEqual(['prefecture', 'region']);
    expect(ancestorsOf('x', (id) => parents[id])).toEqual(['y']);
    expect(loopOf('x', (id) => parents[id])).toEqual(['x', 'y', 'x']);
    expect(loopOf('county', (id) => parents[id])).toBeUndefined();
  });
});

describe('the content check on issuers and contributions', () => {
  it('accepts the demo: five issuers on three levels, linked target to target', () => {
    const problems = validateContent(readContent(demo), TODAY);
    expect(formatProblems(problems)).toBe('');
  });

  it.each([
    ['a link to an unknown target', COUNTY_PROJECT, firstTarget({ contributesTo: 'teeth-flouride' }), 'contributesTo', '未知的指标编号 teeth-flouride', 'unknown target id teeth-flouride'],
    ['a link in another unit', COUNTY_PROJECT, firstTarget({ unit: '人' }), 'contributesTo', '单位或类型不一致', 'unit or kind differs'],
    ['a link to a target of an issuer not above', COUNTY_PROJECT, firstTarget({ contributesTo: 'chabuchaer-teeth-fluoride' }), 'contributesTo', '不是本方案发布机关', 'not above this plan’s issuer'],
    ['a loop of links', 'projects/xinjiang-2024/xinjiang-2024-livelihood.mdx', firstTarget({ contributesTo: 'yining-city-teeth-fluoride' }), 'contributesTo', '计入关系成环', 'the contributions form a loop'],
    ['an unknown parent issuer', 'issuers/huocheng.json', (d: Record<string, unknown>) => ({ ...d, parent: 'yilli' }), 'parent', '未知的上级发布机关 yilli', 'unknown parent issuer yilli'],
    ['a loop of parents', 'issuers/xinjiang.json', (d: Record<string, unknown>) => ({ ...d, parent: 'huocheng' }), 'parent', '上级关系成环', 'the parents form a loop'],
    ['a plan of an unknown issuer', 'plans/huocheng-2024.json', (d: Record<string, unknown>) => ({ ...d, issuerId: 'huochen' }), 'issuerId', '未知的发布机关编号 huochen', 'unknown issuer id huochen'],
    ['an issuer file named after another id', 'issuers/huocheng.json', (d: Record<string, unknown>) => ({ ...d, id: 'huocheng-county' }), 'id', '文件名应为发布机关编号', 'named after the issuer id'],
    ['an issuer’s unknown county', 'issuers/huocheng.json', (d: Record<string, unknown>) => ({ ...d, county: 'huochen' }), 'county', '未知的县市编号 huochen', 'unknown county id huochen'],
  ])('refuses %s, naming the file and field in both languages', (_, file, edit, field, zh, en) => {
    const problems = demoWith(file, edit);
    const match = problems.find((p) => p.file.endsWith(file) && (p.field ?? '').endsWith(field) && p.zh.includes(zh) && p.en.includes(en));
    expect(match, formatProblems(problems)).toBeDefined();
    expect(match!.line).toBeTypeOf('number');
  });

  it('names the issuer whose file it is in every message about that issuer’s files', () => {
    const problems = demoWith(COUNTY_PROJECT, firstTarget({ contributesTo: 'nowhere' }));
    const problem = problems.find((p) => p.file.endsWith(COUNTY_PROJECT))!;
    expect(problem.issuer).toBe('伊宁市');
    expect(formatProblems([problem])).toMatch(/^✗ 〔伊宁市〕.*yining-city-2024-livelihood\.mdx:\d+  subItems\[0\]\.targets\[0\]\.contributesTo/);
  });

  it('refuses a plan whose issuer nothing settles, when there are several issuers and the site names none', () => {
    const problems = demoWith('site.json', (d) => ({ ...d, issuer: undefined }));
    expect(problems.map((p) => `${p.file.split('/').at(-1)} ${p.field}`)).toContain('2024.json issuerId');
  });
});

describe('the demo model across issuers', () => {
  const site = loadModel(demo, TODAY);

  it('orders issuers by level, gives each its plans, and keeps the prefecture’s plan on the home page', () => {
    expect(site.issuers.map((i) => `${i.level}:${i.id}`)).toEqual(['region:xinjiang', 'prefecture:yili', 'county:chabuchaer', 'county:huocheng', 'county:yining-city']);
    expect(site.issuerById.get('yili')!.children).toEqual(['chabuchaer', 'huocheng', 'yining-city']);
    expect(site.issuers.every((i) => i.plans.length === 1)).toBe(true);
    expect(currentPlan(site).plan.id).toBe('2024');
    expect(currentPlan(site).issuerId).toBe('yili');
  });

  it('sums the counties’ commitments to the prefecture’s fluoride target against its figure, and their latest reports with their dates', () => {
    const parent = site.targetById.get('teeth-fluoride')!;
    const children = site.contributions.get('teeth-fluoride')!;
    expect(children.map((t) => `${t.issuerId}:${t.value}`)).toEqual(['chabuchaer:900', 'huocheng:800', 'yining-city:1200']);
    const summary = contributionSummary(parent, children);
    expect([summary.committed, parent.value, summary.shortBy]).toEqual([2900, 3400, 500]);
    const latest = children.map((t) => t.readings.findLast((r) => r.value !== undefined)!);
    expect(summary.reported).toEqual({ sum: latest.reduce((s, r) => s + r.value!, 0), count: 3, earliest: latest[0]!.asOf, latest: latest[0]!.asOf });
  });

  it('links the prefecture’s targets up to the region’s, as DEMO_LINKS says', () => {
    for (const [child, parent] of Object.entries(DEMO_LINKS)) {
      expect(site.targetById.get(child)!.contributesTo).toBe(parent);
      expect(site.contributions.get(parent)!.map((t) => t.id)).toEqual([child]);
    }
  });

  it('says the commitments cover a target when they add up to its figure or more', () => {
    const children = site.contributions.get('teeth-fluoride')!;
    expect(contributionSummary({ value: 2900 }, children).shortBy).toBe(0);
    expect(contributionSummary({ value: undefined }, children).shortBy).toBeNull();
  });
});

describe('search across issuers', () => {
  const site = loadModel(demo, TODAY);
  const whole = buildSearchIndex(site, zhCN);
  const { index, files, shownOptions } = splitSearchIndex(whole, site, zhCN);

  it('keeps each other issuer’s targets, projects and plans in a file of its own, and loses no entry', () => {
    expect(Object.keys(index.files).sort()).toEqual(['chabuchaer', 'huocheng', 'xinjiang', 'yining-city']);
    expect(index.files['yining-city']).toMatchObject({ path: '/search-index/yining-city.json', plans: ['yining-city-2024'], counties: ['yining-city'] });
    expect(index.files['yining-city']!.units.sort()).toEqual(['yining-city-education', 'yining-city-health']);
    expect(index.issuer).toBe('yili');
    const own = index.entries.filter((e) => e.kind === 'target' || e.kind === 'project' || e.kind === 'plan');
    expect(new Set(own.map((e) => e.filters.issuer[0]))).toEqual(new Set(['yili']));
    expect(index.entries.filter((e) => e.kind === 'issuer').map((e) => e.id).sort()).toEqual(site.issuers.map((i) => i.id).sort());
    for (const [id, file] of files) expect(new Set(file.entries.map((e) => e.filters.issuer[0])), id).toEqual(new Set([id]));
    const all = [...index.entries, ...[...files.values()].flatMap((f) => f.entries)].map((e) => `${e.kind}:${e.id}`);
    expect(all.sort()).toEqual(whole.entries.map((e) => `${e.kind}:${e.id}`).sort());
  });

  it('offers the site’s own plans and projects on the page, and each issuer’s with its file', () => {
    expect(shownOptions.plan.map((o) => o.id)).toEqual(['2024']);
    expect(new Set(shownOptions.project.map((o) => o.id))).toEqual(new Set(site.issuerById.get('yili')!.plans[0]!.projects.map((p) => p.id)));
    expect(files.get('huocheng')!.options.plan.map((o) => o.id)).toEqual(['huocheng-2024']);
    expect(files.get('huocheng')!.options.project.length).toBeGreaterThan(0);
    expect(shownOptions.issuer.map((o) => o.id).sort()).toEqual(site.issuers.map((i) => i.id).sort());
  });

  it('loads the file of the issuer selected, or of the issuers the query names, and says what the exact matches covered', () => {
    expect(indexFilesFor(index, '涂氟', {})).toEqual([]);
    expect(exactScope(index, [], [], {})).toEqual(['yili']);
    expect(indexFilesFor(index, '900', { issuer: 'chabuchaer' })).toEqual(['chabuchaer']);
    expect(exactScope(index, ['chabuchaer'], ['chabuchaer'], { issuer: 'chabuchaer' })).toBeUndefined();
    // A file that did not load is said, whatever was selected.
    expect(exactScope(index, ['chabuchaer'], [], { issuer: 'chabuchaer' })).toEqual(['yili']);
    expect(indexFilesFor(index, '900', { issuer: 'yili' })).toEqual([]);
    expect(indexFilesFor(index, '霍城 涂氟', {})).toEqual(['huocheng']);
    expect(exactScope(index, ['huocheng'], ['huocheng'], {})).toEqual(['yili', 'huocheng']);
    // A word names an issuer by the beginning of a name, of two characters or more: 锡伯 (inside 察布查尔锡伯自治县) and 市 load nothing; 自治区 is the region's short name.
    expect(indexFilesFor(index, '锡伯 市', {})).toEqual([]);
    expect(indexFilesFor(index, '自治区', {})).toEqual(['xinjiang']);
  });

  it('loads every file that can hold a filtered list’s targets, so a list filtered by county, unit, plan or project is whole', () => {
    expect(indexFilesFor(index, '', { county: 'huocheng' })).toEqual(['huocheng']);
    expect(exactScope(index, ['huocheng'], ['huocheng'], { county: 'huocheng' })).toBeUndefined();
    expect(indexFilesFor(index, '', { lead: 'chabuchaer-health' })).toEqual(['chabuchaer']);
    expect(indexFilesFor(index, '', { project: files.get('xinjiang')!.options.project[0]!.id })).toEqual(['xinjiang']);
    expect(indexFilesFor(index, '', { plan: '2024' })).toEqual([]);
    expect(exactScope(index, [], [], { plan: '2024' })).toBeUndefined();
    // Status and kind are on every issuer's targets: they load nothing, and the status line says so.
    expect(indexFilesFor(index, '', { status: 'done' })).toEqual([]);
    expect(exactScope(index, [], [], { status: 'done' })).toEqual(['yili']);
    const huocheng = [...index.entries, ...files.get('huocheng')!.entries];
    expect(searchEntries(huocheng, '', { county: 'huocheng' }).map((h) => h.entry.id)).toEqual(expect.arrayContaining(['huocheng-teeth-fluoride', 'huocheng-local-service']));
  });

  it('finds a county’s target by its figure once its file is loaded, and by its issuer’s name', () => {
    const withFile = [...index.entries, ...files.get('chabuchaer')!.entries];
    expect(searchEntries(index.entries, '900', { issuer: 'chabuchaer' })).toEqual([]);
    expect(searchEntries(withFile, '900', { issuer: 'chabuchaer' }).map((h) => h.entry.id)).toContain('chabuchaer-teeth-fluoride');
    const named = searchEntries([...index.entries, ...files.get('huocheng')!.entries], '霍城 涂氟').map((h) => h.entry.id);
    expect(named[0]).toBe('huocheng-teeth-fluoride');
  });

  it('keeps one index, with no issuer pages and no files, on a site of one issuer', () => {
    const real = loadModel(join(import.meta.dirname, '..', '..', 'content'), TODAY);
    const split = splitSearchIndex(buildSearchIndex(real, zhCN), real, zhCN);
    expect(split.index.files).toEqual({});
    expect(split.files.size).toBe(0);
    expect(split.index.entries.some((e) => e.kind === 'issuer')).toBe(false);
  });
});

describe('reports per issuer', () => {
  it('picks the plan of the issuer asked for (default: the site’s own), and writes another issuer’s report in its plan’s folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'issuers-import-'));
    roots.push(root);
    cpSync(demo, root, { recursive: true });
    const own = loadReportPlan(root, '2024-12-31');
    const county = loadReportPlan(root, '2024-12-31', { issuerId: 'yining-city' });
    expect('view' in own && own.view.plan.id).toBe('2024');
    expect('view' in county && county.view.plan.id).toBe('yining-city-2024');
    expect(loadReportPlan(root, '2024-12-31', { issuerId: 'yining' })).toEqual({ refusal: expect.objectContaining({ en: expect.stringContaining('no issuer with id yining') }) });

    const csv = join(root, '..', `${root.split('/').at(-1)}-county.csv`);
    writeFileSync(csv, 'target_id,value\nyining-city-teeth-fluoride,1400\n');
    roots.push(csv);
    const source = { title: '伊宁市12月进度（演示）', issuer: '伊宁市（演示）', date: '2025-01-05', reference: 'DEMO-1' };
    const result = await importReport({ root, files: [csv], asOf: '2024-12-31', today: TODAY, published: '2025-01-06', source, issuer: 'yining-city' });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.written).toMatch(/progress\/yining-city-2024\/2024-12-31\.json$/);
    expect(JSON.parse(readFileSync(join(root, 'progress', 'yining-city-2024', '2024-12-31.json'), 'utf8'))).toMatchObject({ plan: 'yining-city-2024', entries: [{ target: 'yining-city-teeth-fluoride', value: 1400 }] });
  });
});
