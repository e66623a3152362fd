import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { buildSearchIndex } from '../../src/lib/search/search-entries.ts';
import { NAMED, figureForms, normalizeSearchText, planWording, queryTerms, searchEntries } from '../../src/lib/search/search.ts';
import { readSearchTerms } from '../../src/node/search-terms.ts';
import { loadModel } from '../helpers/model.ts';
import { ROOT } from '../helpers/site-build.ts';
import { join } from 'node:path';

describe('normalizeSearchText', () => {
  it.each([
    ['９６００', '9600'],
    ['ＰＭ２.５', 'pm2.5'],
    ['6—9岁', '6-9岁'],
    ['6－9岁', '6-9岁'],
    ['州 残联', '州残联'],
    ['“兵地通办”', '“兵地通办”'],
  ])('%s → %s', (text, normal) => {
    expect(normalizeSearchText(text)).toBe(normal);
  });
});

describe('queryTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['涂氟 3400', ['涂氟', '3400']],
    ['涂氟\u30003400', ['涂氟', '3400']],
  ])('%j → %j', (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });

  it('reads at most 200 characters', () => {
    expect(queryTerms('字'.repeat(500))[0]).toHaveLength(200);
  });
});

describe('figureForms', () => {
  it.each([
    [400, ['400']],
    [9600, ['9600', '9,600', '0.96万']],
    [13700, ['13700', '13,700', '1.37万']],
    [88900, ['88900', '88,900', '8.89万']],
    [260000, ['260000', '260,000', '26万']],
  ])('%d → %j', (value, forms) => {
    expect(figureForms(value)).toEqual(forms);
  });
});

describe('searchEntries over the real plan', () => {
  const index = buildSearchIndex(loadModel(join(ROOT, 'content'), '2026-11-29'), zhCN);
  const top = (query: string, filters = {}) => searchEntries(index.entries, query, filters).slice(0, 3).map((hit) => hit.entry.id);

  it('indexes every target and project once', () => {
    expect(index.entries.filter((e) => e.kind === 'target')).toHaveLength(44);
    expect(index.entries.filter((e) => e.kind === 'project')).toHaveLength(10);
  });

  it.each([
    ['涂氟', 'teeth-fluoride'],
    ['0.96万', 'teeth-pit-fissure-sealant'],
    ['400', 'disabled-children-rehabilitation'],
    ['400', 'roads-safety-works'],
    ['特克斯县', 'elderly-care-centres'],
    ['州残联', 'disabled-home-accessibility'],
  ])('%s ranks %s in the top three', (query, id) => {
    expect(top(query)).toContain(id);
  });

  it('requires every term of a query', () => {
    // 涂氟 is 3400 children and 9600 is the sealant target: only the project names both.
    expect(searchEntries(index.entries, '涂氟 9600').map((h) => h.entry.id)).toEqual(['student-health']);
  });

  it('applies filters, also without a query', () => {
    const hits = searchEntries(index.entries, '', { county: 'tekes', kind: 'count' });
    expect(hits.every((h) => h.entry.filters.county.includes('tekes') && h.entry.filters.kind.includes('count'))).toBe(true);
    expect(hits.map((h) => h.entry.id)).toContain('elderly-care-centres');
  });

  const found = (query: string) => new Set(searchEntries(index.entries, query).map((hit) => hit.entry.id));
  const targets = index.entries.filter((e) => e.kind === 'target');

  it('finds every target by every substring of its label of two or more characters', () => {
    const misses: string[] = [];
    for (const target of targets) {
      const label = target.title;
      for (let start = 0; start < label.length; start += 1) {
        for (let end = start + 2; end <= label.length; end += 1) {
          const part = label.slice(start, end);
          if (part.trim().length >= 2 && !found(part).has(target.id)) misses.push(`${target.id}: ${part}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds every target by every figure it states, in every written form', () => {
    const misses = targets.flatMap((target) => target.fields.figures.filter((figure) => !found(figure).has(target.id)).map((f) => `${target.id}: ${f}`));
    expect(misses).toEqual([]);
  });

  it('finds the targets of every department and county by each of their names', () => {
    const site = loadModel(join(ROOT, 'content'), '2026-11-29');
    const misses: string[] = [];
    for (const target of targets) {
      for (const id of [...target.filters.lead, ...target.filters.responsible]) {
        const d = site.departmentById.get(id)!;
        for (const name of [d.shortName, d.name, ...(d.aliases ?? [])]) if (!found(name).has(target.id)) misses.push(`${target.id}: ${name}`);
      }
      for (const id of target.filters.county) {
        const c = site.countyById.get(id)!;
        for (const name of [c.shortName, c.name, ...(c.aliases ?? [])]) if (!found(name).has(target.id)) misses.push(`${target.id}: ${name}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('the page a query names comes first, then its targets', () => {
  const site = loadModel(join(ROOT, 'content'), '2026-11-29');
  const index = buildSearchIndex(site, zhCN);
  const named = index.entries.filter((e) => e.kind !== 'target');

  /** Every (entry, name) pair: each project, plan, department and county by each of its names. */
  const cases = named.flatMap((entry) => entry.fields.names.map((name) => [entry, name] as const));

  it('names every county, department, project and plan, by every name it has', () => {
    expect(new Set(named.map((e) => e.kind))).toEqual(new Set(['project', 'plan', 'department', 'county']));
    expect(named.filter((e) => e.kind === 'county')).toHaveLength(site.counties.length);
    expect(named.filter((e) => e.kind === 'department')).toHaveLength(site.departments.length);
    for (const d of site.departments) {
      const entry = named.find((e) => e.kind === 'department' && e.id === d.id)!;
      expect(entry.fields.names).toEqual(expect.arrayContaining([d.name, d.shortName, ...(d.aliases ?? [])].map(normalizeSearchText)));
    }
    expect(cases.length).toBeGreaterThan(140);
  });

  it('puts the page first for every one of its names, then the targets that mention it', () => {
    const wrong: string[] = [];
    for (const [entry, name] of cases) {
      const hits = searchEntries(index.entries, name);
      if (hits[0]?.entry !== entry) {
        wrong.push(`${name} → ${hits[0]?.entry.kind}:${hits[0]?.entry.id}, expected ${entry.kind}:${entry.id}`);
        continue;
      }
      // After the pages the query names come the targets, never a page named by it ranked below a target.
      const firstTarget = hits.findIndex((h) => h.entry.kind === 'target');
      if (firstTarget >= 0 && hits.slice(firstTarget).some((h) => h.score >= NAMED.part)) wrong.push(`${name}: a named page after a target`);
      if (entry.kind === 'department' || entry.kind === 'county') {
        const key = entry.kind === 'department' ? 'lead' : 'county';
        const own = index.entries.filter((e) => e.kind === 'target' && e.filters[key].includes(entry.id)).map((e) => e.id);
        const foundIds = new Set(hits.map((h) => h.entry.id));
        const missing = own.filter((id) => !foundIds.has(id));
        if (missing.length > 0) wrong.push(`${name}: misses its targets ${missing.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['特克斯', 'county', 'tekes'],
    ['特克斯县', 'county', 'tekes'],
    ['州卫健委', 'department', 'health'],
    ['州卫生健康委员会', 'department', 'health'],
    ['卫生健康委', 'department', 'health'],
    ['民政局', 'department', 'civil-affairs'],
    ['察县', 'county', 'chabuchaer'],
    ['伊宁市', 'county', 'yining-city'],
    ['抗震安居', 'project', 'seismic-housing'],
    ['2024年十件民生实事', 'plan', '2024'],
  ])('%s puts the %s page %s first', (query, kind, id) => {
    const first = searchEntries(index.entries, query)[0]!.entry;
    expect([first.kind, first.id]).toEqual([kind, id]);
  });

  it('lists pages of named things only for a query, never for filters alone', () => {
    expect(searchEntries(index.entries, '', { county: 'tekes' }).every((h) => h.entry.kind === 'target' || h.entry.kind === 'project')).toBe(true);
  });
});

describe('everyday words (content/search-terms.json)', () => {
  const terms = readSearchTerms(join(ROOT, 'content'));
  const index = buildSearchIndex(loadModel(join(ROOT, 'content'), '2026-11-29'), zhCN, terms);
  const first = (query: string) => searchEntries(index.entries, query, {}, index.equivalents)[0]?.entry.id;
  const chinese = terms.filter((entry) => /\p{Script=Han}/u.test(entry.term));

  it.each([
    ['长者食堂', '助餐服务点'],
    ['长者食堂 伊宁市', '助餐服务点 伊宁市'],
    ['Seniors  Canteen', 'meal-assistance points'],
    ['自闭症儿童', '孤独症儿童'],
    ['大学毕业生', '高校毕业生'],
    ['助餐服务点', '助餐服务点'],
  ])('planWording(%j) → %j', (query, expected) => {
    expect(planWording(query, terms)).toBe(expected);
  });

  it('seeds the list with Chinese words for the 2024 plan', () => {
    expect(chinese.length).toBeGreaterThanOrEqual(15);
  });

  it.each(chinese.flatMap((entry) => entry.equivalents.map((word) => [word, entry.term] as const)))('%s finds the same first result as %s, and it finds something', (word, term) => {
    expect(first(term)).toBeDefined();
    expect(first(word)).toBe(first(term));
  });

  it('finds nothing for the everyday words without the list (so each entry is needed)', () => {
    const unaided = chinese.flatMap((entry) => entry.equivalents).filter((word) => searchEntries(index.entries, word).length > 0);
    expect(unaided).toEqual([]);
  });
});
