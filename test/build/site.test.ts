import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, brokenContent } from '../helpers/fixtures.ts';
import { PUBLIC_BUILD, PUBLISHED, ROOT, buildSite, checkLinks, htmlFiles, page } from '../helpers/site-build.ts';

const TODAY = '2026-11-29';
/** Pages without the site's chrome: embeds, printable notices and short-link redirects. */
const BARE = /^(en\/)?(embed|t|p)\/|\/notice\/index\.html$/;
let real: string;
let fixture: string;

beforeAll(() => {
  real = buildSite(PUBLIC_BUILD);
  fixture = buildSite({ TODAY, CONTENT_DIR: BASE_CONTENT });
});

describe('the real site', () => {
  it('has a page for the plan, every project, every target, department and county', () => {
    const files = htmlFiles(real);
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', '2024/index.html', '2024/source/index.html', 'about/index.html', 'departments/index.html', 'counties/index.html']));
    expect(files.filter((f) => /^2024\/projects\/[^/]+\/index\.html$/.test(f))).toHaveLength(10);
    expect(files.filter((f) => /^2024\/targets\/[^/]+\/index\.html$/.test(f))).toHaveLength(44);
    expect(files.filter((f) => /^2024\/targets\/[^/]+\/notice\/index\.html$/.test(f))).toHaveLength(44);
    expect(files.filter((f) => /^embed\/2024\/targets\/[^/]+\/index\.html$/.test(f))).toHaveLength(44);
    expect(files.filter((f) => /^t\/[^/]+\/index\.html$/.test(f))).toHaveLength(44);
    expect(files.filter((f) => /^p\/[^/]+\/index\.html$/.test(f))).toHaveLength(10);
    const listed = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'content', name), 'utf8')) as { id: string }[]).map((e) => e.id);
    expect(files.filter((f) => /^departments\/.+\/index\.html$/.test(f)).sort()).toEqual(listed('departments.json').map((id) => `departments/${id}/index.html`).sort());
    expect(files.filter((f) => /^counties\/.+\/index\.html$/.test(f)).sort()).toEqual(listed('counties.json').map((id) => `counties/${id}/index.html`).sort());
  });

  it('keeps every URL it had before it held several issuers (test/fixtures/urls-2024.txt: every page and file of the build at 35024ab)', () => {
    const urls = readFileSync(join(ROOT, 'test', 'fixtures', 'urls-2024.txt'), 'utf8').split('\n').filter((line) => line.startsWith('/'));
    expect(urls.length).toBeGreaterThan(700);
    expect(urls.filter((url) => !existsSync(join(real, url.endsWith('/') ? `${url}index.html` : url)))).toEqual([]);
  });

  it('gives every page its edition’s lang (zh-CN, or en under /en/), one h1, a title and a description; a target’s page a description of its own, naming it', () => {
    const targetDescriptions = new Map<string, string>();
    for (const file of htmlFiles(real)) {
      const $ = page(real, `/${file}`);
      expect($('html').attr('lang'), file).toBe(file.startsWith('en/') ? 'en' : 'zh-CN');
      expect($('h1'), file).toHaveLength(1);
      expect($('title').text().trim(), file).not.toBe('');
      const description = $('meta[name="description"]').attr('content')?.trim() ?? '';
      expect(description, file).not.toBe('');
      // Every page falls back to the site's description, so a page of its own must say more than that.
      if (/^(en\/)?\d{4}\/targets\/[^/]+\/index\.html$/.test(file)) {
        expect(description, file).toContain($('h1').text().trim());
        targetDescriptions.set(file, description);
      }
    }
    expect(targetDescriptions.size).toBeGreaterThan(60);
    expect(new Set(targetDescriptions.values()).size).toBe(targetDescriptions.size);
  });

  it('says plainly on the home page that no progress has been published', () => {
    const $ = page(real, '/');
    expect($('main').text()).toContain('进度尚未发布');
    expect($('h1').text()).toBe('实施自治州2024年十件民生实事工作方案');
    expect($('.card')).toHaveLength(10);
  });

  it('shows no status but 暂无数据 anywhere, since no report has been published', () => {
    // The about page is left out: it explains every status.
    const dataPages = htmlFiles(real).filter((file) => !/^(en\/)?about\/index\.html$/.test(file));
    const statuses = new Set(dataPages.flatMap((file) => page(real, `/${file}`)('[data-status]').map((_, el) => el.attribs['data-status']).get()));
    expect([...statuses]).toEqual(['no-data']);
  });

  it('carries no synthetic-data banner', () => {
    expect(htmlFiles(real).filter((file) => page(real, `/${file}`)('[data-synthetic]').length > 0)).toEqual([]);
  });

  // Figures checked outside the quoted official text, in the tables and lists a reader scans.
  it.each([
    ['natural-gas', ['1.37万户', '4万人', '87家企业', '2.8万户', '12.4万人', '81家企业', '2个']],
    ['seismic-housing', ['约8.89万栋', '约0.6万栋']],
    ['employment', ['不低于5万人', '18000人以上', '2750人以上', '动态清零', '90%以上', '“131”帮扶']],
    ['digital-services', ['100㎡', '136项', '200个', '兵团七师胡杨河市']],
    ['road-safety', ['10座', '400公里']],
    ['student-health', ['3400名', '9600名', '2500间', '7.9万余名', '100%覆盖', '26万学生', '你点我查']],
    ['elderly-care', ['882个', '5个', '1377户', '州本级1个', '伊宁市2个', '奎屯市1个', '特克斯县1个']],
    ['disability-support', ['400名', '920户']],
    ['culture-science', ['不少于1000场次', '至少650人次']],
    ['air-quality', ['2024—2025年', '优良天数比率', 'PM2.5', '重污染天气比例']],
  ])('shows the figures of %s on its project page with their units', (projectId, figures) => {
    const $ = page(real, `/2024/projects/${projectId}/`);
    $('.official').remove();
    const text = $('main').text();
    for (const figure of figures) expect(text, figure).toContain(figure);
  });

  it('quotes the official text on each project page and serves the plan’s text unchanged', () => {
    const $ = page(real, '/2024/projects/disability-support/');
    expect($('.official')).toHaveLength(2);
    expect($('.official').first().text()).toContain('牵头单位：州残联');
    const source = readFileSync(join(ROOT, 'content', 'sources', '2024-yili-ten-livelihood-projects.txt'));
    expect(readFileSync(join(real, '2024', 'source.txt')).equals(source)).toBe(true);
  });

  it('lists on a department page the projects it leads apart from those it shares', () => {
    const $ = page(real, '/departments/education/');
    expect($('#leads + ul').text()).toContain('中小学生健康关爱');
    expect($('#shares + ul').text()).toContain('帮扶困难群体就业');
    expect($('#shares + ul').text()).not.toContain('中小学生健康关爱');
  });

  it('shows on a target page its goal, units, deadline and that nothing is reported yet', () => {
    const $ = page(real, '/2024/targets/teeth-pit-fissure-sealant/');
    const text = $('main').text();
    expect($('h1').text()).toBe('为6—9岁儿童免费提供第一恒磨牙窝沟封闭服务');
    expect(text).toContain('9600名');
    expect(text).toContain('2024年12月31日');
    expect(text).toContain('州卫生健康委');
    expect(text).toContain('尚无进度报告');
  });

  it('ships no JavaScript but on the search pages (one per language) and the reading switches: every page works without it', () => {
    const scripted: string[] = [];
    const outside = new Set<string>();
    for (const file of htmlFiles(real)) {
      const $ = page(real, `/${file}`);
      if ($('main script').length > 0) scripted.push(file);
      // Outside the main region, only the reading switches' inline script (test/e2e/reading.test.ts runs the pages without it).
      $('script').not('main script').each((_, el) => void outside.add($(el).attr('src') ?? $(el).attr('type') ?? ($(el).text().includes('reading-switches') ? 'reading switches' : $(el).text().slice(0, 40))));
    }
    expect(scripted).toEqual(['en/search/index.html', 'search/index.html']);
    expect(outside).toEqual(new Set(['reading switches']));
  });

  it('marks targets with Pagefind filters, metadata and a sort key, and indexes main content only', () => {
    const $ = page(real, '/2024/targets/elderly-care-centres/');
    const filters = $('[data-pagefind-filter]').map((_, el) => el.attribs['data-pagefind-filter']).get();
    expect(filters).toEqual(expect.arrayContaining(['project:elderly-care', 'lead:civil-affairs', 'responsible:finance', 'county:tekes', 'status:no-data', 'kind:count']));
    const meta = $('[data-pagefind-meta]').map((_, el) => el.attribs['data-pagefind-meta']).get();
    expect(meta).toEqual(expect.arrayContaining(['project:八、居家社区养老', 'lead:州民政局', 'figure:5个', 'status:no-data', 'asOf:']));
    expect($('[data-pagefind-sort]').attr('data-pagefind-sort')).toMatch(/^order:08\.\d{3}$/);
    expect($('header[data-pagefind-ignore], footer[data-pagefind-ignore]')).toHaveLength(2);
    expect($('main[data-pagefind-body]')).toHaveLength(1);
    expect(page(real, '/search/')('[data-pagefind-body]')).toHaveLength(0);
  });

  it('has a skip link to the main content on every page with the site’s chrome', () => {
    for (const file of htmlFiles(real).filter((f) => !BARE.test(f))) {
      const $ = page(real, `/${file}`);
      expect($('a.skip-link').attr('href'), file).toBe('#main');
      expect($('main#main'), file).toHaveLength(1);
    }
  });

  it('has a search index built with the site', () => {
    expect(readFileSync(join(real, 'pagefind', 'pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  });

  it('has no broken internal link or anchor', () => {
    expect(checkLinks(real, '/')).toEqual([]);
  });
});

/** A test that builds a site itself may first wait for the other worker's build to finish. */
const BUILD_TIMEOUT = 600_000;

describe('the real site under a sub-path', () => {
  it('keeps every link inside the base path and working', () => {
    // Deployed as a sub-path of a site URL (open-data.test.ts checks the absolute URLs of this build).
    const sub = buildSite(PUBLISHED);
    expect(checkLinks(sub, '/minsheng/')).toEqual([]);
    expect(page(sub, '/')('a.site-header__name').attr('href')).toBe('/minsheng/');
  }, BUILD_TIMEOUT);
});

describe('a site built from fixture progress', () => {
  it('opens every external link with rel="noopener noreferrer", MDX bodies included', () => {
    const bad = htmlFiles(fixture).flatMap((file) => {
      const $ = page(fixture, `/${file}`);
      return $('a[href^="http"]').filter((_, a) => !/noopener/.test(a.attribs.rel ?? '') || !/noreferrer/.test(a.attribs.rel ?? '')).map((_, a) => `${file}: ${a.attribs.href}`).get();
    });
    expect(bad).toEqual([]);
    expect(page(fixture, '/2024/projects/sample/')('a[href="https://example.org/plan"]').attr('rel')).toBe('noopener noreferrer');
  });

  it('shows the synthetic-data banner on every page', () => {
    const missing = htmlFiles(fixture).filter((file) => !page(fixture, `/${file}`)('[data-synthetic]').text().includes('测试数据，非真实进度'));
    expect(missing).toEqual([]);
  });

  it('shows a target’s reported value, status, as-of date and source', () => {
    const $ = page(fixture, '/2024/targets/sample-points/');
    const history = $('#history').parent().text();
    expect(history).toContain('2024年6月30日');
    expect(history).toContain('40个');
    expect($('#history').parent().find('a[href="https://example.org/report-2024-06"]').attr('rel')).toBe('noopener noreferrer');
    expect($('[data-status]').first().text()).toContain('慢于序时');
  });

  it('asks for corrections on every target page, with the target id filled in', () => {
    const $ = page(fixture, '/2024/targets/sample-points/');
    const mail = $('section.feedback a[href^="mailto:"]').attr('href')!;
    expect($('#feedback').text()).toBe('发现数据有误？');
    expect(mail).toMatch(/^mailto:jiucuo@example\.org\?subject=/);
    expect(decodeURIComponent(mail)).toContain('数据纠错：sample-points');
    expect($('section.feedback a[href^="https://example.org/feedback"]').attr('href')).toBe('https://example.org/feedback?target=sample-points');
    const real$ = page(real, '/2024/targets/teeth-fluoride/');
    expect(real$('section.feedback').text()).toContain('可联系牵头单位：州卫生健康委');
    expect(real$('section.feedback').text()).toContain('teeth-fluoride');
  });

  it('shows the latest report date on the home page instead of 进度尚未发布', () => {
    const text = page(fixture, '/')('main').text();
    expect(text).toContain('最新进度报告截至');
    expect(text).not.toContain('进度尚未发布');
  });
});

describe('a build of broken content', () => {
  it('stops before publishing, with the same bilingual messages as npm run check', () => {
    expect(() => buildSite({ TODAY, CONTENT_DIR: brokenContent('unknown-department') })).toThrow(/unknown department id lead-buraeu[\s\S]*content check failed/);
  }, BUILD_TIMEOUT);
});

describe('hosting headers', () => {
  it('ships _headers whose policies match the nginx snippet in docs/HOSTING.md', () => {
    const headers = readFileSync(join(real, '_headers'), 'utf8');
    const docs = readFileSync(join(ROOT, 'docs', 'HOSTING.md'), 'utf8');
    const policies = [...headers.matchAll(/Content-Security-Policy: (.+)/g)].map((m) => m[1]);
    expect(policies).toEqual([
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
      "frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'",
    ]);
    for (const policy of policies) expect(docs).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    for (const header of ['X-Content-Type-Options', 'Referrer-Policy', 'Strict-Transport-Security', 'Permissions-Policy']) expect(docs).toContain(`add_header ${header}`);
  });

  it('puts a Content-Security-Policy without unsafe-inline on every page', () => {
    for (const file of htmlFiles(real)) {
      const policy = page(real, `/${file}`)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      const script = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
      const style = /style-src ([^;]+)/.exec(policy)?.[1] ?? '';
      expect(script, file).toContain("'self'");
      expect(`${script} ${style}`, file).not.toContain('unsafe-inline');
      expect(page(real, `/${file}`)('[style]'), file).toHaveLength(0);
    }
  });
});
