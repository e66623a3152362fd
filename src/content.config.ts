import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { AdjustmentSchema } from './schemas/adjustment.ts';
import { CountySchema } from './schemas/county.ts';
import { DepartmentSchema } from './schemas/department.ts';
import { PlanSchema } from './schemas/plan.ts';
import { ProjectSchema } from './schemas/project.ts';
import { ReportSchema } from './schemas/report.ts';

// The content root is one setting: CONTENT_DIR (demo and test sites) or ./content.
const root = process.env.CONTENT_DIR ?? './content';

/** Ids are written in the content itself, never derived from file names or titles. */
const idOf = (data: Record<string, unknown>, ...keys: string[]): string => keys.map((k) => String(data[k])).join('/');

export const collections = {
  plans: defineCollection({
    loader: glob({ pattern: '*.json', base: `${root}/plans`, generateId: ({ data }) => idOf(data, 'id') }),
    schema: PlanSchema,
  }),
  projects: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/projects`, generateId: ({ data }) => idOf(data, 'plan', 'id') }),
    schema: ProjectSchema,
  }),
  progress: defineCollection({
    loader: glob({ pattern: '*.json', base: `${root}/progress`, generateId: ({ data }) => idOf(data, 'plan', 'asOf') }),
    schema: ReportSchema,
  }),
  adjustments: defineCollection({
    loader: glob({ pattern: '*.json', base: `${root}/adjustments`, generateId: ({ data }) => idOf(data, 'plan', 'target', 'effective') }),
    schema: AdjustmentSchema,
  }),
  departments: defineCollection({ loader: file(`${root}/departments.json`), schema: DepartmentSchema }),
  counties: defineCollection({ loader: file(`${root}/counties.json`), schema: CountySchema }),
};
