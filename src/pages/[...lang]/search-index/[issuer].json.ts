import type { APIRoute, GetStaticPaths } from 'astro';
import { searchFileRoutes, siteSearchIndex } from '../../../data/site.ts';

/** One issuer's search entries, kept apart from the first index on a site of several issuers (see SearchIndex.files), one per language edition. */
export const getStaticPaths = searchFileRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals, params }) =>
  new Response(JSON.stringify(siteSearchIndex(locals.page).files.get(params.issuer!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
