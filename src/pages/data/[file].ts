import type { APIRoute, GetStaticPaths } from 'astro';
import { siteTargetRoutes } from '../../data/site.ts';
import { contentTypeOf } from '../../lib/open-data/open-data.ts';

/** /data/targets.csv|json and its Excel copy: every plan's targets, of every issuer, in one table. */
export const getStaticPaths = siteTargetRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; file: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': contentTypeOf(props.file) } });
