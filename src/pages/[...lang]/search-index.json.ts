import type { APIRoute, GetStaticPaths } from 'astro';
import { editionRoutes, siteSearchIndex } from '../../data/site.ts';

/** The prebuilt exact-match search index the search page loads first (see SearchIndex in src/lib/search/search.ts), one per language edition. */
export const getStaticPaths = editionRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals }) =>
  new Response(JSON.stringify(siteSearchIndex(locals.page).index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
