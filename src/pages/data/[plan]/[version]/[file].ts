import type { APIRoute, GetStaticPaths } from 'astro';
import { packageSites } from '../../../../data/site.ts';
import { zhCN } from '../../../../i18n/zh-CN.ts';
import { contentTypeOf, packageFiles } from '../../../../lib/open-data/open-data.ts';

/** Data package files: /data/<plan>/latest/… (today) and /data/<plan>/<as-of date>/… (frozen; see packageSites). */
export const getStaticPaths = (async () => {
  const t = zhCN; // downloads are in the content's language
  return (await packageSites()).flatMap(({ version, site, config, plans }) =>
    plans.flatMap((view) => [...packageFiles(view, site, config, version, t)].map(([file, body]) => ({ params: { plan: view.plan.id, version, file }, props: { body, file } }))),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; file: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': contentTypeOf(props.file) } });
