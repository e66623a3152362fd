import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';
import { PUBLIC_BUILD, ROOT, buildSite, checkLinks, htmlFiles, page } from '../helpers/site-build.ts';

let single: string;
let both: string;

beforeAll(() => {
  // The real content plus a small fictional 2025 plan: adding a year is adding files, nothing else.
  const root = mkdtempSync(join(tmpdir(), 'two-plans-'));
  cpSync(join(ROOT, 'content'), root, { recursive: true });
  cpSync(join(FIXTURES, 'plan-2025'), root, { recursive: true });
  single = buildSite(PUBLIC_BUILD);
  both = buildSite({ TODAY: '2026-11-29', CONTENT_DIR: root });
});

describe('a second year’s plan, added as content only', () => {
  it('keeps every 2024 URL', () => {
    const under2024 = (dir: string) => htmlFiles(dir).filter((f) => f.startsWith('2024/') || f.startsWith('embed/2024/'));
    expect(under2024(both)).toEqual(under2024(single));
    const shortLinks = (dir: string) => htmlFiles(dir).filter((f) => /^[tp]\//.test(f));
    expect(shortLinks(both)).toEqual(expect.arrayContaining(shortLinks(single)));
    expect(page(both, '/2024/targets/teeth-fluoride/')('h1').text()).toBe('为学龄前儿童免费提供口腔局部涂氟');
  });

  it('builds the new plan’s pages beside them', () => {
    expect(htmlFiles(both)).toEqual(expect.arrayContaining(['2025/index.html', '2025/projects/service-points-2025/index.html', '2025/targets/service-points-2025/index.html', 't/service-points-2025/index.html']));
    expect(checkLinks(both, '/')).toEqual([]);
  });

  it('shows the newest plan on the home page with a switcher to every year', () => {
    const $ = page(both, '/');
    expect($('h1').text()).toBe('测试用2025年民生实事方案（虚构）');
    expect($('.plan-switcher a').map((_, a) => [[a.attribs.href, $(a).text()]]).get()).toEqual([
      ['/2025/', '2025年（测试）'],
      ['/2024/', '2024年十件民生实事'],
    ]);
    expect($('.plan-switcher a[aria-current]').attr('href')).toBe('/2025/');
    expect(page(both, '/2024/')('.plan-switcher a[aria-current]').attr('href')).toBe('/2024/');
    expect(page(single, '/')('.plan-switcher')).toHaveLength(0);
  });

  it('lists both plans’ data and departments’ projects', () => {
    expect(htmlFiles(both)).toContain('data/index.html');
    const department = page(both, '/departments/civil-affairs/')('#leads + ul').text();
    expect(department).toContain('2025年（测试）');
    expect(department).toContain('2024年十件民生实事');
  });
});
