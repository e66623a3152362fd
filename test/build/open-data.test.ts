import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, withJulyReport } from '../helpers/fixtures.ts';
import { PUBLIC_BUILD, PUBLISHED, buildSite, checkLinks, page } from '../helpers/site-build.ts';

const TODAY = '2026-11-29';
let real: string;
/** The real site as deployed under a sub-path of a site URL (the same build as site.test.ts's). */
let published: string;
let before: string;
let after: string;

const filesOf = (dir: string) => readdirSync(dir).sort();

beforeAll(() => {
  real = buildSite(PUBLIC_BUILD);
  published = buildSite(PUBLISHED);
  before = buildSite({ TODAY, CONTENT_DIR: BASE_CONTENT });
  after = buildSite({ TODAY, CONTENT_DIR: withJulyReport() });
});

describe('open data', () => {
  it('links from /data/ to files that all exist', () => {
    const $ = page(real, '/data/');
    const links = $('main a[href]').map((_, a) => a.attribs.href).get();
    expect(links).toEqual(expect.arrayContaining(['/data/2024/latest/targets.csv', '/data/2024/latest/values.json', '/data/2024/latest/datapackage.json', '/data/datapackage.json', '/data/schema/snapshot.schema.json', '/data/dictionary/']));
    expect(checkLinks(real, '/').filter((b) => b.page.startsWith('/data/'))).toEqual([]);
  });

  it('describes every latest resource in /data/datapackage.json, with the CSV header its schema declares', () => {
    const descriptor = JSON.parse(readFileSync(join(real, 'data', 'datapackage.json'), 'utf8')) as {
      profile: string;
      licenses: unknown[];
      resources: { path: string; format: string; encoding: string; schema: { fields: { name: string; type: string; description: string }[] } }[];
    };
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.licenses).toHaveLength(1);
    expect(descriptor.resources.map((r) => r.path)).toEqual(['targets.csv', '2024/latest/targets.csv', '2024/latest/values.csv', '2024/latest/adjustments.csv']);
    for (const resource of descriptor.resources) {
      const text = readFileSync(join(real, 'data', resource.path), 'utf8');
      expect(resource.schema.fields.every((f) => f.description.length > 0 && f.type.length > 0)).toBe(true);
      expect(resource.encoding).toBe('utf-8');
      expect(text.startsWith('plan,'), resource.path).toBe(true);
      expect(Papa.parse<string[]>(text, { delimiter: ',' }).data[0]).toEqual(resource.schema.fields.map((f) => f.name));
      expect(readFileSync(join(real, 'data', resource.path.replace(/\.csv$/, '-excel.csv')), 'utf8')).toBe(`\uFEFF${text}`);
      const rows = JSON.parse(readFileSync(join(real, 'data', resource.path.replace(/\.csv$/, '.json')), 'utf8')) as Record<string, unknown>[];
      if (rows.length > 0) expect(Object.keys(rows[0])).toEqual(resource.schema.fields.map((f) => f.name));
    }
    const targets = Papa.parse<Record<string, string>>(readFileSync(join(real, 'data', '2024', 'latest', 'targets.csv'), 'utf8'), { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(targets.data).toHaveLength(44);
    expect(targets.data.find((r) => r.target_id === 'teeth-pit-fissure-sealant')).toMatchObject({ target_value: '9600', unit: '名', lead_units: '州卫生健康委', status: 'no-data', issuer_id: 'yili', contributes_to: '' });
    // One issuer, one plan: the whole site's table is that plan's.
    expect(readFileSync(join(real, 'data', 'targets.csv'), 'utf8')).toBe(readFileSync(join(real, 'data', '2024', 'latest', 'targets.csv'), 'utf8'));
  });

  it('publishes JSON Schemas and a data dictionary generated from them', () => {
    const schema = JSON.parse(readFileSync(join(real, 'data', 'schema', 'snapshot.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['plan', 'asOf', 'published', 'source', 'entries']));
    const dictionary = page(real, '/data/dictionary/')('main').text();
    for (const field of ['entries[].corrects', 'subItems[].targets[].comparator', 'target_as_written', 'revised_down']) expect(dictionary).toContain(field);
  });

  it('freezes each report’s package: a newer report, or an adjustment published later though effective earlier, changes none of its files', () => {
    const frozen = join(before, 'data', '2024', '2024-06-30');
    const again = join(after, 'data', '2024', '2024-06-30');
    expect(filesOf(frozen)).toEqual(['adjustments-excel.csv', 'adjustments.csv', 'adjustments.json', 'datapackage.json', 'report-excel.csv', 'report.csv', 'report.json', 'targets-excel.csv', 'targets.csv', 'targets.json', 'values-excel.csv', 'values.csv', 'values.json']);
    expect(filesOf(again)).toEqual(filesOf(frozen));
    for (const file of filesOf(frozen)) expect(readFileSync(join(again, file)).equals(readFileSync(join(frozen, file))), file).toBe(true);
    expect(filesOf(join(after, 'data', '2024'))).toEqual(['2024-06-30', '2024-07-31', 'latest']);
    expect(readFileSync(join(after, 'data', '2024', 'latest', 'values.csv')).equals(readFileSync(join(after, 'data', '2024', '2024-07-31', 'values.csv')))).toBe(true);
    expect(readFileSync(join(after, 'data', '2024', 'latest', 'values.csv'), 'utf8')).toContain('"6月数字含重复统计，更正为35个，说明：""复核""后下调"');
  });
});

describe('citations, embeds and sharing', () => {
  it('cites a target with the report it rests on, pinned to that report', () => {
    const $ = page(after, '/2024/targets/sample-points/');
    const cite = $('section.cite').text();
    expect(cite).toContain('[EB/OL]. (2024-07-31)[2026-11-29]. /2024/reports/2024-07-31/#target-sample-points.');
    expect(cite).toContain('进度截至2024年7月31日，据《示例进度通报（7月）》（示例局，2024年8月3日）');
    expect(page(after, '/2024/reports/2024-07-31/')('#target-sample-points')).toHaveLength(1);
  });

  it('cites a target without reports by its own page, with absolute URLs when SITE_URL (and a base path) is set', () => {
    const cite = page(published, '/2024/targets/teeth-fluoride/')('section.cite').text();
    expect(cite).toContain('民生实事公开. 为学龄前儿童免费提供口腔局部涂氟：实施自治州2024年十件民生实事工作方案[EB/OL]. [2026-11-29]. https://minsheng.example.org/minsheng/2024/targets/teeth-fluoride/.');
    expect(cite).toContain('尚无进度报告');
    expect(page(published, '/2024/projects/student-health/')('section.cite').text()).toContain('https://minsheng.example.org/minsheng/2024/projects/student-health/');
  });

  it('offers an <iframe> snippet of the embed page, which has the figure or says there is no chart', () => {
    const snippet = page(published, '/2024/targets/teeth-fluoride/')('#embed-snippet').text();
    expect(snippet).toMatch(/^<iframe src="https:\/\/minsheng\.example\.org\/minsheng\/embed\/2024\/targets\/teeth-fluoride\/" title="[^"]+" width="100%" height="620" loading="lazy" style="border:0"><\/iframe>$/);
    expect(page(published, '/embed/2024/targets/teeth-fluoride/')('main').text()).toContain('尚无进度报告，暂无图表');
    const embed = page(after, '/embed/2024/targets/sample-points/');
    expect(embed('figure.chart table tbody tr')).toHaveLength(2);
    expect(embed('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(embed('header, footer')).toHaveLength(0);
  });

  it('gives project and target pages a QR code for a short link, and a printable notice', () => {
    for (const [path, short] of [['/2024/targets/teeth-fluoride/', '/t/teeth-fluoride/'], ['/2024/projects/student-health/', '/p/student-health/']]) {
      const $ = page(published, path);
      expect($('section.share .qr svg'), path).toHaveLength(1);
      expect($('section.share .qr').attr('aria-label')).toContain(`https://minsheng.example.org/minsheng${short}`);
      const notice = page(published, `${path}notice/`);
      expect(notice('.notice-sheet .qr svg')).toHaveLength(1);
      expect(notice('.notice-sheet__url').text()).toBe(`https://minsheng.example.org/minsheng${short}`);
      expect(notice('.notice-sheet__facts').text()).toMatch(/目标.+牵头单位/);
      expect(page(published, short)('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=/minsheng${path}`);
    }
  });
});
