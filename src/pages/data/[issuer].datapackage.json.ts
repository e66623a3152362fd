import type { APIRoute, GetStaticPaths } from 'astro';
import { issuerFileRoutes } from '../../data/site.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { combinedPackage } from '../../lib/open-data/combined-package.ts';

/** /data/<issuer>.datapackage.json: one issuer's plans' latest CSV tables as one Tabular Data Package. */
export const getStaticPaths = issuerFileRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ locals, params }) => {
  const t = zhCN; // downloads are in the content's language
  const { site, config } = locals.page;
  const issuer = site.issuerById.get(params.issuer!)!;
  const body = combinedPackage(issuer.plans, site, config, t, `minsheng-latest-${issuer.id}`, t.punct.labelled(issuer.name, t.data.latestTitle));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
