import { fillTemplate } from '../lib/web/format.ts';
import { FILTER_KEYS, exactScope, indexFilesFor, planWording, searchEntries, type FilterKey, type IndexFile, type SearchEntry, type SearchIndex } from '../lib/search/search.ts';
import type { Status } from '../lib/model/status.ts';
import { withBase } from '../lib/web/urls.ts';
import { resultItems, type Config, type Pagefind, type PagefindHits, type PagefindModule, type PagefindResult, type Row } from './search-results.ts';

/**
 * <site-search>: runs the search page's form in the browser. Every query goes to the prebuilt
 * exact-match index (substrings, figures in every form, departments, places) and to Pagefind's
 * full-text index; exact matches come first, then full-text pages not already listed. The query and
 * filters live in the URL (?q=…&project=…), so a search can be shared and the back button works.
 * Results are built with DOM methods (never from markup), and a status line announces the count.
 *
 * Speed: loading starts as soon as intent is clear (a query in the URL, or focus anywhere in the
 * form), not at the first keystroke; exact matches show as soon as their index arrives, and
 * full-text fragments (one request each) load only for as many results as the exact matches leave
 * room for. Everyday words (content/search-terms.json) become the plan's terms for Pagefind.
 *
 * Several issuers: the first index holds the site's own issuer's entries; another issuer's file
 * loads when the issuer filter or the query names it (indexFilesFor), and selecting an issuer swaps
 * the plan and project filters' options for its own. The status line says which issuers the exact
 * matches covered when not all.
 */

const MAX_QUERY = 200;
// Each full-text result costs a fragment download (~2.5 KB): at most six, fewer when exact matches
// already fill the first screen, never fewer than two (full text finds what the index cannot).
const PAGEFIND_RESULTS = 6;
const PAGEFIND_MIN = 2;
/** From this width the filters start open; below it they start closed, so results come first on a phone. */
const WIDE = '(min-width: 48rem)';

class SiteSearch extends HTMLElement {
  private config!: Config;
  private form!: HTMLFormElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private index?: Promise<SearchIndex | null>;
  private pagefind?: Promise<Pagefind | null>;
  /** False once a merged search has failed: from then on Pagefind searches this site's bundle alone. */
  private merged = true;
  private runs = 0;
  private timer?: number;
  private filters!: HTMLDetailsElement;
  private files = new Map<string, Promise<IndexFile | null>>();
  /** The latest change of the plan and project options (scopeOptions): a search waits for it. */
  private scoping: Promise<void> = Promise.resolve();
  private scopes = 0;
  /** The plan and project options the page came with (the site's own issuer's), for when no other issuer is selected. */
  private ownOptions = new Map<string, HTMLOptionElement[]>();

  connectedCallback(): void {
    this.config = JSON.parse(this.dataset.config ?? '{}') as Config;
    this.form = this.querySelector('form')!;
    this.status = this.querySelector('.search-status')!;
    this.list = this.querySelector('.search-results')!;
    this.filters = this.querySelector('details')!;
    for (const key of ['plan', 'project']) {
      const select = this.form.elements.namedItem(key) as HTMLSelectElement | null;
      if (select) this.ownOptions.set(key, [...select.options].filter((o) => o.value !== ''));
    }
    const params = new URLSearchParams(location.search);
    this.fillForm(params);
    if (window.matchMedia(WIDE).matches) this.filters.open = true;
    // Focus in the form is intent to search: start loading both indexes before the first keystroke.
    this.form.addEventListener('focusin', () => this.prefetch(), { once: true });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Enter within the debounce of the last keystroke: this search replaces the pending one.
      window.clearTimeout(this.timer);
      void this.run('push');
    });
    this.form.addEventListener('input', (event) => {
      // Another issuer: its plans and projects become the options (the search waits for them).
      if ((event.target as Element).getAttribute('name') === 'issuer') this.scope();
      this.countFilters();
      this.preloadQuery();
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run('replace'), 120);
    });
    window.addEventListener('popstate', () => {
      const state = new URLSearchParams(location.search);
      this.fillForm(state);
      this.scope(state);
      void this.run('none');
    });
    this.scope(params);
    void this.run('none');
  }

  /** Starts giving the plan and project filters the options of the issuer selected (scopeOptions). */
  private scope(params?: URLSearchParams): void {
    this.scoping = this.scopeOptions(++this.scopes, params);
  }

  /**
   * Gives the plan and project filters the selected issuer's options (from its index file), or the
   * page's own when no other issuer is selected, keeping the values chosen (or those of `params`, the
   * address) where the new options have them. A plan or project of another issuer without its
   * issuer (an address written before, or by hand) selects that issuer. A later change wins.
   */
  private async scopeOptions(scope: number, params?: URLSearchParams): Promise<void> {
    const select = (key: string) => this.form.elements.namedItem(key) as HTMLSelectElement | null;
    const issuerSelect = select('issuer');
    // One issuer: every plan and project is the page's own.
    if (!issuerSelect) return;
    const keep = { plan: params?.get('plan') ?? select('plan')?.value ?? '', project: params?.get('project') ?? select('project')?.value ?? '' };
    const own = (key: 'plan' | 'project') => keep[key] === '' || (this.ownOptions.get(key) ?? []).some((o) => o.value === keep[key]);
    let issuer = issuerSelect.value;
    const index = issuer !== '' || !own('plan') || !own('project') ? await this.loadIndex() : null;
    if (scope !== this.scopes) return;
    if (issuer === '' && index) {
      const owner = Object.entries(index.files).find(([, route]) => route.plans.includes(keep.plan) || route.projects.includes(keep.project))?.[0];
      if (owner !== undefined) issuerSelect.value = issuer = owner;
    }
    const file = index?.files[issuer] !== undefined ? await this.loadFile(index, issuer) : null;
    if (scope !== this.scopes) return;
    for (const key of ['plan', 'project'] as const) {
      const options = file ? file.options[key].map((o) => new Option(o.name, o.id)) : (this.ownOptions.get(key) ?? []);
      const target = select(key);
      if (!target) continue;
      target.replaceChildren(target.options[0]!, ...options);
      target.value = options.some((o) => o.value === keep[key]) ? keep[key] : '';
    }
    this.countFilters();
  }

  /** Starts loading the exact-match index and Pagefind (its script, wasm and metadata). */
  private prefetch(): void {
    void this.loadIndex();
    void this.loadPagefind();
  }

  /** Lets Pagefind fetch the index chunk of the query being typed while the debounce waits. */
  private preloadQuery(): void {
    const q = (this.form.elements.namedItem('q') as HTMLInputElement).value.slice(0, MAX_QUERY).trim();
    if (q === '') return;
    void this.loadPagefind().then((pagefind) => pagefind?.preload(planWording(q, this.config.equivalents)).catch(() => undefined));
  }

  /** Shows in the filters' summary how many are set (the summary is all a phone shows of them). */
  private countFilters(): void {
    const { filters, sort } = this.readForm();
    const n = Object.keys(filters).length + (sort ? 1 : 0);
    const badge = this.filters.querySelector<HTMLElement>('.search-form__active')!;
    badge.textContent = n > 0 ? fillTemplate(this.config.words.filtersActive, { n }) : '';
    badge.hidden = n === 0;
  }

  private fillForm(params: URLSearchParams): void {
    const q = this.form.elements.namedItem('q') as HTMLInputElement;
    q.value = (params.get('q') ?? '').slice(0, MAX_QUERY);
    for (const key of [...FILTER_KEYS, 'sort']) {
      // A filter with nothing to choose (one issuer, one plan) has no control.
      const select = this.form.elements.namedItem(key) as HTMLSelectElement | null;
      if (!select) continue;
      const value = params.get(key) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
    this.countFilters();
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

  /** The exact-match index; null when it cannot be loaded (the next search tries again). */
  private loadIndex(): Promise<SearchIndex | null> {
    this.index ??= fetch(this.config.indexUrl)
      .then((r) => (r.ok ? (r.json() as Promise<SearchIndex>) : Promise.reject(new Error(`${r.status}`))))
      .catch(() => {
        this.index = undefined;
        return null;
      });
    return this.index;
  }

  /** One issuer's index file (SearchIndex.files); null when it cannot be loaded (the next search tries again). */
  private loadFile(index: SearchIndex, issuer: string): Promise<IndexFile | null> {
    let file = this.files.get(issuer);
    if (!file) {
      file = fetch(withBase(this.config.pageBase, index.files[issuer]!.path))
        .then((r) => (r.ok ? (r.json() as Promise<IndexFile>) : Promise.reject(new Error(`${r.status}`))))
        .catch(() => {
          this.files.delete(issuer);
          return null;
        });
      this.files.set(issuer, file);
    }
    return file;
  }

  /**
   * Pagefind, with the other shards' bundles merged (SEARCH_MERGE) while merged searches work, else
   * this site's bundle alone; null when it cannot be loaded (the next search tries again).
   */
  private loadPagefind(): Promise<Pagefind | null> {
    this.pagefind ??= import(/* @vite-ignore */ this.config.pagefindUrl)
      .then(async (module: PagefindModule) => {
        // No worker: the index is small, and the worker script would be another 12 KB on the first query.
        const options = { baseUrl: this.config.base, excerptLength: 24, noWorker: true };
        if (!this.merged) return module.createInstance(options);
        await module.options(options);
        // Pagefind's merged search fails as a whole when one bundle cannot load, so only bundles
        // whose entry file and metadata answer are merged: an unreachable shard loses its own results only.
        const answering = await Promise.all((this.config.mergeUrls ?? []).map(async (url) => ((await bundleAnswers(url)) ? url : null)));
        for (const url of answering) if (url) await module.mergeIndex(url).catch(() => undefined);
        // Loads the wasm and the language's metadata now, so the first query only waits for its chunk.
        await module.init();
        return module;
      })
      .catch(() => {
        // Unavailable now (offline, a file missing): the next search tries again.
        this.pagefind = undefined;
        return null;
      });
    return this.pagefind;
  }

  /** Pagefind's hits for a query in the plan's words, before any fragment loads; null when it fails. */
  private async fullTextHits(q: string, filters: Partial<Record<FilterKey, string>>, sort: string): Promise<PagefindHits | null> {
    const options = { ...(Object.keys(filters).length > 0 ? { filters } : {}), ...(sort === 'order' ? { sort: { order: 'asc' } } : {}) };
    for (;;) {
      const loading = this.loadPagefind();
      const pagefind = await loading;
      if (!pagefind) return null;
      try {
        const found = await pagefind.search(q ? planWording(q, this.config.equivalents) : null, options);
        return found ? found.results : [];
      } catch {
        // Another search has already given up the merged bundles: search as it does now.
        if (loading !== this.pagefind) continue;
        // A merged bundle that answered but cannot be searched (a shard half deployed) fails every
        // merged search: search this site's bundle alone from now on.
        if (!this.merged || (this.config.mergeUrls ?? []).length === 0) return null;
        this.merged = false;
        this.pagefind = undefined;
      }
    }
  }

  /** The fragments (title, excerpt, metadata) of the first `n` hits; null when they fail to load. */
  private async fragments(hits: PagefindHits | null, n: number): Promise<PagefindResult[] | null> {
    if (!hits) return null;
    try {
      return await Promise.all(hits.slice(0, n).map((r) => r.data()));
    } catch {
      return null;
    }
  }

  private async run(history: 'push' | 'replace' | 'none'): Promise<void> {
    // Every search, even one that only clears the list, makes earlier ones stale.
    const run = ++this.runs;
    await this.scoping;
    if (run !== this.runs) return;
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
      delete this.dataset.active;
      if (allTargets) allTargets.hidden = false;
      return;
    }
    this.status.textContent = this.config.words.searching;
    // The full list gives way to the results at once, and the results get a screen of their own
    // (CSS: site-search[data-active]), so nothing below them jumps as they arrive.
    this.dataset.active = '';
    if (allTargets) allTargets.hidden = true;
    const hits = this.fullTextHits(q, filters, sort);
    const index = await this.loadIndex();
    if (run !== this.runs) return;
    // Exact matches go on screen first; full-text results join them when their fragments arrive.
    const { rows: exact, scope } = index ? await this.exactRows(index, q, filters, sort) : { rows: [], scope: '' };
    if (run !== this.runs) return;
    if (exact.length > 0) this.render(exact);
    const found = await hits;
    // A newer query has started: its own run loads its fragments; these would be wasted bytes.
    if (run !== this.runs) return;
    const pages = await this.fragments(found, Math.max(PAGEFIND_MIN, PAGEFIND_RESULTS - exact.length));
    if (run !== this.runs) return;
    const rows = this.merge(exact, pages ?? []);
    const words = this.config.words;
    if (rows.length === 0 && (index === null || pages === null)) {
      // Nothing could be searched (offline, or a file missing): say so and give the full list back.
      this.list.hidden = true;
      this.list.replaceChildren();
      this.status.textContent = words.unavailable;
      delete this.dataset.active;
      if (allTargets) allTargets.hidden = false;
      return;
    }
    this.render(rows);
    const message =
      rows.length === 0
        ? fillTemplate(words.none, { q })
        : fillTemplate(q ? words.results : words.resultsFiltered, { n: rows.length, q });
    this.status.textContent = `${message}${scope}${pages === null && q ? words.failedSuffix : ''}`;
  }

  /**
   * Rows of the exact-match index (with the issuers' files the search names), best first (or in
   * plan order), and what to say when they covered only some issuers ('' when all).
   */
  private async exactRows(index: SearchIndex, q: string, filters: Partial<Record<FilterKey, string>>, sort: string): Promise<{ rows: Row[]; scope: string }> {
    const { pageBase, words } = this.config;
    const wanted = indexFilesFor(index, q, filters, this.config.equivalents);
    const files = await Promise.all(wanted.map((issuer) => this.loadFile(index, issuer)));
    // Targets and projects first (plan order: the site's own issuer's, then the others'), then pages of named things.
    const described = (e: SearchEntry) => e.kind === 'target' || e.kind === 'project';
    const entries = [...index.entries.filter(described), ...files.flatMap((file) => file?.entries ?? []), ...index.entries.filter((e) => !described(e))];
    const covered = exactScope(index, wanted, wanted.filter((_, i) => files[i]), filters);
    const issuerName = (id: string) => index.entries.find((e) => e.kind === 'issuer' && e.id === id)?.title ?? id;
    const scope = covered ? fillTemplate(words.exactScope, { issuers: covered.map(issuerName).join(words.list) }) : '';
    const hits = searchEntries(entries, q, filters, this.config.equivalents);
    const ordered = sort === 'order' ? [...hits].sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry)) : hits;
    const rows: Row[] = ordered.map(({ entry }) => ({
      url: withBase(pageBase, entry.path),
      title: entry.title,
      tag: { target: words.exact, project: words.projectResult, plan: words.planResult, department: words.departmentResult, county: words.countyResult, issuer: words.issuerResult }[entry.kind],
      project: entry.project,
      figure: entry.figure,
      status: entry.status ?? undefined,
      asOf: entry.asOf,
    }));
    return { rows, scope };
  }

  /** Exact rows, then full-text pages not already listed. */
  private merge(exact: Row[], pages: PagefindResult[]): Row[] {
    const { words } = this.config;
    const rows = [...exact];
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
    this.list.replaceChildren(...resultItems(rows, this.config));
    this.list.hidden = rows.length === 0;
  }
}

/**
 * Whether a bundle to merge answers: its entry file, and the metadata of the page's language (the
 * index Pagefind will load, as it picks it: the language, else its first subtag), or of every
 * language when neither is there.
 */
async function bundleAnswers(url: string): Promise<boolean> {
  try {
    const base = new URL(url, location.href);
    const entry = await fetch(new URL('pagefind-entry.json', base));
    if (!entry.ok) return false;
    const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
    const lang = document.documentElement.lang.toLowerCase();
    const mine = languages[lang] ?? languages[lang.split('-')[0]!];
    const metas = await Promise.all((mine ? [mine] : Object.values(languages)).map(({ hash }) => fetch(new URL(`pagefind.${hash}.pf_meta`, base), { method: 'HEAD' })));
    return metas.length > 0 && metas.every((r) => r.ok);
  } catch {
    return false;
  }
}

customElements.define('site-search', SiteSearch);
