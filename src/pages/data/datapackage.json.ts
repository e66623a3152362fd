import type { APIRoute } from 'astro';
import { zhCN } from '../../i18n/zh-CN.ts';
import { packageFiles, packageVersion, tabularResource } from '../../lib/open-data/open-data.ts';
import { packagePath } from '../../lib/web/urls.ts';

/**
 * /data/datapackage.json: one Tabular Data Package of every plan's latest CSV tables, paths relative
 * to /data/, resources named `<plan>-<table>` (each plan's values refer to its own targets).
 */
export const GET: APIRoute = ({ locals }) => {
  const t = zhCN; // downloads are in the content's language; /data/ is outside the editions, so its page context's site is in that language
  const { site, config } = locals.page;
  const packages = site.plans.map((view) => ({ view, descriptor: JSON.parse(packageFiles(view, site, config, 'latest', t).get('datapackage.json')!) as { sources: unknown[]; resources: { name: string; path: string }[] } }));
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'minsheng-latest',
    title: t.punct.labelled(t.site.name, t.data.latestTitle),
    description: t.data.packageDescription,
    version: packageVersion(site.plans.reduce((sum, view) => sum + view.reports.length + view.adjustments.length, 0)),
    licenses: [config.dataLicence],
    sources: packages.flatMap(({ descriptor }) => descriptor.sources),
    resources: packages.flatMap(({ view, descriptor }) =>
      descriptor.resources.map((r) => ({
        ...tabularResource(r.name, `${packagePath(view.plan.id, 'latest').replace(/^\/data\//, '')}${r.path}`, `${view.plan.id}-targets`),
        name: `${view.plan.id}-${r.name}`,
      })),
    ),
  };
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
