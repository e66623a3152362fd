import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/site.ts';
import type { PlanView } from '../../lib/model/plan-model.ts';
import { readPlanSource } from '../../node/source-text.ts';

/** The plan's official text, byte for byte as kept in content/sources/. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.plans.filter((view) => view.plan.source.file).map((view) => ({ params: { plan: view.plan.id }, props: { view } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: PlanView }> = ({ props }) =>
  new Response(readPlanSource(props.view.plan) ?? '', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
