import type { Dictionary } from '../../i18n/dictionary.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { PlanView, SiteModel } from '../model/plan-model.ts';
import { SECTIONS, packagePath } from '../web/urls.ts';
import { packageFiles, packageVersion, tabularResource } from './open-data.ts';

/**
 * One Tabular Data Package over several plans' latest CSV tables: the whole site's
 * (/data/datapackage.json) and each issuer's (/data/<issuer>.datapackage.json). Both sit in /data/,
 * so resource paths stay relative without "../" (which the Data Package spec forbids); resources are
 * named `<plan>-<table>`, each plan's values referring to its own targets.
 */
export function combinedPackage(views: readonly PlanView[], site: SiteModel, config: SiteConfig, t: Dictionary, name: string, title: string): string {
  const packages = views.map((view) => ({ view, descriptor: JSON.parse(packageFiles(view, site, config, 'latest', t).get('datapackage.json')!) as { sources: unknown[]; resources: { name: string; path: string }[] } }));
  const descriptor = {
    profile: 'tabular-data-package',
    name,
    title,
    description: t.data.packageDescription,
    version: packageVersion(views.reduce((sum, view) => sum + view.reports.length + view.adjustments.length, 0)),
    licenses: [config.dataLicence],
    sources: packages.flatMap(({ descriptor }) => descriptor.sources),
    resources: packages.flatMap(({ view, descriptor }) =>
      descriptor.resources.map((r) => ({
        ...tabularResource(r.name, `${packagePath(view.plan.id, 'latest').slice(`/${SECTIONS.data}/`.length)}${r.path}`, `${view.plan.id}-targets`),
        name: `${view.plan.id}-${r.name}`,
      })),
    ),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
