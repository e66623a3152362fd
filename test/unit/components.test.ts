import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import AttachmentList from '../../src/components/AttachmentList.astro';
import Contributions from '../../src/components/Contributions.astro';
import { writeDemoContent } from '../../scripts/demo.ts';
import ReportingSchedule from '../../src/components/ReportingSchedule.astro';
import TableRegion from '../../src/components/TableRegion.astro';
import TargetTable from '../../src/components/TargetTable.astro';
import UnitLinks from '../../src/components/UnitLinks.astro';
import { edition, linksFor } from '../../src/i18n/index.ts';
import { reportingState } from '../../src/lib/model/cadence.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';

// Components take everything they show as props, so each renders alone, without a page, the
// middleware or the content collections: the fixture site's model and the real dictionaries.
const site = loadModel(BASE_CONTENT, '2024-11-29');
const zh = edition('zh-CN');
const en = edition('en');

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('TableRegion', () => {
  it('wraps its table in a labelled region that keyboard users can focus and scroll', async () => {
    const html = await container.renderToString(TableRegion, { props: { label: '历次报告' }, slots: { default: '<table><tr><td>1</td></tr></table>' } });
    const region = load(html)('div.table-wrap');
    expect(region.attr('role')).toBe('region');
    expect(region.attr('aria-label')).toBe('历次报告');
    expect(region.attr('tabindex')).toBe('0');
    expect(region.children('table').find('td').text()).toBe('1');
  });
});

describe('UnitLinks', () => {
  it('links each unit to its page in the edition, by the name the plan uses, with the full name as title', async () => {
    const render = (links: ReturnType<typeof linksFor>) =>
      container.renderToString(UnitLinks, { props: { ids: ['lead-bureau', 'gov-county-a'], departments: site.departmentById, href: links.href } });
    const $ = load(await render(linksFor(zh, '/')));
    expect($('li a').map((_, a) => [[$(a).text(), $(a).attr('href'), $(a).attr('title')]]).get()).toEqual([
      ['示例局', '/departments/lead-bureau/', '示例州示例局'],
      ['甲县人民政府', '/departments/gov-county-a/', '甲县人民政府'],
    ]);
    const $en = load(await render(linksFor(en, '/sub/')));
    expect($en('li a').first().attr('href')).toBe('/sub/en/departments/lead-bureau/');
  });
});

describe('TargetTable', () => {
  const [plan] = site.plans;

  it('lists each target in a labelled region: its link, goal, status and latest report', async () => {
    const { href } = linksFor(zh, '/');
    const html = await container.renderToString(TargetTable, {
      props: { targets: plan!.targets, caption: '示例实事的指标', counties: site.countyById, t: zh.t, href, originalLang: undefined },
    });
    const $ = load(html);
    expect($('div.table-wrap').attr('aria-label')).toBe('示例实事的指标');
    expect($('div.table-wrap').attr('tabindex')).toBe('0');
    expect($('caption').text()).toBe('示例实事的指标');
    const row = $('tr#target-sample-points');
    expect(row.find('th a').text()).toBe('建设示例点');
    expect(row.find('th a').attr('href')).toBe('/2024/targets/sample-points/');
    expect(row.find(`td[data-label="${zh.t.table.status}"] [data-status]`).attr('data-status')).toBe('behind');
    expect(row.find(`td[data-label="${zh.t.table.asOf}"]`).text()).toBe('2024年6月30日');
    expect($('tbody tr')).toHaveLength(plan!.targets.length);
  });

  it('speaks the edition it is given: English headings, links under /en/, Chinese sources marked', async () => {
    const { href } = linksFor(en, '/');
    const $ = load(
      await container.renderToString(TargetTable, {
        props: { targets: plan!.targets, caption: 'Targets', counties: site.countyById, t: en.t, href, originalLang: 'zh-CN', showProject: true },
      }),
    );
    expect($('thead th').first().text()).toBe(en.t.table.target);
    expect($('tr#target-sample-points th a').attr('href')).toBe('/en/2024/targets/sample-points/');
    expect($('tr#target-sample-points th .muted').text()).toBe('示例实事');
    expect($('tr#target-sample-points td span[lang="zh-CN"]').text()).toBe('示例进度通报');
  });
});

describe('every component', () => {
  // What makes the renders above possible: pages read the context (Astro.locals.page) and pass it down.
  const dir = join(import.meta.dirname, '..', '..', 'src', 'components');
  const sources = readdirSync(dir).filter((file) => file.endsWith('.astro')).map((file) => [file, readFileSync(join(dir, file), 'utf8')] as const);

  it.each([
    ['the page context or site model', /data\/site\.ts|Astro\.locals/],
    ['files or Node-only helpers', /\/node\/|node:fs/],
    ['environment variables', /import\.meta\.env|process\.env/],
  ])('reads no %s itself', (_, pattern) => {
    expect(sources.filter(([, source]) => pattern.test(source)).map(([file]) => file)).toEqual([]);
  });
});

describe('ReportingSchedule', () => {
  const reporting = { cadence: 'quarterly' as const, dueDays: 10, to: '州人民政府督查室', source: { title: '示例通知', issuer: '示例州', date: null, reference: '示发〔2024〕1号', quote: '每季度报送' } };
  const render = (props: Record<string, unknown>) => container.renderToString(ReportingSchedule, { props: { t: zh.t, originalLang: undefined, today: '2024-10-20', ...props } });

  it('says plainly when the next report is overdue, and on what document the cadence rests', async () => {
    const $ = load(await render({ reporting, state: reportingState({ period: { start: '2024-01-01', end: '2024-12-31' }, reporting }, ['2024-06-30'], '2024-10-20') }));
    expect($('section.schedule').hasClass('notice--caution')).toBe(true);
    expect($('.flag').text()).toBe('已逾期：截至2024年9月30日的报告应于2024年10月10日前报送，至今已逾期10天');
    expect($('q').text()).toBe('每季度报送');
    expect($.text()).toContain('进度每季度报送至州人民政府督查室，每期结束后10日内报送');
  });

  it('estimates nothing when no cadence is stated', async () => {
    const $ = load(await render({ reporting: undefined, state: reportingState({ period: { start: '2024-01-01', end: '2024-12-31' } }, ['2024-06-30'], '2024-10-20') }));
    expect($('section.schedule').hasClass('notice--info')).toBe(true);
    expect($('p').last().text()).toBe(zh.t.cadence.notStated);
    expect($('.flag')).toHaveLength(0);
  });
});

describe('AttachmentList', () => {
  it('links each attachment under the site’s files with its type, size and checksum, in the edition’s words', async () => {
    const { fileHref } = linksFor(en, '/sub/');
    const attachments = [{ file: 'sources/x-progress.xlsx', name: '附件1.xlsx', type: 'xlsx' as const, size: 48_213, sha256: 'a'.repeat(64) }];
    const $ = load(await container.renderToString(AttachmentList, { props: { attachments, fileHref, t: en.t, originalLang: 'zh-CN' } }));
    const link = $('li a');
    expect([link.attr('href'), link.attr('download'), link.find('span[lang="zh-CN"]').text()]).toEqual(['/sub/sources/x-progress.xlsx', '附件1.xlsx', '附件1.xlsx']);
    expect(link.parent().text()).toContain('(Excel workbook (.xlsx), 47.1 KB)');
    expect($('.checksum').text()).toBe('a'.repeat(64));
  });
});

describe('Contributions', () => {
  const demo = loadModel(writeDemoContent(mkdtempSync(join(tmpdir(), 'contributions-'))), '2026-11-29');
  const fluoride = demo.targetById.get('teeth-fluoride')!;
  const render = (target: typeof fluoride) => container.renderToString(Contributions, { props: { target, site: demo, t: zh.t, href: linksFor(zh, '/').href } });

  it('adds up the commitments against the target’s figure, and says by how much they fall short', async () => {
    const $ = load(await render(fluoride));
    expect($('tbody tr')).toHaveLength(3);
    expect($('ul').text()).toContain('各项承诺合计 2,900名，本指标目标 3,400名。 承诺合计比本指标目标少 500名。');
  });

  it('adds up the commitments without comparing them when the target states no figure', async () => {
    const $ = load(await render({ ...fluoride, value: undefined }));
    expect($('ul li').first().text()).toBe('各项承诺合计 2,900名；本指标没有目标数字，不作比较。');
    expect($('ul').text()).not.toContain('未给出数字');
  });
});
