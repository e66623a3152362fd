import type { APIRoute, GetStaticPaths } from 'astro';
import { editionRoutes } from '../../data/site.ts';
import { buildSearchIndex } from '../../lib/search-entries.ts';

/** The prebuilt exact-match search index the search page loads (see src/lib/search.ts), one per language edition. */
export const getStaticPaths = editionRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) => {
  const { site, t } = locals.page;
  return new Response(JSON.stringify(buildSearchIndex(site, t)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
