import { describe, expect, it } from 'vitest';
import { departmentProjects, countyInvolvement } from '../../src/lib/model/involvement.ts';
import { BASE_CONTENT, withJulyReport } from '../helpers/fixtures.ts';
import { loadModel } from '../helpers/model.ts';

const fixtureModel = (today: string, root: string = BASE_CONTENT) => loadModel(root, today);

describe('buildSiteModel', () => {
  const site = fixtureModel('2024-11-29');
  const [plan] = site.plans;
  const [project] = plan.projects;
  const byId = new Map(plan.targets.map((t) => [t.id, t]));

  it('gives targets their sub-item’s lead units and the plan’s end as deadline by default', () => {
    const target = byId.get('sample-points')!;
    expect(target.leadUnits).toEqual(['lead-bureau']);
    expect(target.deadline).toBe('2024-12-31');
    expect(target.countyIds).toEqual(['county-a']);
  });

  it('attaches each report’s figure and source to its target', () => {
    const [reading] = byId.get('sample-points')!.readings;
    expect(reading).toMatchObject({ asOf: '2024-06-30', value: 40, source: { title: '示例进度通报' } });
    expect(plan.latestAsOf).toBe('2024-06-30');
  });

  it('assesses each target: 40 of 100 by mid-year is behind the time-proportional 50%', () => {
    expect(byId.get('sample-points')!.assessment.status).toBe('behind');
    expect(byId.get('sample-plan')!.assessment.status).toBe('completed');
    expect(byId.get('sample-inspections')!.assessment.status).toBe('ongoing');
    expect(project.status).toBe('behind');
  });

  it('separates lead units from responsible units at project level', () => {
    expect(project.leadUnits).toEqual(['lead-bureau']);
    expect(project.responsibleUnits).toEqual(['helper-bureau', 'gov-county-a']);
  });

  it('ignores reports dated after today', () => {
    const early = fixtureModel('2024-06-01');
    expect(early.plans[0].latestAsOf).toBeNull();
    expect(early.plans[0].projects[0].status).toBe('no-data');
  });

  it('lists projects a department leads apart from those it shares, and what names a county', () => {
    expect(departmentProjects(site.plans, 'lead-bureau').leads).toHaveLength(1);
    expect(departmentProjects(site.plans, 'helper-bureau')).toMatchObject({ leads: [], shares: [{ project: { id: 'sample' } }] });
    expect(countyInvolvement(site.plans, 'county-a').targets).toHaveLength(4);
    expect(countyInvolvement(site.plans, 'county-b').projects).toHaveLength(0);
  });
});

describe('revisions', () => {
  it('flags a cumulative figure lower than the report before it', () => {
    const root = withJulyReport();
    const site = fixtureModel('2024-11-29', root);
    const target = site.plans[0].targets.find((t) => t.id === 'sample-points')!;
    expect(target.readings.map((r) => [r.asOf, r.value, r.revisedDown])).toEqual([
      ['2024-06-30', 40, false],
      ['2024-07-31', 35, true],
    ]);
    expect(target.assessment.latest?.corrects).toBe('2024-06-30');
  });
});
