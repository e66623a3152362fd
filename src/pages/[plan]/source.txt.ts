import type { APIRoute, GetStaticPaths } from 'astro';
import { planFileRoutes } from '../../data/site.ts';
import type { PlanView } from '../../lib/model/plan-model.ts';
import { readPlanSource } from '../../node/source-text.ts';

/** The plan's official text, byte for byte as kept in content/sources/. */
export const getStaticPaths = (async () => (await planFileRoutes()).filter((route) => route.props.view.plan.source.file)) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: PlanView }> = ({ props }) =>
  new Response(readPlanSource(props.view.plan) ?? '', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
