import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../src/lib/content-rules/index.ts';
import { readContent } from '../../src/node/read-content.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { Target } from '../../src/schemas/target.ts';
import { ProjectSchema } from '../../src/schemas/project.ts';
import { ROOT } from '../helpers/site-build.ts';

const CONTENT = join(ROOT, 'content');
const raw = readContent(CONTENT);
const projects: Project[] = raw.projects.map((f) => ProjectSchema.parse(f.data));
const byId = new Map(projects.map((p) => [p.id, p]));
const targetsOf = (projectId: string): Target[] => byId.get(projectId)?.subItems.flatMap((s) => s.targets) ?? [];

/** Every written form of a figure a target carries: its own, beneficiaries, spec and allocation. */
function figuresOf(projectId: string): string[] {
  return targetsOf(projectId).flatMap((t) => [
    t.written ?? '',
    t.label,
    t.spec?.written ?? '',
    ...(t.beneficiaries ?? []).map((b) => b.written),
  ]);
}

describe('the shipped content', () => {
  it('passes every content rule', () => {
    const problems = validateContent(raw, '2026-11-29');
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('holds ten projects of the 2024 plan, numbered 1–10', () => {
    expect(projects.filter((p) => p.plan === '2024').map((p) => p.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('quotes every line of the plan, from the first project on, in some project', () => {
    const source = readFileSync(join(CONTENT, 'sources', '2024-yili-ten-livelihood-projects.txt'), 'utf8');
    const lines = source.split('\n').map((l) => l.trim()).filter(Boolean);
    const body = lines.slice(lines.findIndex((l) => l.startsWith('一、')));
    const quoted = new Set(projects.flatMap((p) => [p.heading, ...p.subItems.flatMap((s) => s.officialText.split('\n'))]));
    expect(body.filter((line) => !quoted.has(line))).toEqual([]);
  });

  // Every figure of the plan, by project, in the form the plan writes it.
  it.each([
    ['air-quality', ['2024—2025年', '优良天数比率', 'PM2.5', '重污染天气比例']],
    ['natural-gas', ['1.37万户', '4万人', '87家企业', '2个', '2.8万户', '12.4万人', '81家企业']],
    ['seismic-housing', ['约8.89万栋', '约0.6万栋', '1991年']],
    ['employment', ['不低于5万人', '18000人以上', '2750人以上', '动态清零', '131', '90%以上']],
    ['digital-services', ['100㎡', '7×24', '136项', '兵地通办', '胡杨河市', '200个']],
    ['road-safety', ['10座', '400公里']],
    ['student-health', ['3400名', '9600名', '2500间', '7.9万余名', '100%覆盖', '26万学生', '你点我查']],
    ['elderly-care', ['882个', '5个', '1377户']],
    ['disability-support', ['400名', '920户']],
    ['culture-science', ['不少于1000场次', '至少650人次']],
  ])('%s carries its figures as structured content: %j', (projectId, figures) => {
    const texts = figuresOf(projectId);
    for (const figure of figures) expect(texts.some((text) => text.includes(figure)), figure).toBe(true);
  });

  it('records where the five elderly care centres go, adding up to 5', () => {
    const centres = targetsOf('elderly-care').find((t) => t.id === 'elderly-care-centres')!;
    expect(centres.allocation).toEqual([
      { county: 'prefecture-level', value: 1 },
      { county: 'yining-city', value: 2 },
      { county: 'kuitun-city', value: 1 },
      { county: 'tekes', value: 1 },
    ]);
  });

  it('lists the 11 county-level units of 州直 and the 兵团 units the plan names', () => {
    const counties = raw.counties.data as { id: string; kind: string }[];
    expect(counties.filter((c) => ['county-level-city', 'county', 'autonomous-county'].includes(c.kind))).toHaveLength(11);
    expect(counties.filter((c) => c.kind === 'bingtuan').map((c) => c.id)).toEqual(['bingtuan-4th-division', 'bingtuan-7th-division']);
  });

  it('holds no synthetic data: no demo marker and no report without a cited source', () => {
    expect(existsSync(join(CONTENT, 'synthetic.json'))).toBe(false);
    const reports = readdirSync(join(CONTENT, 'progress')).filter((f) => f.endsWith('.json'));
    for (const report of reports) {
      const data = JSON.parse(readFileSync(join(CONTENT, 'progress', report), 'utf8')) as { source?: { url?: string; reference?: string } };
      expect(data.source?.url ?? data.source?.reference, report).toBeTruthy();
    }
  });
});
