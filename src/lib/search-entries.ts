import type { Dictionary } from '../i18n/dictionary.ts';
import { formatQuantity, unitName } from './format.ts';
import type { SiteModel, TargetView } from './plan-model.ts';
import { FILTER_KEYS, figureForms, normalizeSearchText, type FilterOptions, type SearchEntry, type SearchIndex } from './search.ts';
import { targetGoal } from './target-text.ts';
import { projectPath, targetPath } from './urls.ts';

/**
 * Builds the prebuilt exact-match search index from the site model: every target and project with
 * its figures in every written form, its departments and places by every name. Pure.
 */

const join = (parts: readonly (string | undefined)[]) => normalizeSearchText([...new Set(parts.filter(Boolean))].join('|'));

/** Units by every name, in the edition's language and as the plan writes them (Chinese finds them in every edition). */
function departmentNames(ids: readonly string[], site: SiteModel): string {
  return join(ids.flatMap((id) => [site.departmentById.get(id), site.original.departmentById.get(id)].flatMap((d) => (d ? [d.shortName, d.name, ...(d.aliases ?? [])] : [id]))));
}

function placeNames(ids: readonly string[], site: SiteModel): string {
  return join(ids.flatMap((id) => [site.countyById.get(id), site.original.countyById.get(id)].flatMap((c) => (c ? [c.shortName, c.name, ...(c.aliases ?? [])] : [id]))));
}

/** Every figure a target states, written every way: the target in force and, when adjusted, the plan's original. */
function targetFigures(target: TargetView): string[] {
  const stated = [
    ...(target.value !== undefined ? [{ value: target.value, written: target.written }] : []),
    ...(target.original.value !== undefined && target.original.value !== target.value ? [{ value: target.original.value, written: target.original.written }] : []),
    ...(target.spec ? [target.spec] : []),
    ...(target.beneficiaries ?? []),
  ];
  return [...new Set(stated.flatMap((f) => [...(f.written ? [f.written] : []), ...figureForms(f.value)]).map(normalizeSearchText))];
}

/** The search index of the whole site. */
export function buildSearchIndex(site: SiteModel, t: Dictionary): SearchIndex {
  const entries: SearchEntry[] = [];
  // The Chinese texts of a translated edition are searchable too.
  const originalTargets = new Map(site.original.plans.flatMap((v) => v.targets.map((target) => [target.id, target])));
  const originalProjects = new Map(site.original.plans.flatMap((v) => v.projects.map((project) => [project.id, project])));
  for (const view of site.plans) {
    for (const project of view.projects) {
      const projectTitle = `${t.punct.projectNumber(project.number)}${project.shortTitle}`;
      const originalProject = originalProjects.get(project.id);
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
            title: join([target.label, originalTargets.get(target.id)?.label]),
            figures: [...new Set([...targetFigures(target), ...(target.value !== undefined ? [normalizeSearchText(formatQuantity(target.value, target.unit ?? '', t))] : [])])],
            context: join([project.title, project.shortTitle, target.subItemTitle, t.kind[target.kind], target.unit, target.unit && unitName(target.unit, t), target.beneficiaryNote, originalProject?.title, originalTargets.get(target.id)?.subItemTitle]),
            leads: departmentNames(target.leadUnits, site),
            responsibles: departmentNames(target.responsibleUnits, site),
            ownPlaces: placeNames(ownPlaces, site),
            places: placeNames(target.countyIds, site),
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
          title: join([project.title, project.shortTitle, projectTitle, originalProject?.title, originalProject?.shortTitle]),
          figures: [],
          context: join([project.summary, ...project.subItems.map((s) => s.title), originalProject?.summary]),
          leads: departmentNames(project.leadUnits, site),
          responsibles: departmentNames(project.responsibleUnits, site),
          ownPlaces: '',
          places: placeNames(project.countyIds, site),
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
    project: site.plans.flatMap((view) => view.projects.map((p) => ({ id: p.id, name: `${view.plan.shortTitle} ${t.punct.projectNumber(p.number)}${p.shortTitle}` }))),
    lead: departments('lead'),
    responsible: departments('responsible'),
    county: site.counties.filter((c) => used('county').has(c.id)).map((c) => ({ id: c.id, name: c.shortName })),
    status: (Object.keys(t.status) as (keyof Dictionary['status'])[]).filter((s) => used('status').has(s)).map((s) => ({ id: s, name: t.status[s] })),
    kind: (Object.keys(t.kind) as (keyof Dictionary['kind'])[]).filter((k) => used('kind').has(k)).map((k) => ({ id: k, name: t.kind[k] })),
  };
}
