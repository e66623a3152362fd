import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { useDictionary } from '../i18n/zh-CN.ts';
import { buildSearchIndex } from '../lib/search-entries.ts';

/** The prebuilt exact-match search index the search page loads (see src/lib/search.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await loadSite(), useDictionary())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
