import type { Dictionary } from '../../i18n/dictionary.ts';
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { PlanView, SiteModel } from '../model/plan-model.ts';
import { SECTIONS, packagePath, siteTargetsPath } from '../web/urls.ts';
import { excelCopyName, packageFiles, packageVersion, tabularResource, targetRows, toCsv, toJson } from './open-data.ts';
import { TARGET_FIELDS } from './table-fields.ts';

/** The whole site's targets table, in /data/ beside the whole site's package (siteTargetsPath). */
const SITE_TARGETS_CSV = siteTargetsPath().slice(`/${SECTIONS.data}/`.length);

/**
 * One Tabular Data Package over several plans' latest CSV tables: the whole site's
 * (/data/datapackage.json) and each issuer's (/data/<issuer>.datapackage.json). Both sit in /data/,
 * so resource paths stay relative without "../" (which the Data Package spec forbids); resources are
 * named `<plan>-<table>`, each plan's values referring to its own targets. The whole site's also has
 * `targets`: every plan's targets in one table (siteTargetFiles), target ids being unique site-wide.
 */
export function combinedPackage(views: readonly PlanView[], site: SiteModel, config: SiteConfig, t: Dictionary, name: string, title: string, withSiteTargets = false): string {
  const packages = views.map((view) => ({ view, descriptor: JSON.parse(packageFiles(view, site, config, 'latest', t).get('datapackage.json')!) as { sources: unknown[]; resources: { name: string; path: string }[] } }));
  const descriptor = {
    profile: 'tabular-data-package',
    name,
    title,
    description: t.data.packageDescription,
    version: packageVersion(views.reduce((sum, view) => sum + view.reports.length + view.adjustments.length, 0)),
    licenses: [config.dataLicence],
    sources: packages.flatMap(({ descriptor }) => descriptor.sources),
    resources: [
      ...(withSiteTargets ? [tabularResource('targets', SITE_TARGETS_CSV)] : []),
      ...packages.flatMap(({ view, descriptor }) =>
        descriptor.resources.map((r) => ({
          ...tabularResource(r.name, `${packagePath(view.plan.id, 'latest').slice(`/${SECTIONS.data}/`.length)}${r.path}`, `${view.plan.id}-targets`),
          name: `${view.plan.id}-${r.name}`,
        })),
      ),
    ],
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/** Every plan's targets, of every issuer, in one table: its CSV, Excel copy and JSON, by file name under /data/. */
export function siteTargetFiles(site: SiteModel): Map<string, string> {
  const rows = site.plans.flatMap((view) => targetRows(view, site));
  return new Map([
    [SITE_TARGETS_CSV, toCsv(rows, TARGET_FIELDS)],
    [excelCopyName(SITE_TARGETS_CSV), toCsv(rows, TARGET_FIELDS, { bom: true })],
    [SITE_TARGETS_CSV.replace(/\.csv$/, '.json'), toJson(rows, TARGET_FIELDS)],
  ]);
}
