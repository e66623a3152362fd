import { getCollection } from 'astro:content';
import { buildSiteModel, type PlanView, type SiteModel } from '../lib/plan-model.ts';
import { todayIso } from '../node/today.ts';

/**
 * The one place pages read content collections. The model is built once per build and shared
 * by every page, so every page sorts, filters and derives statuses the same way.
 */

let model: Promise<SiteModel> | undefined;

/** The whole site model (built on first call). */
export function loadSite(): Promise<SiteModel> {
  model ??= (async () =>
    buildSiteModel({
      plans: (await getCollection('plans')).map((e) => e.data),
      projects: (await getCollection('projects')).map((e) => e.data),
      snapshots: (await getCollection('progress')).map((e) => e.data),
      departments: (await getCollection('departments')).map((e) => e.data),
      counties: (await getCollection('counties')).map((e) => e.data),
      today: todayIso(),
    }))();
  return model;
}

/** The plan shown on the home page: the newest. */
export async function currentPlan(): Promise<PlanView> {
  const site = await loadSite();
  const plan = site.plans[0];
  if (!plan) throw new Error('没有任何方案 — no plan in content/plans/');
  return plan;
}
