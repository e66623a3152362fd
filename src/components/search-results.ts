import { fillTemplate, formatDate } from '../lib/web/format.ts';
import type { Equivalent, FilterKey } from '../lib/search/search.ts';
import type { StatusLook } from '../lib/web/status-display.ts';
import type { Status } from '../lib/model/status.ts';

/**
 * The search page's results as DOM nodes (src/components/search-element.ts runs the searches): one
 * list item a result, built with DOM methods, never from markup; a status shown with its glyph and
 * words, as StatusTag.astro shows it on the server.
 */

/** The search element's settings, read from its data attributes. */
export interface Config {
  /** The site's base path (Pagefind's result URLs start from it). */
  base: string;
  /** Base of this language edition's pages (exact-match result paths start from it). */
  pageBase: string;
  /** The page's language, for formatting dates. */
  lang: string;
  indexUrl: string;
  pagefindUrl: string;
  /**
   * Other sites' Pagefind bundles (their pagefind/ folders) searched with this one: a site built as
   * shards (SEARCH_MERGE; docs/PERFORMANCE.md). A bundle that cannot be reached is left out.
   */
  mergeUrls?: string[];
  words: Record<string, string> & { status: Record<Status, string>; filterNames: Record<FilterKey, string> };
  looks: Record<Status, StatusLook>;
  equivalents: Equivalent[];
}

/** A full-text result as Pagefind's fragment gives it. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

/** The part of Pagefind's API the page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>;
}

/** Pagefind's module: its default instance, and more of them (one apart from the merged bundles). */
export interface PagefindModule extends Pagefind {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** Pagefind's hits before their fragments load. */
export type PagefindHits = { data: () => Promise<PagefindResult> }[];

/** One result row, from either index. */
export interface Row {
  url: string;
  title: string;
  tag: string;
  project?: string;
  figure?: string;
  status?: Status;
  asOf?: string | null;
  excerpt?: string;
}

/** A new element with an optional class and text. */
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

/** The list items of a page of results. */
export function resultItems(rows: readonly Row[], config: Pick<Config, 'words' | 'looks' | 'lang'>): HTMLLIElement[] {
  const { words, looks } = config;
  return rows.map((row) => {
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
    if (row.status) meta.append(' ', element('span', 'muted', row.asOf ? fillTemplate(words.asOf, { date: formatDate(row.asOf, config) }) : words.noReport));
    item.append(link, meta);
    if (row.excerpt) {
      const excerpt = element('p', 'result__excerpt');
      appendExcerpt(excerpt, row.excerpt);
      item.append(excerpt);
    }
    return item;
  });
}
