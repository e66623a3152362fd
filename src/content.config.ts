import { defineCollection } from 'astro:content';
import { contentFolder, contentList } from './node/content-loader.ts';
import { contentRoot } from './node/read-content.ts';
import { AdjustmentSchema } from './schemas/adjustment.ts';
import { CountySchema } from './schemas/county.ts';
import { DepartmentSchema } from './schemas/department.ts';
import { IssuerSchema } from './schemas/issuer.ts';
import { PlanSchema } from './schemas/plan.ts';
import { ProjectSchema } from './schemas/project.ts';
import { ReportSchema } from './schemas/report.ts';

// The content root is one setting: CONTENT_DIR (demo and test sites) or ./content. Every collection
// reads its files with the content check's own reader (src/node/content-loader.ts).
const root = contentRoot();

/** Ids are written in the content itself, never derived from file names or titles. */
const idOf =
  (...keys: string[]) =>
  (data: Record<string, unknown>): string =>
    keys.map((k) => String(data[k])).join('/');

export const collections = {
  issuers: defineCollection({ loader: contentFolder(root, 'issuers', idOf('id')), schema: IssuerSchema }),
  plans: defineCollection({ loader: contentFolder(root, 'plans', idOf('id')), schema: PlanSchema }),
  projects: defineCollection({ loader: contentFolder(root, 'projects', idOf('plan', 'id')), schema: ProjectSchema }),
  progress: defineCollection({ loader: contentFolder(root, 'progress', idOf('plan', 'asOf')), schema: ReportSchema }),
  adjustments: defineCollection({ loader: contentFolder(root, 'adjustments', idOf('plan', 'target', 'effective')), schema: AdjustmentSchema }),
  departments: defineCollection({ loader: contentList(root, 'departments.json'), schema: DepartmentSchema }),
  counties: defineCollection({ loader: contentList(root, 'counties.json'), schema: CountySchema }),
};
