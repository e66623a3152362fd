import type { APIRoute, GetStaticPaths } from 'astro';
import { editionRoutes } from '../../data/site.ts';
import { buildSearchIndex } from '../../lib/search/search-entries.ts';
import type { SearchIndex } from '../../lib/search/search.ts';

/** The prebuilt exact-match search index the search page loads (see src/lib/search/search.ts), one per language edition. */
export const getStaticPaths = editionRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
  const { site, t, searchTerms } = locals.page;
  // The filters' options are rendered into the search page; the browser does not need them again.
  const { entries, equivalents } = buildSearchIndex(site, t, searchTerms);
  const index: SearchIndex = { entries, equivalents };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
