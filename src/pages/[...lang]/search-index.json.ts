import type { APIRoute, GetStaticPaths } from 'astro';
import { editionOfParam, editionRoutes, loadSite } from '../../data/site.ts';
import { buildSearchIndex } from '../../lib/search-entries.ts';

/** The prebuilt exact-match search index the search page loads (see src/lib/search.ts), one per language edition. */
export const getStaticPaths = editionRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const edition = editionOfParam(params.lang);
  const site = await loadSite(undefined, edition.lang);
  return new Response(JSON.stringify(buildSearchIndex(site, edition.t)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
