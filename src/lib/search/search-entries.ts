import type { Dictionary } from '../../i18n/dictionary.ts';
import { formatQuantity, unitName } from '../web/format.ts';
import type { PlanView, ProjectView, SiteModel, TargetView } from '../model/plan-model.ts';
import { issuerShortName, issuerTargets, severalIssuers } from '../model/issuers.ts';
import { FILTER_KEYS, figureForms, normalizeSearchText, type Equivalent, type FileRoute, type FilterKey, type FilterOptions, type IndexFile, type SearchEntry, type SearchIndex } from './search.ts';
import { targetGoal } from '../web/target-text.ts';
import { countyPath, departmentPath, issuerPath, planPath, projectPath, searchIndexPath, targetPath } from '../web/urls.ts';

/**
 * Builds the prebuilt exact-match search index from the site model: every target and project with
 * its figures in every written form and its departments and places by id, and the plan, department
 * and county pages (and issuer pages, on a site of several) with every name they go by. Pure.
 */

const join = (parts: readonly (string | undefined)[]) => normalizeSearchText([...new Set(parts.filter(Boolean))].join('|'));

/** Every distinct name, normalised. */
const nameList = (parts: readonly (string | undefined)[]): string[] => [...new Set(parts.filter((p): p is string => Boolean(p)).map(normalizeSearchText))];

/** A unit's names, in the edition's language and as the plan writes them (Chinese finds them in every edition). */
function departmentNameList(id: string, site: SiteModel): string[] {
  return nameList([site.departmentById.get(id), site.original.departmentById.get(id)].flatMap((d) => (d ? [d.shortName, d.name, ...(d.aliases ?? [])] : [id])));
}

/** A county's names, in the edition's language and as the plan writes them. */
function placeNameList(id: string, site: SiteModel): string[] {
  return nameList([site.countyById.get(id), site.original.countyById.get(id)].flatMap((c) => (c ? [c.shortName, c.name, ...(c.aliases ?? [])] : [id])));
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

/** The search filters of a target or project: its plan, project, units, places, status, kinds and issuer. */
function filtersOf(view: PlanView, projectId: string, of: Pick<ProjectView, 'leadUnits' | 'responsibleUnits' | 'countyIds'>, status: string, kind: string[]): SearchEntry['filters'] {
  return {
    plan: [view.plan.id],
    project: [projectId],
    lead: of.leadUnits,
    responsible: of.responsibleUnits,
    county: of.countyIds,
    status: [status],
    kind,
    issuer: view.issuerId !== undefined ? [view.issuerId] : [],
  };
}

/** The search filters a target carries: its Pagefind filters on its page and its entry's in the index. */
export const targetFilters = (view: PlanView, target: TargetView): SearchEntry['filters'] => filtersOf(view, target.projectId, target, target.assessment.status, [target.kind]);

/** The search filters a project carries (no kind: its targets have theirs). */
export const projectFilters = (view: PlanView, project: ProjectView): SearchEntry['filters'] => filtersOf(view, project.id, project, project.status, []);

/** Every entry of the site, with the everyday words for the plan's terms (content/search-terms.json). */
export interface WholeIndex {
  entries: SearchEntry[];
  equivalents: Equivalent[];
  /** The filters' options (the search page renders them; not in the files the browser loads). */
  options: FilterOptions;
}

/** The search index of the whole site, with the everyday words for the plan's terms (content/search-terms.json). */
export function buildSearchIndex(site: SiteModel, t: Dictionary, equivalents: readonly Equivalent[] = []): WholeIndex {
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
          filters: targetFilters(view, target),
          fields: {
            id: target.id,
            names: [],
            title: join([target.label, originalTargets.get(target.id)?.label]),
            figures: [...new Set([...targetFigures(target), ...(target.value !== undefined ? [normalizeSearchText(formatQuantity(target.value, target.unit ?? '', t))] : [])])],
            context: join([project.title, project.shortTitle, target.subItemTitle, t.kind[target.kind], target.unit, target.unit && unitName(target.unit, t), target.beneficiaryNote, originalProject?.title, originalTargets.get(target.id)?.subItemTitle]),
            leads: target.leadUnits,
            responsibles: target.responsibleUnits,
            ownPlaces: [...new Set(ownPlaces)],
            places: target.countyIds,
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
        filters: projectFilters(view, project),
        fields: {
          id: project.id,
          names: nameList([project.title, project.shortTitle, project.heading, projectTitle, originalProject?.title, originalProject?.shortTitle, originalProject?.heading]),
          title: join([project.title, project.shortTitle, project.heading, projectTitle, originalProject?.title, originalProject?.shortTitle, originalProject?.heading]),
          figures: [],
          context: join([project.summary, ...project.subItems.map((s) => s.title), originalProject?.summary]),
          leads: project.leadUnits,
          responsibles: project.responsibleUnits,
          ownPlaces: [],
          places: project.countyIds,
        },
      });
    }
  }
  entries.push(...namedPageEntries(site, t));
  return { entries, options: filterOptions(site, entries, t), equivalents: equivalents.map(({ term, equivalents: words }) => ({ term, equivalents: [...words] })) };
}

/**
 * The issuers whose entries are kept in a file of their own: on a site of several issuers, every
 * issuer with a plan but the site's own (whose entries the first index holds).
 */
export function issuersApart(site: SiteModel): string[] {
  if (!severalIssuers(site)) return [];
  return site.issuers.filter((issuer) => issuer.id !== site.siteIssuer && issuer.plans.length > 0).map((issuer) => issuer.id);
}

/** The plans whose entries the first index holds, and the search page lists without JavaScript: those of no issuer apart. */
export function plansInFirstIndex(site: SiteModel): PlanView[] {
  const apart = new Set(issuersApart(site));
  return site.plans.filter((view) => view.issuerId === undefined || !apart.has(view.issuerId));
}

/**
 * The whole index as the browser loads it: the first index (/search-index.json) and, for each
 * issuer apart (issuersApart), its targets, projects and plans in their own file.
 */
export function splitSearchIndex(whole: WholeIndex, site: SiteModel, t: Dictionary): { index: SearchIndex; files: Map<string, IndexFile>; shownOptions: FilterOptions } {
  const apart = new Set(issuersApart(site));
  const parts = new Map([...apart].map((id): [string, SearchEntry[]] => [id, []]));
  const entries: SearchEntry[] = [];
  for (const entry of whole.entries) {
    const own = entry.kind === 'target' || entry.kind === 'project' || entry.kind === 'plan' ? parts.get(entry.filters.issuer[0] ?? '') : undefined;
    (own ?? entries).push(entry);
  }
  const files = new Map(
    [...parts].map(([id, own]): [string, IndexFile] => {
      // Only its own plans can hold its entries.
      const { plan, project } = filterOptions(site, own, t, site.issuerById.get(id)!.plans);
      return [id, { entries: own, options: { plan, project } }];
    }),
  );
  const values = (own: readonly SearchEntry[], ...keys: FilterKey[]) => [...new Set(own.flatMap((e) => keys.flatMap((key) => e.filters[key])))];
  const routes = [...parts].map(([id, own]): [string, FileRoute] => [
    id,
    { path: searchIndexPath(id), plans: values(own, 'plan'), projects: values(own, 'project'), units: values(own, 'lead', 'responsible'), counties: values(own, 'county') },
  ]);
  // The page offers the plans and projects of the first index; another issuer's come with its file.
  const { plan, project } = filterOptions(site, entries, t, plansInFirstIndex(site));
  return {
    index: { entries, equivalents: whole.equivalents, issuer: site.siteIssuer ?? null, files: Object.fromEntries(routes) },
    files,
    shownOptions: { ...whole.options, plan, project },
  };
}

/** A page about one named thing (plan, department, county): found first by any of its names. */
function namedEntry(
  kind: 'plan' | 'department' | 'county' | 'issuer',
  id: string,
  path: string,
  title: string,
  section: string,
  figure: string,
  names: string[],
  filters: Partial<SearchEntry['filters']>,
): SearchEntry {
  return {
    kind,
    id,
    path,
    title,
    project: section,
    figure,
    status: null,
    asOf: null,
    filters: { plan: [], project: [], lead: [], responsible: [], county: [], status: [], kind: [], issuer: [], ...filters },
    fields: { id, names, title: names.join('|'), figures: [], context: '', leads: [], responsibles: [], ownPlaces: [], places: [] },
  };
}

/** The plan, department, county and issuer pages, after the targets and projects (their order under "plan order"). */
function namedPageEntries(site: SiteModel, t: Dictionary): SearchEntry[] {
  const originalPlans = new Map(site.original.plans.map((v) => [v.plan.id, v.plan]));
  const plans = site.plans.map((view) => {
    const original = originalPlans.get(view.plan.id);
    const names = nameList([view.plan.title, view.plan.shortTitle, original?.title, original?.shortTitle]);
    return namedEntry('plan', view.plan.id, planPath(view.plan.id), view.plan.title, t.search.planResult, t.plan.projectCount(view.projects.length), names, {
      issuer: view.issuerId !== undefined ? [view.issuerId] : [],
      plan: [view.plan.id],
      project: view.projects.map((p) => p.id),
    });
  });
  const departments = site.departments.map((department) => {
    const involved = site.plans.flatMap((view) => view.targets.filter((target) => target.leadUnits.includes(department.id) || target.responsibleUnits.includes(department.id)));
    return namedEntry('department', department.id, departmentPath(department.id), department.shortName, t.search.departmentResult, t.plan.targetCount(involved.length), departmentNameList(department.id, site), {
      lead: [department.id],
      responsible: [department.id],
    });
  });
  const counties = site.counties.map((county) => {
    const involved = site.plans.flatMap((view) => view.targets.filter((target) => target.countyIds.includes(county.id)));
    return namedEntry('county', county.id, countyPath(county.id), county.shortName, t.search.countyResult, t.plan.targetCount(involved.length), placeNameList(county.id, site), { county: [county.id] });
  });
  // Issuers are pages of their own only on a site of several (see severalIssuers).
  const issuers = !severalIssuers(site)
    ? []
    : site.issuers.map((issuer) => {
        const original = site.original.issuerById.get(issuer.id);
        const names = nameList([issuer.shortName, issuer.name, original?.shortName, original?.name]);
        return namedEntry('issuer', issuer.id, issuerPath(issuer.id), issuerShortName(issuer), t.search.issuerResult, t.plan.targetCount(issuerTargets(issuer).length), names, { issuer: [issuer.id] });
      });
  return [...plans, ...departments, ...counties, ...issuers];
}

/** The values each filter can take on this site, named as readers know them. */
function filterOptions(site: SiteModel, entries: readonly SearchEntry[], t: Dictionary, plans: readonly PlanView[] = site.plans): FilterOptions {
  // Options come from what targets and projects carry: a department or county page alone adds none.
  const described = entries.filter((e) => e.kind === 'target' || e.kind === 'project');
  // Each filter's values, gathered once (not once per option: that grew with options × entries).
  const usedSets = new Map(FILTER_KEYS.map((key) => [key, new Set(described.flatMap((e) => e.filters[key]))]));
  const used = (key: FilterKey) => usedSets.get(key)!;
  const departments = (key: 'lead' | 'responsible') =>
    site.departments.filter((d) => used(key).has(d.id)).map((d) => ({ id: d.id, name: d.shortName }));
  return {
    plan: plans.filter((view) => used('plan').has(view.plan.id)).map((view) => ({ id: view.plan.id, name: view.plan.shortTitle })),
    project: plans.flatMap((view) => view.projects.filter((p) => used('project').has(p.id)).map((p) => ({ id: p.id, name: `${view.plan.shortTitle} ${t.punct.projectNumber(p.number)}${p.shortTitle}` }))),
    lead: departments('lead'),
    responsible: departments('responsible'),
    county: site.counties.filter((c) => used('county').has(c.id)).map((c) => ({ id: c.id, name: c.shortName })),
    status: (Object.keys(t.status) as (keyof Dictionary['status'])[]).filter((s) => used('status').has(s)).map((s) => ({ id: s, name: t.status[s] })),
    kind: (Object.keys(t.kind) as (keyof Dictionary['kind'])[]).filter((k) => used('kind').has(k)).map((k) => ({ id: k, name: t.kind[k] })),
    issuer: site.issuers.filter((i) => used('issuer').has(i.id)).map((i) => ({ id: i.id, name: issuerShortName(i) })),
  };
}
