import { FILTER_KEYS, type FilterKey } from '../search/search.ts';

/**
 * Every URL shape of the site, in one place: one builder per route, the anchors pages link to, the
 * site's own first segments, and which pages are bare (kept out of the sitemap). Paths are relative
 * to the site's base path and end with a slash (trailingSlash: 'always'); withBase() adds the base,
 * inEdition() the language edition's prefix. A new page kind adds its builder here (README: "Adding
 * a page kind").
 */

/**
 * First URL segments the site itself uses (src/pages/[...lang]/ and the build's own folders). A plan
 * lives at /<plan id>/ beside them, so the content check refuses a plan id that takes one.
 */
export const SECTIONS = {
  about: 'about',
  counties: 'counties',
  data: 'data',
  departments: 'departments',
  embed: 'embed',
  identity: 'identity',
  issuers: 'issuers',
  projectShort: 'p',
  pagefind: 'pagefind',
  search: 'search',
  siteMap: 'sitemap',
  sources: 'sources',
  targetShort: 't',
  assets: '_astro',
} as const;
// Pure: browser bundles that import urls.ts for something else (search) leave it out (119 B gzip).
export const RESERVED_SEGMENTS: readonly string[] = /* @__PURE__ */ Object.values(SECTIONS);

/** Prefixes a site path with the configured base, e.g. "/sub/" + "2024/" → "/sub/2024/". */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/**
 * A site path (base included) as an absolute URL on the public site, or undefined when its address
 * is not known (SITE_URL unset): what needs an absolute URL (canonical and hreflang links, QR codes,
 * feeds, sitemaps) is left out then, never pointed at a guessed address.
 * @example absoluteUrl('/2024/', 'https://example.org') → 'https://example.org/2024/'
 * @example absoluteUrl('/2024/', undefined) → undefined
 */
export function absoluteUrl(path: string, publicSite: string | undefined): string | undefined {
  return publicSite ? new URL(path, publicSite).href : undefined;
}

/**
 * A site path as readers should cite it: absolute on the public site when its address is known
 * (SITE_URL), else the path itself.
 * @example citableUrl('/2024/', 'https://example.org') → 'https://example.org/2024/'
 */
export function citableUrl(path: string, publicSite: string | undefined): string {
  return absoluteUrl(path, publicSite) ?? path;
}

/** A path inside a language edition, before the base: ('/2024/', { prefix: 'en' }) → '/en/2024/'. */
export function inEdition(path: string, edition: { prefix: string }): string {
  return edition.prefix ? `/${edition.prefix}${path}` : path;
}

/** Splits a path (base removed) into its edition prefix and the rest: '/en/2024/' → ['en', '/2024/']. */
export function splitEditionPath(path: string, prefixes: readonly string[]): { prefix: string; rest: string } {
  const first = path.split('/')[1] ?? '';
  return first && prefixes.includes(first) ? { prefix: first, rest: path.slice(first.length + 1) || '/' } : { prefix: '', rest: path };
}

/** Home page. */
export const homePath = (): string => '/';
/** A plan's overview. */
export const planPath = (planId: string): string => `/${planId}/`;
/** A plan's full official text. */
export const planSourcePath = (planId: string): string => `/${planId}/source/`;
/** A plan's official text as a plain-text download. */
export const planSourceFilePath = (planId: string): string => `/${planId}/source.txt`;
/** A project page. */
export const projectPath = (planId: string, projectId: string): string => `/${planId}/projects/${projectId}/`;
/** Anchor of a sub-item on its project page. */
export const subItemAnchor = (subItemId: string): string => `sub-${subItemId}`;
/** Anchor of a target's row in a table of targets (project, department, county and report pages). */
export const targetAnchor = (targetId: string): string => `target-${targetId}`;
/** A path with an anchor: ('/2024/reports/2024-06-30/', 'target-x') → '/2024/reports/2024-06-30/#target-x'. */
export const withAnchor = (path: string, anchor: string): string => `${path}#${anchor}`;
/** A target page. */
export const targetPath = (planId: string, targetId: string): string => `/${planId}/targets/${targetId}/`;
/** A plan's reports, newest first. */
export const reportsPath = (planId: string): string => `/${planId}/reports/`;
/** One report: what changed as of a date. */
export const reportPath = (planId: string, asOf: string): string => `/${planId}/reports/${asOf}/`;
/** RSS feed of a plan's reports. */
export const reportsFeedPath = (planId: string): string => `/${planId}/reports/feed.xml`;
/**
 * A source's attachment as archived under content/ (sources/<name>.pdf), published at the same path
 * under the site: /sources/<name>.pdf. Shared by every edition (link it with fileHref).
 */
export const attachmentPath = (file: string): string => `/${file}`;
/** RSS feed of one target: its reports, corrections and adjustments. */
export const targetFeedPath = (planId: string, targetId: string): string => `/${planId}/targets/${targetId}/feed.xml`;
/** Anchor of the adjustments section on a target page. */
export const ADJUSTMENTS_ANCHOR = 'adjustments';
/** The open data page. */
export const dataPath = (): string => `/${SECTIONS.data}/`;
/** The data dictionary. */
export const dataDictionaryPath = (): string => `/${SECTIONS.data}/dictionary/`;
/** The descriptor of every latest resource. */
export const rootDataPackagePath = (): string => `/${SECTIONS.data}/datapackage.json`;
/** Every plan's targets, of every issuer, in one table (CSV; .json and -excel.csv beside it). */
export const siteTargetsPath = (): string => `/${SECTIONS.data}/targets.csv`;
/** The descriptor of one issuer's latest resources (beside the site's, so its paths stay relative). */
export const issuerPackagePath = (issuerId: string): string => `/${SECTIONS.data}/${issuerId}.datapackage.json`;
/** A data package version's folder: /data/2024/2024-06-30/ or /data/2024/latest/. */
export const packagePath = (planId: string, version: string): string => `/${SECTIONS.data}/${planId}/${version}/`;
/** One target's reported values as CSV (latest). */
export const targetCsvPath = (planId: string, targetId: string): string => `/${SECTIONS.data}/${planId}/latest/targets/${targetId}.csv`;
/** A content format's JSON Schema. */
export const schemaPath = (file: string): string => `/${SECTIONS.data}/schema/${file}`;
/** A target's embeddable chart page. */
export const embedPath = (planId: string, targetId: string): string => `/${SECTIONS.embed}/${planId}/targets/${targetId}/`;
/** A printable A4 notice with a QR code: targets and projects. */
export const targetNoticePath = (planId: string, targetId: string): string => `/${planId}/targets/${targetId}/notice/`;
export const projectNoticePath = (planId: string, projectId: string): string => `/${planId}/projects/${projectId}/notice/`;
/** Short, permanent links for print and QR codes (target and project ids are unique across plans). */
export const targetShortPath = (targetId: string): string => `/${SECTIONS.targetShort}/${targetId}/`;
export const projectShortPath = (projectId: string): string => `/${SECTIONS.projectShort}/${projectId}/`;
/** All issuers, by level, with their plans' counts by status. */
export const issuersPath = (): string => `/${SECTIONS.issuers}/`;
/** An issuer's page: its plans, the issuers above and below, its lead units by status. */
export const issuerPath = (issuerId: string): string => `/${SECTIONS.issuers}/${issuerId}/`;
/** All departments. */
export const departmentsPath = (): string => `/${SECTIONS.departments}/`;
/** A department page. */
export const departmentPath = (departmentId: string): string => `/${SECTIONS.departments}/${departmentId}/`;
/** All counties and cities. */
export const countiesPath = (): string => `/${SECTIONS.counties}/`;
/** A county or city page. */
export const countyPath = (countyId: string): string => `/${SECTIONS.counties}/${countyId}/`;
/** The search page; a query and filters go in its query string (?q=…&project=…). */
export const searchPath = (): string => `/${SECTIONS.search}/`;
/**
 * The search page with filters set: the filterable list of targets, as a link (keys as the search
 * page's filters, in its order). @example searchWith({ lead: 'health', status: 'behind' }) // '/search/?lead=health&status=behind'
 */
export function searchWith(filters: Partial<Record<FilterKey, string>>): string {
  const params = new URLSearchParams(FILTER_KEYS.flatMap((key) => (filters[key] ? [[key, filters[key]!]] : [])));
  return `${searchPath()}?${params}`;
}
/** The prebuilt exact-match search index; with an issuer, that issuer's entries kept apart from it (SearchIndex.files). */
export const searchIndexPath = (issuerId?: string): string => (issuerId === undefined ? '/search-index.json' : `/search-index/${issuerId}.json`);
/** Pagefind's script, written by the build. */
export const pagefindScriptPath = (): string => `/${SECTIONS.pagefind}/pagefind.js`;
/** The sitemap's index, written by @astrojs/sitemap: named in every page's head and in robots.txt. */
export const sitemapIndexPath = (): string => '/sitemap-index.xml';
/** The folder archived report attachments are published under (attachmentPath of sources/<name>). */
export const attachmentsFolderPath = (): string => `/${SECTIONS.sources}/`;
/** The human site map (网站地图): every section and page, linked from every footer. */
export const siteMapPath = (): string => `/${SECTIONS.siteMap}/`;
/** The site's badge image (content/identity/<name>), published at the same path; shared by every edition (link it with fileHref). */
export const badgePath = (image: string): string => `/${image}`;
/** About the site and how statuses are worked out. */
export const aboutPath = (): string => `/${SECTIONS.about}/`;

/**
 * What a page (path without base and edition prefix) shows of a plan: the plan's id, and the as-of
 * date of a report page or the id of a target page (and of the pages under it); undefined for a
 * page outside every plan. `planIds` are the plans the site has.
 * @example planPageOf('/2024/targets/teeth-fluoride/', ['2024']) // { plan: '2024', target: 'teeth-fluoride' }
 */
export function planPageOf(path: string, planIds: readonly string[]): { plan: string; report?: string; target?: string; project?: string } | undefined {
  const segments = path.split('/').filter(Boolean);
  // An embed page shows one target of a plan, as its page does: /embed/<plan>/targets/<id>/.
  const [plan, section, id] = segments[0] === SECTIONS.embed ? segments.slice(1) : segments;
  if (plan === undefined || !planIds.includes(plan)) return undefined;
  if (section === 'reports' && id) return { plan, report: id };
  if (section === 'targets' && id) return { plan, target: id };
  if (section === 'projects' && id) return { plan, project: id };
  return { plan };
}

/**
 * What a page outside every plan (path without base and edition prefix) is: a department's or a
 * county's page (with its id), a list the site draws from all its content (home, departments,
 * counties, search, site map), or a page about the site itself (about, open data, 404), which shows no content's names.
 */
export function sitePageOf(path: string): { department: string } | { county: string } | { issuer: string } | 'lists' | 'about-site' {
  const [first, id] = path.split('/').filter(Boolean);
  if (first === SECTIONS.departments && id) return { department: id };
  if (first === SECTIONS.counties && id) return { county: id };
  if (first === SECTIONS.issuers && id) return { issuer: id };
  if (first === undefined || first === SECTIONS.departments || first === SECTIONS.counties || first === SECTIONS.issuers || first === SECTIONS.search || first === SECTIONS.siteMap) return 'lists';
  return 'about-site';
}

/** Whether a path (without base; with or without an edition prefix) is a short link, /t/<id>/ or /p/<id>/. */
export function isShortLinkPath(path: string): boolean {
  const segments = path.split('/').filter(Boolean).slice(-2);
  return path.split('/').filter(Boolean).length <= 3 && segments.length === 2 && (segments[0] === SECTIONS.targetShort || segments[0] === SECTIONS.projectShort);
}

/**
 * Whether a page (path without base and edition prefix) is bare: embeds, printable notices, short
 * links and the 404 page. They are not pages to land on from a search engine, so the sitemap leaves
 * them out (astro.config.mjs) and they carry noindex or redirect.
 */
export function isBarePath(path: string): boolean {
  const segments = path.split('/').filter(Boolean);
  const [first] = segments;
  if (first === '404') return true;
  if (first === SECTIONS.embed) return true;
  if ((first === SECTIONS.targetShort || first === SECTIONS.projectShort) && segments.length === 2) return true;
  return segments.at(-1) === 'notice';
}
