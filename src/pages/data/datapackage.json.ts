import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { packageFiles } from '../../lib/open-data.ts';
import { packagePath } from '../../lib/urls.ts';
import { readSiteConfig } from '../../node/site-config.ts';

/** /data/datapackage.json: one descriptor for every plan's latest resources, paths relative to /data/. */
export const GET: APIRoute = async () => {
  const t = zhCN; // downloads are in the content's language
  const config = readSiteConfig();
  const site = await loadSite();
  const packages = site.plans.map((view) => ({ view, descriptor: JSON.parse(packageFiles(view, site, config, 'latest', t).get('datapackage.json')!) as Record<string, unknown> }));
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'minsheng-latest',
    title: t.punct.labelled(t.site.name, t.data.latestTitle),
    description: t.data.packageDescription,
    licenses: [config.dataLicence],
    sources: packages.flatMap(({ descriptor }) => descriptor.sources as unknown[]),
    resources: packages.flatMap(({ view, descriptor }) =>
      (descriptor.resources as { name: string; path: string }[]).map((r) => ({
        ...r,
        name: `${view.plan.id}-${r.name}`,
        path: `${packagePath(view.plan.id, 'latest').replace(/^\/data\//, '')}${r.path}`,
      })),
    ),
  };
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
