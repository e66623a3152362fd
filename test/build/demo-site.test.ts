import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { DEMO_CASES } from '../../scripts/demo/generate.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { countStatuses } from '../../src/lib/model/judge.ts';
import type { Status } from '../../src/lib/model/status.ts';
import { loadModel } from '../helpers/model.ts';
import { PUBLIC_BUILD, buildSite, htmlFiles, page, unmarkedChinese } from '../helpers/site-build.ts';

let demo: string;
let demoContent: string;

beforeAll(() => {
  demoContent = writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-')));
  demo = buildSite({ ...PUBLIC_BUILD, CONTENT_DIR: demoContent });
});

describe('the demo site', () => {
  it('says 演示数据，非真实进度 on every page', () => {
    const files = htmlFiles(demo);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => !page(demo, `/${file}`)('[data-synthetic]').text().includes('演示数据，非真实进度'))).toEqual([]);
  });

  it('marks the reports’ Chinese on every English page as Chinese: sources, issuers, status words, notes, the banner', () => {
    const english = htmlFiles(demo).filter((f) => f.startsWith('en/'));
    expect(english.length).toBeGreaterThan(100);
    expect(english.flatMap((file) => unmarkedChinese(demo, file))).toEqual([]);
    // The English page still shows the source's word, marked: "Report says <span lang="zh-CN">按进度推进</span>; no figure given".
    const cell = page(demo, `/en/2024/targets/${DEMO_CASES.wordOnly}/`)('td:contains("no figure given")').first();
    expect(cell.find('span[lang="zh-CN"]').first().text()).toMatch(/^\p{Script=Han}+$/u);
  });

  it('draws a target’s progress as a figure with caption, summary, chart container and a table of the same numbers', () => {
    const $ = page(demo, `/2024/targets/${DEMO_CASES.revisedDown}/`);
    const figure = $('figure.chart').first();
    expect(figure.find('figcaption').text()).toContain('历次报告数值与目标、序时进度');
    expect(figure.find('.chart__summary').text()).toMatch(/^截至2024年11月30日，已完成[\d,]+个，占全年目标的\d+%，按序时应达\d+%，状态：.+。$/);
    const spec = JSON.parse(figure.find('progress-chart').attr('data-chart')!) as { type: string; actual: (number | null)[] };
    expect(spec.type).toBe('progress');
    expect(figure.find('progress-chart canvas')).toHaveLength(1);
    const rows = figure.find('table tbody tr');
    expect(rows).toHaveLength(11);
    const tableValues = rows.map((_, row) => Number($(row).find('td').first().text().match(/^[\d,]+/)![0].replace(/,/g, ''))).get();
    expect(spec.actual.slice(1)).toEqual(tableValues);
    expect(figure.find('table').text()).toContain('较上期下调');
    expect($('script[type="module"]')).toHaveLength(1);
  });

  it('shows milestones as a dated state strip with a table', () => {
    const $ = page(demo, '/2024/targets/air-action-plan/');
    expect($('figure.chart ol.strip li')).toHaveLength(11);
    expect($('figure.chart table tbody tr')).toHaveLength(11);
    expect($('progress-chart')).toHaveLength(0);
  });

  it('ships no chart code on pages without a chart', () => {
    for (const path of ['/departments/', '/counties/', '/about/', '/2024/reports/', '/2024/targets/roads-enforcement/']) {
      // The header's reading switches have the only script outside the main region (test/build/site.test.ts).
      expect(page(demo, path)('main script'), path).toHaveLength(0);
    }
  });

  it('has charts on the home page (status counts, progress by project) and project pages', () => {
    const home = page(demo, '/');
    expect(home('figure.chart figcaption').map((_, el) => home(el).text()).get()).toEqual(['全部指标的状态分布', '各件实事的平均完成进度']);
    expect(home('#status-chart .chart__summary').text()).toMatch(/^全部44项指标中，/);
    const project = page(demo, '/2024/projects/student-health/');
    expect(project('#targets-chart table tbody tr').length).toBeGreaterThan(0);
  });

  it('lists every report, and each report page shows what changed, flagging revisions and corrections', () => {
    expect(page(demo, '/2024/reports/')('.reports-list li')).toHaveLength(11);
    const july = page(demo, '/2024/reports/2024-07-31/');
    const revised = july('table.changes tbody tr').filter((_, row) => july(row).text().includes('因地制宜建设老年人助餐服务点'));
    expect(revised.text()).toContain('数值较上期下调');
    expect(revised.find('td').eq(2).text()).toMatch(/^-\d+个$/);
    const september = page(demo, '/2024/reports/2024-09-30/');
    expect(september('table.changes').text()).toContain('更正截至2024年8月31日的数据');
  });

  it('publishes an RSS feed that parses, one item per report, naming corrections', () => {
    const feed = new XMLParser().parse(readFileSync(join(demo, '2024', 'reports', 'feed.xml'), 'utf8')) as { rss: { channel: { language: string; item: { title: string; link: string; description: string }[] } } };
    const items = feed.rss.channel.item;
    expect(feed.rss.channel.language).toBe('zh-CN');
    expect(items).toHaveLength(11);
    expect(items[0].title).toBe('截至2024年11月30日的进度报告');
    expect(items[0].link).toMatch(/\/2024\/reports\/2024-11-30\/$/);
    expect(items.find((i) => i.title.includes('9月30日'))!.description).toContain('更正截至2024年8月31日的数据');
  });

  it('publishes a sitemap of its pages', () => {
    const sitemap = readFileSync(join(demo, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/2024/projects/elderly-care/');
    expect(sitemap).toContain('/2024/reports/2024-06-30/');
    expect(sitemap).not.toContain('404');
  });

  it('shows county breakdowns on the target page and the county page', () => {
    const target = page(demo, '/2024/targets/elderly-care-centres/');
    expect(target('#breakdown').text()).toContain('分县市数字');
    expect(target('#breakdown + .table-wrap tbody tr')).toHaveLength(4);
    expect(page(demo, '/counties/tekes/')('#figures + .table-wrap').text()).toContain('建设乡镇（街道）区域养老服务中心');
  });

  it('shows an adjusted target beside the original, flagged, with the approval, on its page, its project and the home page', () => {
    const $ = page(demo, `/2024/targets/${DEMO_CASES.adjusted}/`);
    const box = $('.adjusted');
    expect(box.find('#adjusted-flag').text()).toBe('目标已调整');
    expect(box.find('dl').text()).toBe('方案原定目标2500间调整后目标1800间');
    expect(box.text()).toContain('自2024年7月15日起，经演示：州人民政府批准');
    expect(box.text()).toContain('状态按调整后的目标判断');
    expect($('.goal__figure').text()).toBe('1800间');
    const row = $('#adjustments + p + .table-wrap tbody tr');
    expect(row).toHaveLength(1);
    expect(row.text()).toContain('目标 2500间 → 1800间');
    expect(row.text()).toContain('DEMO-ADJ-001');
    const project = page(demo, '/2024/projects/student-health/');
    expect(project(`#target-${DEMO_CASES.adjusted}`).text()).toContain('已调整方案原定目标：2500间');
    const home = page(demo, '/');
    expect(home('.adjusted').text()).toContain('1项指标的目标经批准调整');
    expect(home('.adjusted a').attr('href')).toBe(`/2024/targets/${DEMO_CASES.adjusted}/`);
    const en = page(demo, `/en/2024/targets/${DEMO_CASES.adjusted}/`);
    expect(en('.adjusted dl').text()).toBe('Original target in the plan2,500 roomsAdjusted target1,800 rooms');
  });

  it('publishes original and adjusted targets in the open data, and the adjustment itself', () => {
    const targets = JSON.parse(readFileSync(join(demo, 'data', '2024', 'latest', 'targets.json'), 'utf8')) as Record<string, unknown>[];
    const adjusted = targets.find((t) => t.target_id === DEMO_CASES.adjusted)!;
    expect([adjusted.original_target_value, adjusted.target_value, adjusted.adjusted_on, adjusted.target_as_written]).toEqual([2500, 1800, '2024-07-15', '1800间']);
    expect(targets.filter((t) => t.adjusted_on !== null)).toHaveLength(1);
    const csv = readFileSync(join(demo, 'data', '2024', 'latest', 'adjustments.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('plan,target_id,effective,previous_target_value,target_value,target_as_written,previous_deadline,deadline,reason,approval_title,approval_issuer,approval_date,approval_url,approval_reference,published');
    expect(csv[1]).toMatch(/^2024,classroom-lighting-upgrade,2024-07-15,2500,1800,1800间,2024-12-31,,/);
    // The package frozen at June's report predates the adjustment.
    const june = JSON.parse(readFileSync(join(demo, 'data', '2024', '2024-06-30', 'targets.json'), 'utf8')) as Record<string, unknown>[];
    expect(june.find((t) => t.target_id === DEMO_CASES.adjusted)!.target_value).toBe(2500);
  });

  it('carries every issuer in the whole site’s targets table, with the links between targets, and a package per issuer', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(demo, 'data', 'targets.csv'), 'utf8'), { header: true, skipEmptyLines: true, delimiter: ',' }).data;
    expect(new Set(rows.map((r) => r.issuer_id))).toEqual(new Set(['xinjiang', 'yili', 'yining-city', 'chabuchaer', 'huocheng']));
    expect(rows.find((r) => r.target_id === 'yining-city-teeth-fluoride')).toMatchObject({ plan: 'yining-city-2024', issuer_id: 'yining-city', contributes_to: 'teeth-fluoride' });
    expect(rows.find((r) => r.target_id === 'teeth-fluoride')).toMatchObject({ issuer_id: 'yili', contributes_to: 'xj-demo-teeth-fluoride' });
    const county = JSON.parse(readFileSync(join(demo, 'data', 'yining-city.datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    expect(county.resources.map((r) => r.path)).toEqual(['yining-city-2024/latest/targets.csv', 'yining-city-2024/latest/values.csv', 'yining-city-2024/latest/adjustments.csv', 'yining-city-2024/latest/report.csv']);
  });

  it('lists the issuers by level with an issuer × status table whose counts link to the filtered search, in both editions', () => {
    for (const prefix of ['', '/en']) {
      const $ = page(demo, `${prefix}/issuers/`);
      const rows = $('table.status-grid tbody tr').toArray().map((row) => $(row).find('th').text().trim());
      expect(rows, prefix).toHaveLength(5);
      // Every column head says its status in words beside the icon: never colour alone.
      expect($('table.status-grid thead th [data-status]').toArray().every((head) => $(head).text().trim().length > 1)).toBe(true);
      const link = $('table.status-grid tbody td a').first().attr('href')!;
      // The count is of the issuer's newest plan, and so is the list it links to.
      expect(link).toMatch(new RegExp(`^${prefix}/search/\\?plan=[a-z0-9-]+&status=[a-z-]+&issuer=[a-z-]+$`));
    }
    const yili = page(demo, '/issuers/yili/');
    expect(yili('h1').text()).toBe('伊犁哈萨克自治州');
    expect(yili('a[href="/issuers/xinjiang/"]').length).toBeGreaterThan(0);
    expect(yili('table.status-grid').length).toBe(2);
  });

  it('lists the site’s own issuer’s targets on the search page without JavaScript, and links to the other issuers’ pages', () => {
    const $ = page(demo, '/search/');
    const listed = $('.all-targets .result__title').toArray().map((a) => $(a).attr('href')!);
    expect(listed.length).toBeGreaterThan(40);
    expect(listed.every((href) => href.startsWith('/2024/targets/'))).toBe(true);
    expect($('#all-targets').text()).toBe('伊犁州的全部指标（按实事分组）');
    expect($('[aria-labelledby="all-other-issuers"] a').toArray().map((a) => $(a).attr('href')).sort()).toEqual(['/issuers/chabuchaer/', '/issuers/huocheng/', '/issuers/xinjiang/', '/issuers/yining-city/']);
    // Every issuer's index file is published, in both editions.
    for (const prefix of ['', 'en/']) for (const id of ['chabuchaer', 'huocheng', 'xinjiang', 'yining-city']) expect(existsSync(join(demo, `${prefix}search-index`, `${id}.json`)), `${prefix}${id}`).toBe(true);
  });

  it('shows on a prefecture target what the counties committed and reported, with the sums labelled as the site’s own, and links a county target up', () => {
    const $ = page(demo, '/2024/targets/teeth-fluoride/');
    const section = $('section[aria-labelledby="contributions"]');
    expect(section.find('tbody tr')).toHaveLength(3);
    expect(section.text()).toContain('各项承诺合计 2,900名，本指标目标 3,400名。');
    expect(section.text()).toContain('承诺合计比本指标目标少 500名。');
    expect(section.text()).toContain('不是任何机关发布的数字');
    const county = page(demo, '/yining-city-2024/targets/yining-city-teeth-fluoride/');
    expect(county('a[href="/2024/targets/teeth-fluoride/"]').text()).toContain('本指标计入伊犁哈萨克自治州的指标');
  });

  it('gives every target a feed with its reports, corrections and adjustments, linked from its page', () => {
    const $ = page(demo, `/2024/targets/${DEMO_CASES.adjusted}/`);
    expect($('head link[rel="alternate"][type="application/rss+xml"]').map((_, l) => $(l).attr('href')).get()).toContain(`/2024/targets/${DEMO_CASES.adjusted}/feed.xml`);
    const parse = (path: string) => (new XMLParser().parse(readFileSync(join(demo, path), 'utf8')) as { rss: { channel: { title: string; item: { title: string; link: string; description: string }[] } } }).rss.channel;
    const channel = parse(`2024/targets/${DEMO_CASES.adjusted}/feed.xml`);
    expect(channel.item).toHaveLength(12);
    const adjustment = channel.item.find((i) => i.title.includes('目标调整'))!;
    expect(adjustment.title).toBe('完成中小学教室的健康照明设备改造：目标调整，自2024年7月15日起生效');
    expect(adjustment.link).toMatch(/\/2024\/targets\/classroom-lighting-upgrade\/#adjustment-2024-07-15$/);
    expect(adjustment.description).toContain('目标 2500间 → 1800间');
    expect(adjustment.description).toContain('演示：州人民政府');
    const corrected = parse(`2024/targets/${DEMO_CASES.corrected}/feed.xml`).item;
    expect(corrected.find((i) => i.title.includes('更正'))!.title).toContain('（更正截至2024年8月31日的数据）');
    expect(corrected[0].link).toMatch(/\/2024\/reports\/2024-11-30\/#target-teeth-fluoride$/);
    expect(parse(`en/2024/targets/${DEMO_CASES.adjusted}/feed.xml`).item.find((i) => i.title.includes('Target adjusted'))).toBeDefined();
    // A report whose own word contradicts its figures is flagged in the target's feed, with both.
    const disputed = parse(`2024/targets/${DEMO_CASES.disagreement}/feed.xml`).item;
    const flagged = disputed.filter((i) => i.title.endsWith('（报告用语与数据不一致）'));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(disputed.length);
    expect(flagged[0]!.description).toMatch(/报告用语与数据不一致：报告称：按序时推进；按数据测算：(慢于序时|未完成)。/);
    expect(parse(`2024/targets/${DEMO_CASES.agreeingWord}/feed.xml`).item.filter((i) => i.title.includes('不一致'))).toEqual([]);
  });

  it('links a report’s attachment with its type and size, and publishes the file unchanged', () => {
    const $ = page(demo, '/2024/reports/2024-06-30/');
    const link = $('#attachments + ul a');
    expect(link.attr('href')).toBe('/sources/demo-2024-06-30-progress.pdf');
    expect(link.parent().text()).toMatch(/（PDF，0\.\d KB）/);
    const published = readFileSync(join(demo, 'sources', 'demo-2024-06-30-progress.pdf'));
    expect(createHash('sha256').update(published).digest('hex')).toBe($('#attachments + ul .checksum').text());
    expect(published.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the reporting schedule and says plainly that the December report is overdue', () => {
    for (const path of ['/', '/2024/', '/2024/reports/2024-11-30/']) {
      const schedule = page(demo, path)('.schedule');
      expect(schedule.text(), path).toContain('最新进度报告截至：2024年11月30日');
      expect(schedule.text(), path).toContain('已逾期：截至2024年12月31日的报告应于2025年1月10日前报送，至今已逾期688天');
      expect(schedule.text(), path).toContain('（按2026年11月29日计算）');
    }
    expect(page(demo, '/en/')('.schedule').text()).toContain('Overdue: the report as of December 31, 2024 was due by January 10, 2025; it is 688 days late');
  });

  it('flags the source’s word where the figures contradict it, on target, project, report and home pages, in both editions', () => {
    const target = page(demo, `/2024/targets/${DEMO_CASES.disagreement}/`);
    // November (December's report is overdue in the demo): behind schedule, still called 按序时推进.
    expect(target('main .disagreement').first().text().replace(/\s+/g, '')).toMatch(/^报告用语与数据不一致报告称：按序时推进；按数据测算：▼慢于序时判定规则$/);
    expect(target('main .disagreement a').attr('href')).toBe('/about/#reported');
    const english = page(demo, `/en/2024/targets/${DEMO_CASES.disagreement}/`);
    expect(english('main .disagreement').first().text().replace(/\s+/g, ' ')).toContain('Report says: 按序时推进 (On schedule); by the figures: ▼Behind schedule');
    expect(english('main .disagreement [lang="zh-CN"]').first().text()).toBe('按序时推进');
    const project = page(demo, '/2024/projects/road-safety/');
    expect(project(`#target-${DEMO_CASES.disagreement} .disagreement`).text()).toContain('报告称：按序时推进');
    const home = page(demo, '/');
    expect(home('#disagreements-heading').text()).toBe('报告用语与数据不一致的指标');
    expect(home('main .disagreement__flag').first().text()).toBe('1项指标的报告用语与数据测算不一致');
    expect(home('.disagreement-list li')).toHaveLength(1);
    const june = page(demo, '/2024/reports/2024-06-30/');
    expect(june('#disagreements + .disagreement .disagreement__flag').text()).toBe('1项指标的报告用语与数据测算不一致');
    expect(june('table.changes').text()).toContain('报告称：超序时');
  });

  it('shows a rate-only figure as derived, and a word with no figure as such, never charted', () => {
    const rate = page(demo, `/2024/targets/${DEMO_CASES.rateOnly}/`);
    expect(rate('#history').parent().text()).toMatch(/由报告完成率[\d.]+%推算/);
    expect(rate('figure.chart table').text()).toMatch(/由报告完成率[\d.]+%推算/);
    const word = page(demo, `/2024/targets/${DEMO_CASES.wordOnly}/`);
    expect(word('main').text()).toContain('报告称已完成，未给出数字');
    expect(word('main').text()).toContain('本站状态依据来源用语，来源未给出数字');
    expect(word('progress-chart')).toHaveLength(0);
    expect(word('main script')).toHaveLength(0);
  });

  it('shows the source’s own summary verbatim beside the site’s counts on the report page', () => {
    const june = page(demo, '/2024/reports/2024-06-30/');
    const tables = june('#summary').parent().find('table');
    expect(tables).toHaveLength(2);
    expect(tables.eq(0).find('tbody tr').map((_, row) => june(row).text()).get()).toEqual(['按序时推进8', '滞后2']);
    expect(tables.eq(0).find('tfoot').text()).toBe('共10项');
    expect(tables.eq(1).find('tfoot').text()).toBe('共44项指标');
    const counted = tables.eq(1).find('tbody td').map((_, cell) => Number(june(cell).text())).get();
    expect(counted.reduce((a, b) => a + b, 0)).toBe(44);
    expect(page(demo, '/2024/reports/2024-07-31/')('#summary')).toHaveLength(0);
  });

  it('publishes the source’s words and rates in the open data, marking derived values', () => {
    const rows = JSON.parse(readFileSync(join(demo, 'data', '2024', 'latest', 'values.json'), 'utf8')) as Record<string, unknown>[];
    const rateRows = rows.filter((r) => r.target_id === DEMO_CASES.rateOnly);
    expect(rateRows).toHaveLength(11); // one per demo report: eleven, December's being overdue
    for (const row of rateRows) expect(row).toMatchObject({ value_from_rate: true, reported_rate: expect.any(Number), value: expect.any(Number) });
    expect(rows.filter((r) => r.target_id === DEMO_CASES.wordOnly).map((r) => [r.value, r.reported_status, r.reported_as]).at(-1)).toEqual([null, '已完成', 'completed']);
    const csv = readFileSync(join(demo, 'data', '2024', 'latest', 'values.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('reported_status,reported_as,reported_rate,value_from_rate');
    const dictionary = page(demo, '/data/dictionary/')('main').text();
    for (const field of ['value_from_rate', 'reported_status', 'entries[].reportedStatus', 'entries[].reportedRate', 'summary.counts[].word', 'content/status-words.json']) expect(dictionary).toContain(field);
  });

  it('shows each target’s status as its page does on every page, in both editions, in the CSV and the embeds; report pages as the site showed it on their day', () => {
    const TARGET_LINK = /^(?:\/en)?\/2024\/targets\/([^/]+)\/$/;
    const targetIds = htmlFiles(demo).flatMap((f) => /^2024\/targets\/([^/]+)\/index\.html$/.exec(f)?.[1] ?? []);
    expect(targetIds.length).toBeGreaterThan(40);
    const onItsPage = new Map(targetIds.map((id) => [id, page(demo, `/2024/targets/${id}/`)('main dl dd > [data-status]').first().attr('data-status') as Status]));
    const differ: string[] = [];
    // Every row or list item that names one target and shows a status, on every page but the report pages.
    for (const file of htmlFiles(demo).filter((f) => !/(^|\/)reports\/\d{4}-/.test(f) && !/(^|\/)about\//.test(f))) {
      const $ = page(demo, `/${file}`);
      $('[data-status]').each((_, tag) => {
        const holder = $(tag).closest('tr, li');
        const ids = [...new Set(holder.find('a[href]').map((_, a) => TARGET_LINK.exec($(a).attr('href')!)?.[1]).get().filter(Boolean))];
        if (ids.length !== 1) return;
        if ($(tag).attr('data-status') !== onItsPage.get(ids[0])) differ.push(`${file}: ${ids[0]} ${$(tag).attr('data-status')} ≠ ${onItsPage.get(ids[0])}`);
      });
    }
    for (const id of targetIds) {
      for (const path of [`/en/2024/targets/${id}/`, `/embed/2024/targets/${id}/`, `/en/embed/2024/targets/${id}/`]) {
        const shown = page(demo, path)(path.includes('embed') ? '[data-status]' : 'main dl dd > [data-status]').first().attr('data-status');
        if (shown !== onItsPage.get(id)) differ.push(`${path}: ${shown} ≠ ${onItsPage.get(id)}`);
      }
    }
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(demo, 'data', '2024', 'latest', 'targets.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const row of csv) if (row.status !== onItsPage.get(row.target_id)) differ.push(`targets.csv: ${row.target_id} ${row.status} ≠ ${onItsPage.get(row.target_id)}`);
    // The home page's counts are the target pages' statuses, counted.
    const home = page(demo, '/');
    const counted = home('#status-chart table tbody tr').map((_, tr) => ({ label: home(tr).find('th').text(), count: Number(home(tr).find('td').text()) })).get();
    expect(counted).toEqual(countStatuses(onItsPage.values()).map((row) => ({ label: zhCN.status[row.status], count: row.count })));
    // A report page shows, after, the status the target's page showed on the report's day, and before, that of its previous reading's day.
    const site = loadModel(demoContent, '2026-11-29');
    const [plan] = site.plans;
    let countedReports = 0;
    const shownOn = new Map(plan.reports.map((r) => [r.asOf, new Map(loadModel(demoContent, r.asOf).plans[0].targets.map((t) => [t.id, t.assessment.status]))]));
    for (const report of plan.reports) {
      const $ = page(demo, `/2024/reports/${report.asOf}/`);
      $('tr').each((_, row) => {
        const id = $(row).find('th a[href]').map((_, a) => TARGET_LINK.exec($(a).attr('href')!)?.[1]).get().filter(Boolean)[0];
        const tags = $(row).find('td > [data-status]').map((_, tag) => $(tag).attr('data-status')).get();
        if (!id || tags.length === 0) return;
        const previous = plan.targets.find((t) => t.id === id)!.readings.filter((r) => r.asOf < report.asOf).at(-1)?.asOf;
        const expected = [previous ? shownOn.get(previous)!.get(id)! : 'no-data', shownOn.get(report.asOf)!.get(id)!];
        const seen = tags.length === 1 ? [tags[0], tags[0]] : tags;
        if (JSON.stringify(seen) !== JSON.stringify(expected)) differ.push(`/2024/reports/${report.asOf}/: ${id} ${seen.join('→')} ≠ ${expected.join('→')}`);
      });
      // Beside a source's own summary, the site's counts on the report's day.
      const counts = $('th[scope="row"] > [data-status]').map((_, tag) => ({ status: $(tag).attr('data-status'), count: Number($(tag).closest('tr').find('td').text()) })).get();
      if (counts.length > 0) countedReports++;
      if (counts.length > 0) expect({ report: report.asOf, counts }).toEqual({ report: report.asOf, counts: countStatuses(shownOn.get(report.asOf)!.values()) });
    }
    expect(countedReports).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });
});
