import { getCollection } from 'astro:content';
import { CONTENT_LANGUAGE, editionsOf, linksFor, type Edition, type LanguageTag, type Links } from '../i18n/index.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { reportChanges } from '../lib/model/changes.ts';
import { siteTargetFiles } from '../lib/open-data/combined-package.ts';
import { anyUntranslated, localizeContent, projectKeys, targetKeys } from '../lib/model/localize.ts';
import { countyInvolvement, departmentTargets } from '../lib/model/involvement.ts';
import { buildSiteModel, type PlanView, type SiteModel } from '../lib/model/plan-model.ts';
import { buildSearchIndex, issuersApart, splitSearchIndex, type WholeIndex } from '../lib/search/search-entries.ts';
import { absoluteUrl, inEdition, planPageOf, projectPath, sitePageOf, splitEditionPath, targetPath, withBase } from '../lib/web/urls.ts';
import { lastChanged, pageDates, type ChangeFacts, type PageDates } from '../lib/web/last-changed.ts';
import { readChangeFacts } from '../node/change-facts.ts';
import { publicSiteUrl } from '../node/public-site.ts';
import { folderHasFiles } from '../node/content-loader.ts';
import { contentRoot, syntheticNotice } from '../node/read-content.ts';
import { readSearchTerms } from '../node/search-terms.ts';
import { publisherIn, readSiteConfig } from '../node/site-config.ts';
import { readStatusWords } from '../node/status-words.ts';
import { todayIso } from '../node/today.ts';
import type { SearchTerm } from '../schemas/search-terms.ts';
import type { SiteConfig } from '../schemas/site-config.ts';

/**
 * The one place pages read content collections. The model is built once per build, date and
 * language and shared by every page, so every page sorts, filters and derives statuses the same way.
 */

const models = new Map<string, Promise<SiteModel>>();

/**
 * The site model as it stood on a date (default: today), in a language (default: the content's).
 * Only reports with an as-of date up to then count. Frozen data packages use their report's date,
 * and `knownBy` its publication date (only what was published by then counts); pages use today.
 * Built once per date and language.
 */
export function loadSite(date: string = todayIso(), lang: LanguageTag = CONTENT_LANGUAGE, knownBy?: string): Promise<SiteModel> {
  const key = `${date}|${lang}|${knownBy ?? ''}`;
  let model = models.get(key);
  if (!model) {
    model = (async () => {
      const content = {
        plans: (await getCollection('plans')).map((e) => e.data),
        projects: (await getCollection('projects')).map((e) => e.data),
        departments: (await getCollection('departments')).map((e) => e.data),
        counties: (await getCollection('counties')).map((e) => e.data),
        issuers: (await getCollection('issuers')).map((e) => e.data),
      };
      const siteIssuer = factsOfRoot().config.issuer;
      // Empty until the first report: read only when their folders have files (folderHasFiles says why).
      const reports = folderHasFiles(contentRoot(), 'progress') ? (await getCollection('progress')).map((e) => e.data) : [];
      const adjustments = folderHasFiles(contentRoot(), 'adjustments') ? (await getCollection('adjustments')).map((e) => e.data) : [];
      const statusWords = readStatusWords();
      if (lang === CONTENT_LANGUAGE) return buildSiteModel({ ...content, siteIssuer, reports, adjustments, statusWords, today: date, knownBy });
      const localized = localizeContent(content, lang, CONTENT_LANGUAGE);
      return buildSiteModel({ ...localized.content, siteIssuer, reports, adjustments, statusWords, today: date, knownBy, lang, untranslated: localized.untranslated, original: await loadSite(date, CONTENT_LANGUAGE, knownBy) });
    })();
    models.set(key, model);
  }
  return model;
}

/** What a content root says about the whole site, read once per root rather than once per page. */
interface SiteFacts {
  config: SiteConfig;
  editions: Edition[];
  synthetic: string | null;
  searchTerms: SearchTerm[];
  changes: ChangeFacts;
}
const siteFacts = new Map<string, SiteFacts>();

function factsOfRoot(): SiteFacts {
  const root = contentRoot();
  let facts = siteFacts.get(root);
  if (!facts) {
    const config = readSiteConfig(root);
    facts = { config, editions: editionsOf(config.languages), synthetic: syntheticNotice(root), searchTerms: readSearchTerms(root), changes: readChangeFacts(root) };
    siteFacts.set(root, facts);
  }
  return facts;
}

/** What every page's dates are worked out from (src/node/change-facts.ts), read once per content root. */
export const siteChanges = (): ChangeFacts => factsOfRoot().changes;

/** The language editions this site builds (content/site.json `languages`), root first. */
export function editions(): Edition[] {
  return factsOfRoot().editions;
}

/**
 * Where a URL sits: its edition (the root edition unless the first segment is another edition's)
 * and its path inside that edition, without the base: '/sub/en/2024/' → { en, '/2024/' }.
 */
function locateUrl(url: URL): { edition: Edition; rest: string } {
  const all = editions();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
  const { prefix, rest } = splitEditionPath(path, all.map((e) => e.prefix).filter(Boolean));
  return { edition: all.find((e) => e.prefix === prefix) ?? all[0]!, rest };
}

/** The same page in one language edition: for hreflang alternates and the language switcher. */
export interface EditionVersion {
  edition: Edition;
  /** Its path, with the base: '/sub/en/2024/'. */
  path: string;
  /** Its absolute URL on SITE_URL, for hreflang links (which require one); undefined when SITE_URL is not set, and then the page has none. */
  url: string | undefined;
}

/**
 * What a page needs for its language edition, worked out once per page by src/middleware.ts and
 * read from `Astro.locals.page`: the edition, its words and links, the site model in its language,
 * and what the layout shows around every page. Components get the parts they show as props.
 */
export interface PageContext extends Links {
  edition: Edition;
  t: Dictionary;
  /** `lang` for text shown in the content's own language (official text, untranslated content); undefined in that edition. */
  originalLang: string | undefined;
  /** The site model as of `today`, in the edition's language. */
  site: SiteModel;
  /** The date reports are judged at (YYYY-MM-DD; see src/node/today.ts), also a citation's access date. */
  today: string;
  /** content/site.json: publisher, data licence, feedback contact. */
  config: SiteConfig;
  /** The publisher's name in the edition's language (its translation, else as written). */
  publisher: string;
  /** The site's public address (SITE_URL) when set; only then do pages carry absolute URLs of their own. */
  publicSite: string | undefined;
  /** The notice every page of a synthetic (demo or test) content root shows; null for real content. */
  synthetic: string | null;
  /** content/search-terms.json: everyday words search treats as the plan's terms (none when absent). */
  searchTerms: SearchTerm[];
  /** This page in every edition, root first. */
  versions: EditionVersion[];
  /** Whether the page shows content for want of a translation in the content's own language (the layout says so once). */
  untranslated: boolean;
  /** When what the page shows was published and last changed (src/lib/web/last-changed.ts), shown in its main region and metadata. */
  dates: PageDates;
  /** The day (YYYY-MM-DD) its data last changed, as the sitemap gives it: for feeds. */
  lastChanged: string;
}

/**
 * The content keys (see src/lib/model/localize.ts) a page shows, from its path (without base and
 * edition prefix), worked out once per route: a target's page (and its embed, notice and feed) its
 * target's; a project's page its project's; a report's page those of the targets it reports; a department's or
 * county's page theirs and their targets'; any other page of a plan and the site-wide lists every
 * key of the site; a page about the site itself none.
 */
function shownKeys(site: SiteModel, rest: string): string[] {
  const all = () => [...site.untranslated];
  const planPage = planPageOf(rest, site.plans.map((view) => view.plan.id));
  if (planPage) {
    const view = site.plans.find((v) => v.plan.id === planPage.plan)!;
    const target = planPage.target !== undefined ? view.targets.find((t) => t.id === planPage.target) : undefined;
    const project = planPage.project !== undefined ? view.projects.find((p) => p.id === planPage.project) : undefined;
    if (target) return targetKeys(target);
    if (project) return projectKeys(project);
    const report = planPage.report !== undefined ? view.reports.find((r) => r.asOf === planPage.report) : undefined;
    if (report) return view.targets.filter((t) => report.entries.some((e) => e.target === t.id)).flatMap(targetKeys);
    return all();
  }
  const page = sitePageOf(rest);
  if (page === 'lists') return all();
  if (page === 'about-site') return [];
  if ('issuer' in page) {
    const issuer = site.issuerById.get(page.issuer);
    return [`issuer:${page.issuer}`, ...(issuer?.plans ?? []).flatMap((view) => [`plan:${view.plan.id}`, ...view.targets.flatMap((t) => [...t.leadUnits].map((id) => `department:${id}`))])];
  }
  if ('department' in page) return [`department:${page.department}`, ...departmentTargets(site.plans, page.department).map((target) => `target:${target.id}`)];
  const government = site.departments.find((d) => d.county === page.county);
  return [`county:${page.county}`, ...(government ? [`department:${government.id}`] : []), ...countyInvolvement(site.plans, page.county).targets.map((target) => `target:${target.id}`)];
}

/** The context of the page (or endpoint) at a URL, see PageContext. */
export async function loadPageContext(url: URL): Promise<PageContext> {
  const { edition, rest } = locateUrl(url);
  const base = import.meta.env.BASE_URL;
  const today = todayIso();
  const publicSite = publicSiteUrl();
  const site = await loadSite(today, edition.lang);
  const versions = editions().map((e) => {
    const path = withBase(base, inEdition(rest, e));
    return { edition: e, path, url: absoluteUrl(path, publicSite) };
  });
  return {
    edition,
    t: edition.t,
    originalLang: edition.lang === CONTENT_LANGUAGE ? undefined : CONTENT_LANGUAGE,
    ...linksFor(edition, base),
    site,
    today,
    config: factsOfRoot().config,
    publisher: publisherIn(factsOfRoot().config, edition.lang),
    publicSite,
    synthetic: factsOfRoot().synthetic,
    searchTerms: factsOfRoot().searchTerms,
    versions,
    untranslated: edition.lang !== CONTENT_LANGUAGE && anyUntranslated(site, shownKeys(site, rest)),
    dates: pageDates(rest, factsOfRoot().changes),
    lastChanged: lastChanged(rest, factsOfRoot().changes),
  };
}

const searchIndexes = new WeakMap<SiteModel, WholeIndex & ReturnType<typeof splitSearchIndex>>();

/**
 * The search index of a page's site and edition: the whole (entries, filter options) and as the
 * browser loads it (the first index and each issuer's file, see splitSearchIndex). Built once per
 * edition, shared by the search page and the index files.
 */
export function siteSearchIndex({ site, t, searchTerms }: Pick<PageContext, 'site' | 't' | 'searchTerms'>): WholeIndex & ReturnType<typeof splitSearchIndex> {
  let built = searchIndexes.get(site);
  if (!built) {
    const whole = buildSearchIndex(site, t, searchTerms);
    built = { ...whole, ...splitSearchIndex(whole, site, t) };
    searchIndexes.set(site, built);
  }
  return built;
}

/** The `lang` route parameter of an edition: undefined at the root. */
const langParam = (e: Edition): string | undefined => e.prefix || undefined;

/** Static paths of a page that exists once per edition: params { lang }. */
export function editionRoutes(): { params: { lang: string | undefined } }[] {
  return editions().map((e) => ({ params: { lang: langParam(e) } }));
}

type Route<P, Q> = { params: P; props: Q };

/** Static paths of pages built once per edition: `pages` lists one edition's, each gets its `lang` parameter. */
async function perEdition<P extends object, Q>(pages: (site: SiteModel) => Route<P, Q>[]): Promise<Route<P & { lang: string | undefined }, Q>[]> {
  const routes = await Promise.all(
    editions().map(async (e) => pages(await loadSite(undefined, e.lang)).map((page) => ({ params: { ...page.params, lang: langParam(e) }, props: page.props }))),
  );
  return routes.flat();
}

/** One page per plan and edition: params { lang, plan }, props { view }. */
export const planRoutes = () => perEdition((site) => site.plans.map((view) => ({ params: { plan: view.plan.id }, props: { view } })));

/**
 * The routes of files that need the site's absolute address, the RSS feeds (RSS 2.0 defines no
 * base for relative links, and @astrojs/rss needs an absolute `site`): all of `routes` when SITE_URL
 * is set, none without it. Pages link a feed on the same condition (PageContext.publicSite).
 */
export async function onPublicSite<R>(routes: () => Promise<R[]>): Promise<R[]> {
  return publicSiteUrl() ? routes() : [];
}

/** One page per project and edition: params { lang, plan, project }, props { view, project }. */
export const projectRoutes = () =>
  perEdition((site) => site.plans.flatMap((view) => view.projects.map((project) => ({ params: { plan: view.plan.id, project: project.id }, props: { view, project } }))));

/** One page per target and edition: params { lang, plan, target }, props { view, target }. */
export const targetRoutes = () =>
  perEdition((site) => site.plans.flatMap((view) => view.targets.map((target) => ({ params: { plan: view.plan.id, target: target.id }, props: { view, target } }))));

/** One page per report and edition: params { lang, plan, asOf }, props { view, changed (the report and what it changed), nextAsOf }. */
export const reportRoutes = () =>
  perEdition((site) =>
    site.plans.flatMap((view) => {
      const reports = reportChanges(view);
      return reports.map((changed, index) => ({
        params: { plan: view.plan.id, asOf: changed.report.asOf },
        props: { view, changed, nextAsOf: reports[index + 1]?.report.asOf ?? null },
      }));
    }),
  );

/** One page per department and edition: params { lang, department }, props { department }. */
export const departmentRoutes = () => perEdition((site) => site.departments.map((department) => ({ params: { department: department.id }, props: { department } })));

/** One page per county and edition: params { lang, county }, props { county }. */
export const countyRoutes = () => perEdition((site) => site.counties.map((county) => ({ params: { county: county.id }, props: { county } })));

/** One search index file per issuer kept apart (issuersApart) and edition: params { lang, issuer }. */
export const searchFileRoutes = () => perEdition((site) => issuersApart(site).map((issuer) => ({ params: { issuer }, props: {} })));

/** One page per issuer: params { issuer }, props { issuer }. */
export const issuerRoutes = () => perEdition((site) => site.issuers.map((issuer) => ({ params: { issuer: issuer.id }, props: { issuer } })));

/** The whole site's targets table (/data/targets.csv, .json, -excel.csv), in the content's language: params { file }, props { body, file }. */
export const siteTargetRoutes = async () => [...siteTargetFiles(await loadSite())].map(([file, body]) => ({ params: { file }, props: { body, file } }));

/** One file per issuer, in the content's language (downloads): params { issuer }. */
export const issuerFileRoutes = async () => (await loadSite()).issuers.map((issuer) => ({ params: { issuer: issuer.id } }));

/** One file per plan, in the content's language (downloads): params { plan }, props { view, site }. */
export const planFileRoutes = async () => {
  const site = await loadSite();
  return site.plans.map((view) => ({ params: { plan: view.plan.id }, props: { view, site } }));
};

/**
 * Every data package's site, in the content's language: `latest` (today) and one per report (frozen:
 * the site as it stood on the report's date with what had been published when that report was, so
 * neither a newer report nor a later adjustment or report dated earlier ever changes it), with
 * the plans each packages: every plan for `latest`, the report's own plan for a frozen one.
 */
export async function packageSites(): Promise<{ version: string; site: SiteModel; config: SiteConfig; plans: PlanView[] }[]> {
  const today = await loadSite();
  // A frozen package is one plan's: another plan's report of the same date may have been published on another day.
  const frozen = await Promise.all(
    today.plans.flatMap((v) =>
      v.reports.map(async (s) => {
        const site = await loadSite(s.asOf, CONTENT_LANGUAGE, s.published);
        return { version: s.asOf, site, plans: site.plans.filter((view) => view.plan.id === v.plan.id) };
      }),
    ),
  );
  return [{ version: 'latest', site: today, plans: today.plans }, ...frozen].map((entry) => ({ ...entry, config: factsOfRoot().config }));
}

/** Short permanent links /t/<target id>/ (printed under QR codes), per edition: params { lang, id }, props { to, title }. */
export const targetShortRoutes = () =>
  perEdition((site) => site.plans.flatMap((view) => view.targets.map((target) => ({ params: { id: target.id }, props: { to: targetPath(view.plan.id, target.id), title: target.label } }))));

/** Short permanent links /p/<project id>/, per edition: params { lang, id }, props { to, title }. */
export const projectShortRoutes = () =>
  perEdition((site) => site.plans.flatMap((view) => view.projects.map((project) => ({ params: { id: project.id }, props: { to: projectPath(view.plan.id, project.id), title: project.title } }))));
