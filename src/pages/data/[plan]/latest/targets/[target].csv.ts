import type { APIRoute, GetStaticPaths } from 'astro';
import { planFileRoutes } from '../../../../../data/site.ts';
import { targetValueRows, toCsv } from '../../../../../lib/open-data/open-data.ts';
import { VALUE_FIELDS } from '../../../../../lib/open-data/table-fields.ts';

/** One target's reported values as CSV with a BOM, for spreadsheets (the embed page's and chart's data download). */
export const getStaticPaths = (async () =>
  (await planFileRoutes()).flatMap(({ params, props: { view, site } }) =>
    view.targets.map((target) => ({ params: { ...params, target: target.id }, props: { body: toCsv(targetValueRows(view, site, target), VALUE_FIELDS, { bom: true }) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
