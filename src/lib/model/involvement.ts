import type { PlanView, ProjectView, TargetView } from './plan-model.ts';

/**
 * Who is involved where: the projects and targets a department leads or shares, and those naming
 * a county. Pure; used by department and county pages.
 */

/** A project with the plan it belongs to. */
export interface ProjectRef {
  plan: PlanView;
  project: ProjectView;
}

/** Projects a department leads (in any sub-item) and those where it is only a responsible unit. */
export function departmentProjects(plans: readonly PlanView[], departmentId: string): { leads: ProjectRef[]; shares: ProjectRef[] } {
  const leads: ProjectRef[] = [];
  const shares: ProjectRef[] = [];
  for (const plan of plans) {
    for (const project of plan.projects) {
      if (project.subItems.some((s) => s.lead.includes(departmentId))) leads.push({ plan, project });
      else if (project.subItems.some((s) => s.responsible.includes(departmentId))) shares.push({ plan, project });
    }
  }
  return { leads, shares };
}

/** Targets a department leads. */
export function departmentTargets(plans: readonly PlanView[], departmentId: string): TargetView[] {
  return plans.flatMap((plan) => plan.targets.filter((t) => t.leadUnits.includes(departmentId)));
}

/** Projects that name a county, and targets that name it. */
export function countyInvolvement(plans: readonly PlanView[], countyId: string): { projects: ProjectRef[]; targets: TargetView[] } {
  return {
    projects: plans.flatMap((plan) => plan.projects.filter((p) => p.countyIds.includes(countyId)).map((project) => ({ plan, project }))),
    targets: plans.flatMap((plan) => plan.targets.filter((t) => t.countyIds.includes(countyId))),
  };
}
