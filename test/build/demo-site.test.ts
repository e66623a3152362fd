import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoContent } from '../../scripts/demo.ts';
import { DEMO_CASES } from '../../scripts/demo/generate.ts';
import { buildSite, htmlFiles, page } from '../helpers/site-build.ts';

let demo: string;

beforeAll(() => {
  demo = buildSite({ TODAY: '2026-11-29', CONTENT_DIR: writeDemoContent(mkdtempSync(join(tmpdir(), 'demo-content-'))) });
});

describe('the demo site', () => {
  it('says 演示数据，非真实进度 on every page', () => {
    const files = htmlFiles(demo);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => !page(demo, `/${file}`)('[data-synthetic]').text().includes('演示数据，非真实进度'))).toEqual([]);
  });

  it('draws a target’s progress as a figure with caption, summary, chart container and a table of the same numbers', () => {
    const $ = page(demo, `/2024/targets/${DEMO_CASES.revisedDown}/`);
    const figure = $('figure.chart').first();
    expect(figure.find('figcaption').text()).toContain('历次报告数值与目标、序时进度');
    expect(figure.find('.chart__summary').text()).toMatch(/^截至2024年12月31日，已完成[\d,]+个，占全年目标的\d+%，按序时应达100%，状态：.+。$/);
    const spec = JSON.parse(figure.find('progress-chart').attr('data-chart')!) as { type: string; actual: (number | null)[] };
    expect(spec.type).toBe('progress');
    expect(figure.find('progress-chart canvas')).toHaveLength(1);
    const rows = figure.find('table tbody tr');
    expect(rows).toHaveLength(12);
    const tableValues = rows.map((_, row) => Number($(row).find('td').first().text().match(/^[\d,]+/)![0].replace(/,/g, ''))).get();
    expect(spec.actual.slice(1)).toEqual(tableValues);
    expect(figure.find('table').text()).toContain('较上期下调');
    expect($('script[type="module"]')).toHaveLength(1);
  });

  it('shows milestones as a dated state strip with a table', () => {
    const $ = page(demo, '/2024/targets/air-action-plan/');
    expect($('figure.chart ol.strip li')).toHaveLength(12);
    expect($('figure.chart table tbody tr')).toHaveLength(12);
    expect($('progress-chart')).toHaveLength(0);
  });

  it('ships no chart code on pages without a chart', () => {
    for (const path of ['/departments/', '/counties/', '/about/', '/2024/reports/', '/2024/targets/roads-enforcement/']) {
      expect(page(demo, path)('script'), path).toHaveLength(0);
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
    expect(page(demo, '/2024/reports/')('.reports-list li')).toHaveLength(12);
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
    expect(items).toHaveLength(12);
    expect(items[0].title).toBe('截至2024年12月31日的进度报告');
    expect(items[0].link).toMatch(/\/2024\/reports\/2024-12-31\/$/);
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
  it('flags the source’s word where the figures contradict it, on target, project, report and home pages, in both editions', () => {
    const target = page(demo, `/2024/targets/${DEMO_CASES.disagreement}/`);
    // December: 70% of the way to the target at the deadline, still called 按序时推进.
    expect(target('main .disagreement').first().text().replace(/\s+/g, '')).toMatch(/^报告用语与数据不一致报告称：按序时推进；按数据测算：✕未完成判定规则$/);
    expect(target('main .disagreement a').attr('href')).toBe('/about/#reported');
    const english = page(demo, `/en/2024/targets/${DEMO_CASES.disagreement}/`);
    expect(english('main .disagreement').first().text().replace(/\s+/g, ' ')).toContain('Report says: 按序时推进 (On schedule); by the figures: ✕Not met');
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
    expect(word('script')).toHaveLength(0);
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
    expect(rateRows).toHaveLength(12);
    for (const row of rateRows) expect(row).toMatchObject({ value_from_rate: true, reported_rate: expect.any(Number), value: expect.any(Number) });
    expect(rows.filter((r) => r.target_id === DEMO_CASES.wordOnly).map((r) => [r.value, r.reported_status, r.reported_as]).at(-1)).toEqual([null, '已完成', 'completed']);
    const csv = readFileSync(join(demo, 'data', '2024', 'latest', 'values.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('reported_status,reported_as,reported_rate,value_from_rate');
    const dictionary = page(demo, '/data/dictionary/')('main').text();
    for (const field of ['value_from_rate', 'reported_status', 'entries[].reportedStatus', 'entries[].reportedRate', 'summary.counts[].word', 'content/status-words.json']) expect(dictionary).toContain(field);
  });
});
