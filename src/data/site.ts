import { getCollection } from 'astro:content';
import { CONTENT_LANGUAGE, editionsOf, linksFor, splitEditionPath, type Edition, type LanguageTag, type Links } from '../i18n/index.ts';
import type { Dictionary } from '../i18n/zh-CN.ts';
import { reportViews, type ReportView } from '../lib/changes.ts';
import { localizeContent } from '../lib/localize.ts';
import { buildSiteModel, type PlanView, type ProjectView, type SiteModel, type TargetView } from '../lib/plan-model.ts';
import { contentRoot } from '../node/read-content.ts';
import { readSiteConfig } from '../node/site-config.ts';
import { todayIso } from '../node/today.ts';
import type { County } from '../schemas/county.ts';
import type { Department } from '../schemas/department.ts';

/**
 * The one place pages read content collections. The model is built once per build, date and
 * language and shared by every page, so every page sorts, filters and derives statuses the same way.
 */

const models = new Map<string, Promise<SiteModel>>();

/**
 * The site model as it stood on a date (default: today), in a language (default: the content's).
 * Only reports with an as-of date up to then count. Frozen data packages use their report's date;
 * pages use today. Built once per date and language.
 */
export function loadSite(date: string = todayIso(), lang: LanguageTag = CONTENT_LANGUAGE): Promise<SiteModel> {
  const key = `${date}|${lang}`;
  let model = models.get(key);
  if (!model) {
    model = (async () => {
      const content = {
        plans: (await getCollection('plans')).map((e) => e.data),
        projects: (await getCollection('projects')).map((e) => e.data),
        departments: (await getCollection('departments')).map((e) => e.data),
        counties: (await getCollection('counties')).map((e) => e.data),
      };
      const snapshots = (await getCollection('progress')).map((e) => e.data);
      if (lang === CONTENT_LANGUAGE) return buildSiteModel({ ...content, snapshots, today: date });
      const localized = localizeContent(content, lang, CONTENT_LANGUAGE);
      return buildSiteModel({ ...localized.content, snapshots, today: date, lang, untranslated: localized.untranslated, original: await loadSite(date) });
    })();
    models.set(key, model);
  }
  return model;
}

const editionLists = new Map<string, Edition[]>();

/** The language editions this site builds (content/site.json `languages`), root first; read once per content root. */
export function editions(): Edition[] {
  const root = contentRoot();
  let list = editionLists.get(root);
  if (!list) {
    list = editionsOf(readSiteConfig(root).languages);
    editionLists.set(root, list);
  }
  return list;
}

/** The edition a URL belongs to (the root edition unless its first segment is another edition's). */
export function editionOfUrl(url: URL): Edition {
  const all = editions();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
  const { prefix } = splitEditionPath(path, all.map((e) => e.prefix).filter(Boolean));
  return all.find((e) => e.prefix === prefix) ?? all[0]!;
}

/** What every page and component needs for its language: the edition, its words and its links. */
export interface PageContext extends Links {
  edition: Edition;
  t: Dictionary;
  /** `lang` for text shown in the content's own language (official text, untranslated content); undefined in that edition. */
  originalLang: string | undefined;
}

export function pageContext(url: URL): PageContext {
  const edition = editionOfUrl(url);
  const originalLang = edition.lang === CONTENT_LANGUAGE ? undefined : CONTENT_LANGUAGE;
  return { edition, t: edition.t, originalLang, ...linksFor(edition, import.meta.env.BASE_URL) };
}

/** The `lang` route parameter of an edition: undefined at the root. */
const langParam = (e: Edition): string | undefined => e.prefix || undefined;

/** Static paths of a page that exists once per edition: params { lang }. */
export function editionRoutes(): { params: { lang: string | undefined } }[] {
  return editions().map((e) => ({ params: { lang: langParam(e) } }));
}

/** The plan shown on the home page: the newest. */
export async function currentPlan(lang: LanguageTag = CONTENT_LANGUAGE): Promise<PlanView> {
  const site = await loadSite(undefined, lang);
  const plan = site.plans[0];
  if (!plan) throw new Error('没有任何方案 — no plan in content/plans/');
  return plan;
}

/** Static paths of one page per plan and edition: params { lang, plan }, props { view }. */
export async function planRoutes(): Promise<{ params: { lang: string | undefined; plan: string }; props: { view: PlanView } }[]> {
  const routes = await Promise.all(
    editions().map(async (e) => (await loadSite(undefined, e.lang)).plans.map((view) => ({ params: { lang: langParam(e), plan: view.plan.id }, props: { view } }))),
  );
  return routes.flat();
}

/** Static paths of one page per project and edition: params { lang, plan, project }, props { view, project }. */
export async function projectRoutes(): Promise<{ params: { lang: string | undefined; plan: string; project: string }; props: { view: PlanView; project: ProjectView } }[]> {
  const routes = await Promise.all(
    editions().map(async (e) =>
      (await loadSite(undefined, e.lang)).plans.flatMap((view) =>
        view.projects.map((project) => ({ params: { lang: langParam(e), plan: view.plan.id, project: project.id }, props: { view, project } })),
      ),
    ),
  );
  return routes.flat();
}

/** Static paths of one page per department and edition: params { lang, department }, props { department }. */
export async function departmentRoutes(): Promise<{ params: { lang: string | undefined; department: string }; props: { department: Department } }[]> {
  const routes = await Promise.all(
    editions().map(async (e) => (await loadSite(undefined, e.lang)).departments.map((department) => ({ params: { lang: langParam(e), department: department.id }, props: { department } }))),
  );
  return routes.flat();
}

/** Static paths of one page per county and edition: params { lang, county }, props { county }. */
export async function countyRoutes(): Promise<{ params: { lang: string | undefined; county: string }; props: { county: County } }[]> {
  const routes = await Promise.all(
    editions().map(async (e) => (await loadSite(undefined, e.lang)).counties.map((county) => ({ params: { lang: langParam(e), county: county.id }, props: { county } }))),
  );
  return routes.flat();
}

/** Static paths of one page per report and edition: params { lang, plan, asOf }, props { view, report, nextAsOf }. */
export async function reportRoutes(): Promise<{ params: { lang: string | undefined; plan: string; asOf: string }; props: { view: PlanView; report: ReportView; nextAsOf: string | null } }[]> {
  const routes = await Promise.all(
    editions().map(async (e) =>
      (await loadSite(undefined, e.lang)).plans.flatMap((view) => {
        const reports = reportViews(view);
        return reports.map((report, index) => ({
          params: { lang: langParam(e), plan: view.plan.id, asOf: report.snapshot.asOf },
          props: { view, report, nextAsOf: reports[index + 1]?.snapshot.asOf ?? null },
        }));
      }),
    ),
  );
  return routes.flat();
}

/** Static paths of one page per target and edition: params { lang, plan, target }, props { view, target }. */
export async function targetRoutes(): Promise<{ params: { lang: string | undefined; plan: string; target: string }; props: { view: PlanView; target: TargetView } }[]> {
  const routes = await Promise.all(
    editions().map(async (e) =>
      (await loadSite(undefined, e.lang)).plans.flatMap((view) =>
        view.targets.map((target) => ({ params: { lang: langParam(e), plan: view.plan.id, target: target.id }, props: { view, target } })),
      ),
    ),
  );
  return routes.flat();
}
