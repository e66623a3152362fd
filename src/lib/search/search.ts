import type { Status } from '../model/status.ts';

/**
 * The exact-match half of site search: a small prebuilt index of targets and projects searched by
 * substring in the browser, because Pagefind's Chinese segmentation can miss substrings inside words
 * and plain figures (Pagefind issues #987, #1237). Pure: used by the build (to write the index), the
 * search page's script and the tests.
 */

/**
 * Normalises text for matching: NFKC (full-width digits and letters become ASCII: ９６００ → 9600,
 * ＰＭ２.５ → pm2.5), lower case, every dash the same, no spaces.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―－~〜～]/g, '-')
    .replace(/\s+/g, '');
}

/** Splits a query into normalised terms (spaces separate terms); at most 200 characters are read. */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, 200)
    .normalize('NFKC')
    .split(/\s+/)
    .map(normalizeSearchText)
    .filter((term) => term !== '');
}

/**
 * Every way a figure may be written: plain, grouped, and in 万.
 * @example figureForms(9600) // ["9600", "9,600", "0.96万"]; figureForms(13700) // ["13700", "13,700", "1.37万"]
 */
export function figureForms(value: number): string[] {
  const forms = [String(value), value.toLocaleString('en-US')];
  if (value >= 1000) forms.push(`${Number((value / 10_000).toFixed(4))}万`);
  return [...new Set(forms)];
}

/** Filter keys, in the order the search page shows them. */
export const FILTER_KEYS = ['plan', 'project', 'lead', 'responsible', 'county', 'status', 'kind', 'issuer'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * What a result is. Targets and projects are what filters describe; a plan, department, county or
 * issuer is a page about one named thing, listed only when a query is typed.
 */
export type EntryKind = 'target' | 'project' | 'plan' | 'department' | 'county' | 'issuer';

/** One searchable page (target, project, plan, department, county or issuer), with its fields already normalised. */
export interface SearchEntry {
  kind: EntryKind;
  id: string;
  /** Path under the site's base, e.g. 2024/targets/teeth-fluoride/ */
  path: string;
  title: string;
  project: string;
  figure: string;
  /** Null for pages that have no status of their own (plans, departments, counties, issuers). */
  status: Status | null;
  asOf: string | null;
  /** Filter values (ids) this entry carries. */
  filters: Record<FilterKey, string[]>;
  /** Normalised text by weight: what matches where decides the rank. */
  fields: {
    id: string;
    /**
     * Every name of the one thing this page is about (a project's titles, a plan's, a department's
     * or county's names and aliases, in every language the index holds); empty for targets. A query
     * that names it puts the page first.
     */
    names: string[];
    title: string;
    figures: string[];
    context: string;
    /**
     * Lead and responsible units and places, by id: their names are held once, by the department
     * and county entries, and a term matches a unit or place through them.
     */
    leads: string[];
    responsibles: string[];
    /** Places the entry names itself (a target's own counties, its allocation). */
    ownPlaces: string[];
    /** Places it covers through its sub-item. */
    places: string[];
  };
}

/** A filter's options, for the search page's selects. */
export type FilterOptions = Record<FilterKey, { id: string; name: string }[]>;

/**
 * The prebuilt index the search page loads first (/search-index.json). On a site of several issuers
 * it holds the site's own issuer's targets, projects and plans and every department, county and
 * issuer page; each other issuer's targets, projects and plans are a file of their own
 * (/search-index/<issuer>.json, an IndexFile), loaded when a search names that issuer (see
 * indexFilesFor), so the first query does not grow with the number of issuers.
 */
export interface SearchIndex {
  entries: SearchEntry[];
  /** Everyday words for the plan's terms (content/search-terms.json). */
  equivalents: Equivalent[];
  /** The issuer whose targets, projects and plans `entries` holds (the site's own); null on a site without issuers. */
  issuer: string | null;
  /** Issuers whose entries are in a file of their own, by issuer id. Empty on a site of one issuer. */
  files: Record<string, FileRoute>;
}

/**
 * Where an issuer's entries are and what filter values they carry, so that a search filtered by a
 * plan, project, unit or county loads the files that can hold its matches, and only those.
 */
export interface FileRoute {
  /** The file's path under the edition's base. */
  path: string;
  plans: string[];
  projects: string[];
  /** Lead and responsible units. */
  units: string[];
  counties: string[];
}

/**
 * One issuer's entries, apart from the first index (/search-index/<issuer>.json), with its plans and
 * projects as the search page's plan and project filters offer them once that issuer is selected.
 */
export interface IndexFile {
  entries: SearchEntry[];
  options: Pick<FilterOptions, 'plan' | 'project'>;
}

/**
 * Score of a page named by the whole query: by one of its names exactly, or by a name's beginning
 * or end of two or more characters (特克斯 names 特克斯县, 州卫生健康委员会 names
 * 伊犁哈萨克自治州卫生健康委员会). Far above any sum of term weights, so the page named comes first,
 * then the targets that mention it.
 */
export const NAMED = { exact: 1000, part: 900 } as const;

const WEIGHTS = { id: 100, title: 50, figure: 45, figurePrefix: 40, leads: 25, ownPlaces: 25, figureInside: 20, context: 12, responsibles: 10, places: 8, issuer: 8 } as const;

/** The departments, counties and issuers one term names (by a substring of any of their names), by id. */
interface NamedIds {
  department: Set<string>;
  county: Set<string>;
  issuer: Set<string>;
}

/** Which departments, counties and issuers a term names, read from their entries' names. */
function namedIds(entries: readonly SearchEntry[], term: string): NamedIds {
  const ids: NamedIds = { department: new Set(), county: new Set(), issuer: new Set() };
  for (const entry of entries) {
    if ((entry.kind === 'department' || entry.kind === 'county' || entry.kind === 'issuer') && entry.fields.names.some((name) => name.includes(term))) ids[entry.kind].add(entry.id);
  }
  return ids;
}

/** How well one normalised term matches an entry; 0 when it matches nowhere. */
function termScore(entry: SearchEntry, term: string, named: NamedIds): number {
  const f = entry.fields;
  let score = 0;
  if (f.id === term) score = Math.max(score, WEIGHTS.id);
  if (f.title.includes(term)) score = Math.max(score, WEIGHTS.title + (f.title.startsWith(term) ? 5 : 0));
  // A figure matches best whole (9600), then as the start of a written form (9600名), then anywhere (约8.89万栋).
  if (f.figures.includes(term)) score = Math.max(score, WEIGHTS.figure);
  else if (f.figures.some((figure) => figure.startsWith(term))) score = Math.max(score, WEIGHTS.figurePrefix);
  else if (f.figures.some((figure) => figure.includes(term))) score = Math.max(score, WEIGHTS.figureInside);
  if (f.leads.some((id) => named.department.has(id))) score = Math.max(score, WEIGHTS.leads);
  if (f.ownPlaces.some((id) => named.county.has(id))) score = Math.max(score, WEIGHTS.ownPlaces);
  if (f.context.includes(term)) score = Math.max(score, WEIGHTS.context);
  if (f.responsibles.some((id) => named.department.has(id))) score = Math.max(score, WEIGHTS.responsibles);
  if (f.places.some((id) => named.county.has(id))) score = Math.max(score, WEIGHTS.places);
  if (entry.filters.issuer.some((id) => named.issuer.has(id))) score = Math.max(score, WEIGHTS.issuer);
  if (score === 0 && term.length >= 2 && f.id.includes(term)) score = 6;
  return score;
}

/** How the whole normalised query names a page; 0 when it does not. */
export function namedScore(entry: SearchEntry, whole: string): number {
  const names = entry.fields.names;
  if (whole === '' || names.length === 0) return 0;
  if (names.includes(whole)) return NAMED.exact;
  if (whole.length >= 2 && names.some((name) => name.startsWith(whole) || name.endsWith(whole))) return NAMED.part;
  return 0;
}

/** Whether an entry carries every selected filter value. */
export function matchesFilters(entry: SearchEntry, selected: Partial<Record<FilterKey, string>>): boolean {
  return FILTER_KEYS.every((key) => !selected[key] || entry.filters[key].includes(selected[key]!));
}

/** A ranked hit. */
export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** A plan term and the everyday words search treats as it (content/search-terms.json). */
export interface Equivalent {
  term: string;
  equivalents: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query in the plan's words: every everyday word in it (NFKC, any case, any spacing) replaced
 * by its plan term, longest word first, in one pass. Full-text search gets this query; the
 * exact-match index tries both.
 * @example planWording('长者食堂 特克斯', [{ term: '助餐服务点', equivalents: ['长者食堂'] }]) // '助餐服务点 特克斯'
 */
export function planWording(query: string, equivalents: readonly Equivalent[]): string {
  const text = query.slice(0, 200).normalize('NFKC');
  const byWord = new Map<string, string>();
  for (const { term, equivalents: words } of equivalents) for (const word of words) byWord.set(word.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim(), term);
  if (byWord.size === 0) return text;
  const words = [...byWord.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(words.map((w) => w.split(' ').map(escapeRegExp).join('\\s+')).join('|'), 'giu');
  return text.replace(pattern, (found) => byWord.get(found.toLowerCase().replace(/\s+/g, ' ')) ?? found);
}

/** A query's terms as typed and, when they differ, in the plan's words. */
function termVariants(query: string, equivalents: readonly Equivalent[]): string[][] {
  const terms = queryTerms(query);
  const planTerms = queryTerms(planWording(query, equivalents));
  return planTerms.join(' ') === terms.join(' ') ? [terms] : [terms, planTerms];
}

/** Filters that say which issuers' files can hold a search's matches (see FileRoute). */
const ROUTED = { plan: 'plans', project: 'projects', lead: 'units', responsible: 'units', county: 'counties' } as const satisfies Partial<Record<FilterKey, Exclude<keyof FileRoute, 'path'>>>;

/** At most this many issuers' files load for the issuers a query names; a word naming more loads none of them. */
export const MAX_NAMED_FILES = 8;

/**
 * The issuers' files (SearchIndex.files) a search needs besides the first index: the selected
 * issuer's; else, with a plan, project, unit or county selected, every file whose entries carry it
 * (so a filtered list is whole); and the files of the issuers a word of the query begins a name of
 * (伊宁市 涂氟 loads 伊宁市's; at most MAX_NAMED_FILES). A search that loads none searches the first index
 * alone, and says so (see exactScope).
 */
export function indexFilesFor(index: SearchIndex, query: string, selected: Partial<Record<FilterKey, string>>, equivalents: readonly Equivalent[] = []): string[] {
  if (selected.issuer !== undefined) return index.files[selected.issuer] !== undefined ? [selected.issuer] : [];
  const routes = Object.entries(index.files);
  const keys = (Object.keys(ROUTED) as (keyof typeof ROUTED)[]).filter((key) => selected[key] !== undefined);
  const routed = keys.length > 0 ? routes.filter(([, route]) => keys.every((key) => route[ROUTED[key]].includes(selected[key]!))).map(([id]) => id) : [];
  const named = new Set<string>();
  for (const term of termVariants(query, equivalents).flat()) {
    if (term.length < 2) continue;
    const ids = index.entries.filter((e) => e.kind === 'issuer' && index.files[e.id] !== undefined && e.fields.names.some((name) => name.startsWith(term))).map((e) => e.id);
    if (ids.length <= MAX_NAMED_FILES) ids.forEach((id) => named.add(id));
  }
  return [...new Set([...routed, ...named])];
}

/**
 * The issuers a search's exact matches covered, when some issuer's entries that could match were
 * not searched: the first index's issuer and those whose files loaded (of `wanted`, see
 * indexFilesFor). Undefined when every entry that could match was searched (one issuer; an issuer,
 * plan, project, unit or county selected and its files loaded; or every file loaded).
 */
export function exactScope(index: SearchIndex, wanted: readonly string[], loaded: readonly string[], selected: Partial<Record<FilterKey, string>>): string[] | undefined {
  const covered = [...(index.issuer !== null ? [index.issuer] : []), ...loaded];
  // A file that did not load leaves its issuer out, whatever was selected.
  if (wanted.some((id) => !loaded.includes(id))) return covered;
  if (selected.issuer !== undefined || (Object.keys(ROUTED) as (keyof typeof ROUTED)[]).some((key) => selected[key] !== undefined)) return undefined;
  return Object.keys(index.files).every((id) => loaded.includes(id)) ? undefined : covered;
}

/** An entry's score for a query's terms; 0 when a term matches nowhere. */
function queryScore(entry: SearchEntry, terms: readonly string[], named: readonly NamedIds[]): number {
  let score = 0;
  for (const [i, term] of terms.entries()) {
    const s = termScore(entry, term, named[i]!);
    if (s === 0) return 0;
    score += s;
  }
  return score + namedScore(entry, terms.join('')) + (entry.kind === 'target' ? 1 : 0);
}

/**
 * Entries matching every term of a query and every selected filter, best first: a page the whole
 * query names (see NAMED), then by the weight of where each term matched (targets before projects
 * on a tie, then shorter titles). Everyday words count as the plan's terms (`equivalents`): an
 * entry scores the better of the query as typed and in the plan's words. An empty query with
 * filters lists every filtered target and project in plan order.
 */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
  selected: Partial<Record<FilterKey, string>> = {},
  equivalents: readonly Equivalent[] = [],
): SearchHit[] {
  const variants = termVariants(query, equivalents);
  const terms = variants[0]!;
  const named = variants.map((v) => v.map((term) => namedIds(entries, term)));
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    if (!matchesFilters(entry, selected)) continue;
    if (terms.length === 0) {
      if (entry.kind === 'target' || entry.kind === 'project') hits.push({ entry, score: 0 });
      continue;
    }
    const score = Math.max(...variants.map((v, i) => queryScore(entry, v, named[i]!)));
    if (score > 0) hits.push({ entry, score });
  }
  if (terms.length === 0) return hits;
  return hits.sort((a, b) => b.score - a.score || a.entry.title.length - b.entry.title.length);
}
