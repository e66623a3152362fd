import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../data/site.ts';
import { CONTENT_LANGUAGE } from '../../../../i18n/index.ts';
import { zhCN } from '../../../../i18n/zh-CN.ts';
import { packageFiles } from '../../../../lib/open-data/open-data.ts';
import { readSiteConfig } from '../../../../node/site-config.ts';

/**
 * Data package files: /data/<plan>/latest/… (today) and /data/<plan>/<as-of date>/… (frozen: built
 * from the site as it stood on that date with what had been published when that report was, so
 * neither a newer report nor a later adjustment or report dated earlier ever changes them).
 */
export const getStaticPaths = (async () => {
  const t = zhCN; // downloads are in the content's language
  const config = readSiteConfig();
  const today = await loadSite();
  const versions = [
    { version: 'latest', site: today },
    ...(await Promise.all(today.plans.flatMap((v) => v.reports.map(async (s) => ({ version: s.asOf, site: await loadSite(s.asOf, CONTENT_LANGUAGE, s.published) }))))),
  ];
  return versions.flatMap(({ version, site }) =>
    site.plans
      .filter((view) => version === 'latest' || view.reports.some((s) => s.asOf === version))
      .flatMap((view) => [...packageFiles(view, site, config, version, t)].map(([file, body]) => ({ params: { plan: view.plan.id, version, file }, props: { body, file } }))),
  );
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<{ body: string; file: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': TYPES[props.file.split('.').pop() ?? ''] ?? 'text/plain' } });
