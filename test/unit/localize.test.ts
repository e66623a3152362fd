import { describe, expect, it } from 'vitest';
import { localizeContent } from '../../src/lib/model/localize.ts';
import { buildSiteModel } from '../../src/lib/model/plan-model.ts';
import type { Project } from '../../src/schemas/project.ts';
import { BASE_CONTENT } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';

const site = loadModel(BASE_CONTENT, '2024-11-29');
const content = {
  plans: site.plans.map((v) => v.plan),
  projects: [] as Project[],
  departments: site.departments,
  counties: site.counties,
};

describe('localizeContent', () => {
  it('returns content unchanged in its own language, with nothing untranslated', () => {
    const result = localizeContent(content, 'zh-CN', 'zh-CN');
    expect(result.content).toBe(content);
    expect([...result.untranslated]).toEqual([]);
  });

  it('uses a translation where one exists and records every entry shown in Chinese', () => {
    const [first, ...rest] = content.counties;
    const translated = { ...content, counties: [{ ...first!, translations: { en: { name: 'County A', shortName: 'A' } } }, ...rest] };
    const result = localizeContent(translated, 'en', 'zh-CN');
    expect(result.content.counties[0]).toMatchObject({ name: 'County A', shortName: 'A', id: first!.id });
    expect(result.content.counties[1]!.name).toBe(rest[0]!.name);
    expect(result.untranslated.has(`county:${first!.id}`)).toBe(false);
    expect(result.untranslated.has(`county:${rest[0]!.id}`)).toBe(true);
    expect(result.untranslated.has(`plan:${content.plans[0]!.id}`)).toBe(true);
  });

  it('counts a partly translated entry as untranslated, and never touches official text', () => {
    const plan = content.plans[0]!;
    const result = localizeContent({ ...content, plans: [{ ...plan, translations: { en: { title: 'Plan' } } }] }, 'en', 'zh-CN');
    expect(result.content.plans[0]!.title).toBe('Plan');
    expect(result.content.plans[0]!.shortTitle).toBe(plan.shortTitle);
    expect(result.content.plans[0]!.source.title).toBe(plan.source.title);
    expect(result.untranslated.has(`plan:${plan.id}`)).toBe(true);
  });

  it('feeds the model, which keeps the original for names as the plan writes them', () => {
    const localized = localizeContent({ ...content, counties: content.counties.map((c) => ({ ...c, translations: { en: { name: `${c.id} (en)`, shortName: c.id } } })) }, 'en', 'zh-CN');
    const model = buildSiteModel({ ...localized.content, reports: [], today: '2024-11-29', lang: 'en', untranslated: localized.untranslated, original: site });
    expect(model.countyById.get(content.counties[0]!.id)!.name).toBe(`${content.counties[0]!.id} (en)`);
    expect(model.original.countyById.get(content.counties[0]!.id)!.name).toBe(content.counties[0]!.name);
    expect(model.lang).toBe('en');
  });
});
