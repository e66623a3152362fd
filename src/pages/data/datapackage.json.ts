import type { APIRoute } from 'astro';
import { zhCN } from '../../i18n/zh-CN.ts';
import { combinedPackage } from '../../lib/open-data/combined-package.ts';

/** /data/datapackage.json: one Tabular Data Package of every plan's latest CSV tables, of every issuer, and of all their targets in one table (/data/targets.csv). */
export const GET: APIRoute = ({ locals }) => {
  const t = zhCN; // downloads are in the content's language; /data/ is outside the editions, so its page context's site is in that language
  const { site, config } = locals.page;
  const body = combinedPackage(site.plans, site, config, t, 'minsheng-latest', t.punct.labelled(t.site.name, t.data.latestTitle), true);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
