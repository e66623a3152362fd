import { fillTemplate, formatDate } from '../lib/format.ts';
import { FILTER_KEYS, searchEntries, type FilterKey, type SearchIndex } from '../lib/search.ts';
import type { StatusLook } from '../lib/status-display.ts';
import type { Status } from '../lib/status.ts';
import { withBase } from '../lib/urls.ts';

/**
 * <site-search>: runs the search page's form in the browser. Every query goes to the prebuilt
 * exact-match index (substrings, figures in every form, departments, places) and to Pagefind's
 * full-text index; exact matches come first, then full-text pages not already listed. The query and
 * filters live in the URL (?q=…&project=…), so a search can be shared and the back button works.
 * Results are built with DOM methods (never from markup), and a status line announces the count.
 */

interface Config {
  /** The site's base path (Pagefind's result URLs start from it). */
  base: string;
  /** Base of this language edition's pages (exact-match result paths start from it). */
  pageBase: string;
  /** The page's language, for formatting dates. */
  lang: string;
  indexUrl: string;
  pagefindUrl: string;
  words: Record<string, string> & { status: Record<Status, string>; filterNames: Record<FilterKey, string> };
  looks: Record<Status, StatusLook>;
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

/** One result row, from either index. */
interface Row {
  url: string;
  title: string;
  tag: string;
  project?: string;
  figure?: string;
  status?: Status;
  asOf?: string | null;
  excerpt?: string;
}

const MAX_QUERY = 200;
// Each full-text result costs a fragment download (~2.5 KB); six keep a first query near 110 KB.
const PAGEFIND_RESULTS = 6;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends Pagefind's excerpt as text, keeping only its <mark> highlights. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = part.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      parent.append(marked ? element('mark', undefined, text) : document.createTextNode(text));
    }
  }
}

class SiteSearch extends HTMLElement {
  private config!: Config;
  private form!: HTMLFormElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private index?: Promise<SearchIndex>;
  private pagefind?: Promise<Pagefind | null>;
  private runs = 0;
  private timer?: number;

  connectedCallback(): void {
    this.config = JSON.parse(this.dataset.config ?? '{}') as Config;
    this.form = this.querySelector('form')!;
    this.status = this.querySelector('.search-status')!;
    this.list = this.querySelector('.search-results')!;
    this.fillForm(new URLSearchParams(location.search));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run('push');
    });
    this.form.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run('replace'), 120);
    });
    window.addEventListener('popstate', () => {
      this.fillForm(new URLSearchParams(location.search));
      void this.run('none');
    });
    void this.run('none');
  }

  private fillForm(params: URLSearchParams): void {
    const q = this.form.elements.namedItem('q') as HTMLInputElement;
    q.value = (params.get('q') ?? '').slice(0, MAX_QUERY);
    for (const key of [...FILTER_KEYS, 'sort']) {
      const select = this.form.elements.namedItem(key) as HTMLSelectElement;
      const value = params.get(key) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  }

  private readForm(): { q: string; filters: Partial<Record<FilterKey, string>>; sort: string } {
    const data = new FormData(this.form);
    const filters: Partial<Record<FilterKey, string>> = {};
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    return { q: String(data.get('q') ?? '').slice(0, MAX_QUERY).trim(), filters, sort: String(data.get('sort') ?? '') };
  }

  private loadIndex(): Promise<SearchIndex> {
    this.index ??= fetch(this.config.indexUrl).then((r) => r.json() as Promise<SearchIndex>);
    return this.index;
  }

  private loadPagefind(): Promise<Pagefind | null> {
    this.pagefind ??= import(/* @vite-ignore */ this.config.pagefindUrl)
      .then(async (module: Pagefind) => {
        // No worker: the index is small, and the worker script would be another 12 KB on the first query.
        await module.options({ baseUrl: this.config.base, excerptLength: 24, noWorker: true });
        return module;
      })
      .catch(() => null);
    return this.pagefind;
  }

  private async fullText(q: string, filters: Partial<Record<FilterKey, string>>, sort: string): Promise<PagefindResult[] | null> {
    const pagefind = await this.loadPagefind();
    if (!pagefind) return null;
    try {
      const found = await pagefind.search(q || null, { filters, ...(sort === 'order' ? { sort: { order: 'asc' } } : {}) });
      return found ? await Promise.all(found.results.slice(0, PAGEFIND_RESULTS).map((r) => r.data())) : [];
    } catch {
      return null;
    }
  }

  private async run(history: 'push' | 'replace' | 'none'): Promise<void> {
    const { q, filters, sort } = this.readForm();
    if (history !== 'none') {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      for (const [key, value] of Object.entries(filters)) params.set(key, value);
      if (sort) params.set('sort', sort);
      const url = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    const allTargets = document.querySelector<HTMLElement>('.all-targets');
    const active = q !== '' || Object.keys(filters).length > 0;
    if (!active) {
      this.list.hidden = true;
      this.list.replaceChildren();
      this.status.textContent = '';
      if (allTargets) allTargets.hidden = false;
      return;
    }
    const run = ++this.runs;
    this.status.textContent = this.config.words.searching;
    const [index, pages] = await Promise.all([this.loadIndex(), this.fullText(q, filters, sort)]);
    if (run !== this.runs) return;
    const rows = this.merge(index, q, filters, sort, pages ?? []);
    this.render(rows);
    if (allTargets) allTargets.hidden = true;
    const words = this.config.words;
    const message =
      rows.length === 0
        ? fillTemplate(words.none, { q })
        : fillTemplate(q ? words.results : words.resultsFiltered, { n: rows.length, q });
    this.status.textContent = pages === null && q ? `${message}${words.failedSuffix}` : message;
  }

  private merge(index: SearchIndex, q: string, filters: Partial<Record<FilterKey, string>>, sort: string, pages: PagefindResult[]): Row[] {
    const { pageBase, words } = this.config;
    const hits = searchEntries(index.entries, q, filters);
    const ordered = sort === 'order' ? [...hits].sort((a, b) => index.entries.indexOf(a.entry) - index.entries.indexOf(b.entry)) : hits;
    const rows: Row[] = ordered.map(({ entry }) => ({
      url: withBase(pageBase, entry.path),
      title: entry.title,
      tag: { target: words.exact, project: words.projectResult, plan: words.planResult, department: words.departmentResult, county: words.countyResult }[entry.kind],
      project: entry.project,
      figure: entry.figure,
      status: entry.status ?? undefined,
      asOf: entry.asOf,
    }));
    const seen = new Set(rows.map((r) => r.url));
    for (const page of pages) {
      const url = new URL(page.url, location.href).pathname;
      if (seen.has(url)) continue;
      seen.add(url);
      rows.push({
        url,
        title: page.meta.title ?? url,
        tag: words.fullText,
        project: page.meta.project,
        figure: page.meta.figure,
        status: page.meta.status as Status | undefined,
        asOf: page.meta.asOf || null,
        excerpt: page.excerpt,
      });
    }
    return rows;
  }

  private render(rows: Row[]): void {
    const { words, looks } = this.config;
    this.list.replaceChildren(
      ...rows.map((row) => {
        const item = element('li', 'result');
        const link = element('a', 'result__title', row.title);
        link.href = row.url;
        const meta = element('span', 'result__meta');
        meta.append(element('span', 'result__tag', row.tag));
        if (row.project) meta.append(' ', element('span', 'muted', row.project));
        if (row.figure) meta.append(' ', element('span', 'figure', row.figure));
        if (row.status && looks[row.status]) {
          const tag = element('strong', `status status--${looks[row.status].tone}`);
          tag.dataset.status = row.status;
          const icon = element('span', 'status__icon', looks[row.status].icon);
          icon.setAttribute('aria-hidden', 'true');
          tag.append(icon, words.status[row.status]);
          meta.append(' ', tag);
        }
        if (row.status) meta.append(' ', element('span', 'muted', row.asOf ? fillTemplate(words.asOf, { date: formatDate(row.asOf, this.config) }) : words.noReport));
        item.append(link, meta);
        if (row.excerpt) {
          const excerpt = element('p', 'result__excerpt');
          appendExcerpt(excerpt, row.excerpt);
          item.append(excerpt);
        }
        return item;
      }),
    );
    this.list.hidden = rows.length === 0;
  }
}

customElements.define('site-search', SiteSearch);
