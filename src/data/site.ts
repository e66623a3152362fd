import { getCollection } from 'astro:content';
import { buildSiteModel, type PlanView, type ProjectView, type SiteModel, type TargetView } from '../lib/plan-model.ts';
import { todayIso } from '../node/today.ts';

/**
 * The one place pages read content collections. The model is built once per build and shared
 * by every page, so every page sorts, filters and derives statuses the same way.
 */

const models = new Map<string, Promise<SiteModel>>();

/**
 * The site model as it stood on a date (default: today): only reports with an as-of date up to
 * then count. Frozen data packages use their report's date; pages use today. Built once per date.
 */
export function loadSite(date: string = todayIso()): Promise<SiteModel> {
  let model = models.get(date);
  if (!model) {
    model = (async () =>
      buildSiteModel({
        plans: (await getCollection('plans')).map((e) => e.data),
        projects: (await getCollection('projects')).map((e) => e.data),
        snapshots: (await getCollection('progress')).map((e) => e.data),
        departments: (await getCollection('departments')).map((e) => e.data),
        counties: (await getCollection('counties')).map((e) => e.data),
        today: date,
      }))();
    models.set(date, model);
  }
  return model;
}

/** The plan shown on the home page: the newest. */
export async function currentPlan(): Promise<PlanView> {
  const site = await loadSite();
  const plan = site.plans[0];
  if (!plan) throw new Error('没有任何方案 — no plan in content/plans/');
  return plan;
}

/** Static paths of one page per plan: params { plan }, props { view }. */
export async function planRoutes(): Promise<{ params: { plan: string }; props: { view: PlanView } }[]> {
  return (await loadSite()).plans.map((view) => ({ params: { plan: view.plan.id }, props: { view } }));
}

/** Static paths of one page per project: params { plan, project }, props { view, project }. */
export async function projectRoutes(): Promise<{ params: { plan: string; project: string }; props: { view: PlanView; project: ProjectView } }[]> {
  return (await loadSite()).plans.flatMap((view) => view.projects.map((project) => ({ params: { plan: view.plan.id, project: project.id }, props: { view, project } })));
}

/** Static paths of one page per target: params { plan, target }, props { view, target }. */
export async function targetRoutes(): Promise<{ params: { plan: string; target: string }; props: { view: PlanView; target: TargetView } }[]> {
  return (await loadSite()).plans.flatMap((view) => view.targets.map((target) => ({ params: { plan: view.plan.id, target: target.id }, props: { view, target } })));
}
