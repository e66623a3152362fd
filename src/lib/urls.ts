/**
 * One URL builder per route, used everywhere that links to it. Paths are relative to the site's
 * base path and end with a slash (trailingSlash: 'always'); withBase() adds the base.
 */

/** Prefixes a site path with the configured base, e.g. "/sub/" + "2024/" → "/sub/2024/". */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
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
/** A target page. */
export const targetPath = (planId: string, targetId: string): string => `/${planId}/targets/${targetId}/`;
/** A plan's reports, newest first. */
export const reportsPath = (planId: string): string => `/${planId}/reports/`;
/** One report: what changed as of a date. */
export const reportPath = (planId: string, asOf: string): string => `/${planId}/reports/${asOf}/`;
/** RSS feed of a plan's reports. */
export const reportsFeedPath = (planId: string): string => `/${planId}/reports/feed.xml`;
/** The open data page. */
export const dataPath = (): string => '/data/';
/** The data dictionary. */
export const dataDictionaryPath = (): string => '/data/dictionary/';
/** The descriptor of every latest resource. */
export const rootDataPackagePath = (): string => '/data/datapackage.json';
/** A data package version's folder: /data/2024/2024-06-30/ or /data/2024/latest/. */
export const packagePath = (planId: string, version: string): string => `/data/${planId}/${version}/`;
/** One target's reported values as CSV (latest). */
export const targetCsvPath = (planId: string, targetId: string): string => `/data/${planId}/latest/targets/${targetId}.csv`;
/** A content format's JSON Schema. */
export const schemaPath = (file: string): string => `/data/schema/${file}`;
/** A target's embeddable chart page. */
export const embedPath = (planId: string, targetId: string): string => `/embed/${planId}/targets/${targetId}/`;
/** A printable A4 notice with a QR code: targets and projects. */
export const targetNoticePath = (planId: string, targetId: string): string => `/${planId}/targets/${targetId}/notice/`;
export const projectNoticePath = (planId: string, projectId: string): string => `/${planId}/projects/${projectId}/notice/`;
/** Short, permanent links for print and QR codes (target and project ids are unique across plans). */
export const targetShortPath = (targetId: string): string => `/t/${targetId}/`;
export const projectShortPath = (projectId: string): string => `/p/${projectId}/`;
/** All departments. */
export const departmentsPath = (): string => '/departments/';
/** A department page. */
export const departmentPath = (departmentId: string): string => `/departments/${departmentId}/`;
/** All counties and cities. */
export const countiesPath = (): string => '/counties/';
/** A county or city page. */
export const countyPath = (countyId: string): string => `/counties/${countyId}/`;
/** The search page; a query and filters go in its query string (?q=…&project=…). */
export const searchPath = (): string => '/search/';
/** The prebuilt exact-match search index. */
export const searchIndexPath = (): string => '/search-index.json';
/** Pagefind's script, written by the build. */
export const pagefindScriptPath = (): string => '/pagefind/pagefind.js';
/** About the site and how statuses are worked out. */
export const aboutPath = (): string => '/about/';
