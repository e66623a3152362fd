import type { County } from '../../schemas/county.ts';
import type { Department } from '../../schemas/department.ts';
import type { Issuer } from '../../schemas/issuer.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Project } from '../../schemas/project.ts';
import type { ProjectView, SiteModel, TargetView } from './plan-model.ts';

/**
 * Puts content into one language before the site model is built: every display text that has a
 * translation (`translations.<lang>.<field>`) is replaced by it; every one that has none keeps its
 * Chinese and is recorded, so pages can say plainly that it is shown untranslated. Official text,
 * the plan's own wording of figures and report sources are never translated. Pure.
 */

/** Content as the model builder takes it. */
export interface ContentInput {
  plans: readonly Plan[];
  projects: readonly Project[];
  departments: readonly Department[];
  counties: readonly County[];
  issuers?: readonly Issuer[];
}

/** Keys of content shown untranslated: `issuer:yili`, `plan:2024`, `project:air-quality`, `sub-item:air-quality/air-quality`, `target:air-pm25`, `department:…`, `county:…`. */
export type UntranslatedKeys = ReadonlySet<string>;

type Translatable = { translations?: Record<string, Record<string, string | undefined>> | undefined };

/**
 * Returns the entry with the fields in `fields` translated into `lang`; adds `key` to `missing`
 * when any of those fields (that the entry has) has no translation.
 */
function translate<T extends Translatable>(entry: T, fields: readonly (keyof T & string)[], lang: string, key: string, missing: Set<string>): T {
  const words = entry.translations?.[lang] ?? {};
  const out = { ...entry };
  for (const name of fields) {
    if (entry[name] === undefined) continue;
    const word = words[name];
    if (word === undefined) missing.add(key);
    else (out as Record<string, unknown>)[name] = word;
  }
  return out;
}

/** A plan's titles, issuer and the note on its source (never the official source title itself). */
function translatePlan(plan: Plan, lang: string, missing: Set<string>): Plan {
  const out = translate(plan, ['title', 'shortTitle', 'issuer'], lang, `plan:${plan.id}`, missing);
  if (plan.source.note === undefined) return out;
  const note = plan.translations?.[lang]?.sourceNote;
  if (note === undefined) missing.add(`plan:${plan.id}`);
  return { ...out, source: { ...plan.source, note: note ?? plan.source.note } };
}

/** Content in `lang`; `contentLang` (the language content is written in) returns it unchanged. */
export function localizeContent<C extends ContentInput>(content: C, lang: string, contentLang: string): { content: C; untranslated: UntranslatedKeys } {
  const missing = new Set<string>();
  if (lang === contentLang) return { content, untranslated: missing };
  return {
    content: {
      ...content,
      plans: content.plans.map((plan) => translatePlan(plan, lang, missing)),
      projects: content.projects.map((project) => ({
        ...translate(project, ['title', 'shortTitle', 'summary'], lang, `project:${project.id}`, missing),
        subItems: project.subItems.map((subItem) => ({
          ...translate(subItem, ['title', 'areaNote'], lang, `sub-item:${project.id}/${subItem.id}`, missing),
          targets: subItem.targets.map((target) => translate(target, ['label', 'beneficiaryNote', 'setBy'], lang, `target:${target.id}`, missing)),
        })),
      })),
      departments: content.departments.map((d) => translate(d, ['name', 'shortName'], lang, `department:${d.id}`, missing)),
      counties: content.counties.map((c) => translate(c, ['name', 'shortName'], lang, `county:${c.id}`, missing)),
      ...(content.issuers ? { issuers: content.issuers.map((i) => translate(i, ['name', 'shortName'], lang, `issuer:${i.id}`, missing)) } : {}),
    },
    untranslated: missing,
  };
}

/** Whether any of the given content keys is shown untranslated. */
export function anyUntranslated(site: SiteModel, keys: readonly string[]): boolean {
  return keys.some((key) => site.untranslated.has(key));
}

/** Content keys of what a project page shows: the project, its parts, targets and units. */
export function projectKeys(project: ProjectView): string[] {
  return [
    `project:${project.id}`,
    ...project.subItems.map((s) => `sub-item:${project.id}/${s.id}`),
    ...project.targets.map((t) => `target:${t.id}`),
    ...[...project.leadUnits, ...project.responsibleUnits].map((id) => `department:${id}`),
    ...project.countyIds.map((id) => `county:${id}`),
  ];
}

/** Content keys of what a target page shows. */
export function targetKeys(target: TargetView): string[] {
  return [
    `target:${target.id}`,
    `project:${target.projectId}`,
    `sub-item:${target.projectId}/${target.subItemId}`,
    ...[...target.leadUnits, ...target.responsibleUnits].map((id) => `department:${id}`),
    ...target.countyIds.map((id) => `county:${id}`),
  ];
}
