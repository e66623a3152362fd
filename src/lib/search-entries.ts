import type { Dictionary } from '../i18n/zh-CN.ts';
import type { County } from '../schemas/county.ts';
import type { Department } from '../schemas/department.ts';
import { chineseNumeral } from './format.ts';
import type { SiteModel, TargetView } from './plan-model.ts';
import { FILTER_KEYS, figureForms, normalizeSearchText, type FilterOptions, type SearchEntry, type SearchIndex } from './search.ts';
import { targetGoal } from './target-text.ts';
import { projectPath, targetPath } from './urls.ts';

/**
 * Builds the prebuilt exact-match search index from the site model: every target and project with
 * its figures in every written form, its departments and places by every name. Pure.
 */

const join = (parts: readonly (string | undefined)[]) => normalizeSearchText(parts.filter(Boolean).join('|'));

function departmentNames(ids: readonly string[], byId: Map<string, Department>): string {
  return join(ids.flatMap((id) => {
    const d = byId.get(id);
    return d ? [d.shortName, d.name, ...(d.aliases ?? [])] : [id];
  }));
}

function placeNames(ids: readonly string[], byId: Map<string, County>): string {
  return join(ids.flatMap((id) => {
    const c = byId.get(id);
    return c ? [c.shortName, c.name, ...(c.aliases ?? [])] : [id];
  }));
}

/** Every figure a target states, written every way. */
function targetFigures(target: TargetView): string[] {
  const stated = [
    ...(target.value !== undefined ? [{ value: target.value, written: target.written }] : []),
    ...(target.spec ? [target.spec] : []),
    ...(target.beneficiaries ?? []),
  ];
  return [...new Set(stated.flatMap((f) => [...(f.written ? [f.written] : []), ...figureForms(f.value)]).map(normalizeSearchText))];
}

/** The search index of the whole site. */
export function buildSearchIndex(site: SiteModel, t: Dictionary): SearchIndex {
  const entries: SearchEntry[] = [];
  for (const view of site.plans) {
    for (const project of view.projects) {
      const projectTitle = `${chineseNumeral(project.number)}、${project.shortTitle}`;
      for (const target of project.targets) {
        const ownPlaces = [...(target.counties ?? []), ...(target.allocation?.map((a) => a.county) ?? [])];
        entries.push({
          kind: 'target',
          id: target.id,
          path: targetPath(view.plan.id, target.id),
          title: target.label,
          project: projectTitle,
          figure: targetGoal(target, t),
          status: target.assessment.status,
          asOf: target.assessment.latest?.asOf ?? null,
          filters: {
            project: [project.id],
            lead: target.leadUnits,
            responsible: target.responsibleUnits,
            county: target.countyIds,
            status: [target.assessment.status],
            kind: [target.kind],
          },
          fields: {
            id: target.id,
            title: normalizeSearchText(target.label),
            figures: targetFigures(target),
            context: join([project.title, project.shortTitle, target.subItemTitle, t.kind[target.kind], target.unit, target.beneficiaryNote]),
            leads: departmentNames(target.leadUnits, site.departmentById),
            responsibles: departmentNames(target.responsibleUnits, site.departmentById),
            ownPlaces: placeNames(ownPlaces, site.countyById),
            places: placeNames(target.countyIds, site.countyById),
          },
        });
      }
      entries.push({
        kind: 'project',
        id: project.id,
        path: projectPath(view.plan.id, project.id),
        title: project.title,
        project: projectTitle,
        figure: t.plan.targetCount(project.targets.length),
        status: project.status,
        asOf: view.latestAsOf,
        filters: {
          project: [project.id],
          lead: project.leadUnits,
          responsible: project.responsibleUnits,
          county: project.countyIds,
          status: [project.status],
          kind: [],
        },
        fields: {
          id: project.id,
          title: join([project.title, project.shortTitle, projectTitle]),
          figures: [],
          context: join([project.summary, ...project.subItems.map((s) => s.title)]),
          leads: departmentNames(project.leadUnits, site.departmentById),
          responsibles: departmentNames(project.responsibleUnits, site.departmentById),
          ownPlaces: '',
          places: placeNames(project.countyIds, site.countyById),
        },
      });
    }
  }
  return { entries, options: filterOptions(site, entries, t) };
}

/** The values each filter can take on this site, named as readers know them. */
function filterOptions(site: SiteModel, entries: readonly SearchEntry[], t: Dictionary): FilterOptions {
  const used = (key: (typeof FILTER_KEYS)[number]) => new Set(entries.flatMap((e) => e.filters[key]));
  const departments = (key: 'lead' | 'responsible') =>
    site.departments.filter((d) => used(key).has(d.id)).map((d) => ({ id: d.id, name: d.shortName }));
  return {
    project: site.plans.flatMap((view) => view.projects.map((p) => ({ id: p.id, name: `${view.plan.shortTitle} ${chineseNumeral(p.number)}、${p.shortTitle}` }))),
    lead: departments('lead'),
    responsible: departments('responsible'),
    county: site.counties.filter((c) => used('county').has(c.id)).map((c) => ({ id: c.id, name: c.shortName })),
    status: (Object.keys(t.status) as (keyof Dictionary['status'])[]).filter((s) => used('status').has(s)).map((s) => ({ id: s, name: t.status[s] })),
    kind: (Object.keys(t.kind) as (keyof Dictionary['kind'])[]).filter((k) => used('kind').has(k)).map((k) => ({ id: k, name: t.kind[k] })),
  };
}
