import { z } from 'astro/zod';
import { buildSiteModel, type SiteModel } from '../../src/lib/model/plan-model.ts';
import { readContent } from '../../src/node/read-content.ts';
import { AdjustmentSchema } from '../../src/schemas/adjustment.ts';
import { CountySchema } from '../../src/schemas/county.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { IssuerSchema } from '../../src/schemas/issuer.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { ProjectSchema } from '../../src/schemas/project.ts';
import { ReportSchema } from '../../src/schemas/report.ts';
import { StatusWordsSchema } from '../../src/schemas/status-word.ts';

/** The site model of a content root, parsed with the real schemas, as pages see it (`knownBy`: as a frozen data package does). */
export function loadModel(root: string, today: string, knownBy?: string): SiteModel {
  const raw = readContent(root);
  return buildSiteModel({
    plans: raw.plans.map((f) => PlanSchema.parse(f.data)),
    projects: raw.projects.map((f) => ProjectSchema.parse(f.data)),
    reports: raw.reports.map((f) => ReportSchema.parse(f.data)),
    adjustments: (raw.adjustments ?? []).map((f) => AdjustmentSchema.parse(f.data)),
    departments: z.array(DepartmentSchema).parse(raw.departments.data),
    counties: z.array(CountySchema).parse(raw.counties.data),
    issuers: (raw.issuers ?? []).map((f) => IssuerSchema.parse(f.data)),
    siteIssuer: (raw.siteConfig?.data as { issuer?: string } | undefined)?.issuer,
    statusWords: raw.statusWords ? StatusWordsSchema.parse(raw.statusWords.data) : [],
    today,
    knownBy,
  });
}
