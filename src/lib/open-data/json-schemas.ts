import { z } from 'astro/zod';
import { AdjustmentSchema } from '../../schemas/adjustment.ts';
import { CountySchema } from '../../schemas/county.ts';
import { DepartmentSchema } from '../../schemas/department.ts';
import { IssuerSchema } from '../../schemas/issuer.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { ProjectSchema } from '../../schemas/project.ts';
import { SearchTermsSchema } from '../../schemas/search-terms.ts';
import { SiteConfigSchema } from '../../schemas/site-config.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { StatusWordsSchema } from '../../schemas/status-word.ts';

/**
 * JSON Schemas of the content formats, generated from the zod schemas so they cannot drift: published
 * under /data/schema/, written to content/schemas/ for editors (`npm run schemas`), and read by the
 * data dictionary page. Rules that need code (cross-file references, verbatim quotes) are only in
 * `npm run check`; the schemas describe shapes.
 */

/** The content formats, by file name stem; titles are "中文 — English" (see describedIn in format.ts). */
export const CONTENT_FORMATS = {
  issuer: { schema: IssuerSchema, title: '发布机关 — Issuer', file: 'content/issuers/<id>.json' },
  plan: { schema: PlanSchema, title: '方案 — Plan', file: 'content/plans/<id>.json' },
  project: { schema: ProjectSchema, title: '实事（MDX frontmatter） — Project (MDX frontmatter)', file: 'content/projects/<plan>/<id>.mdx' },
  // The file keeps its first name: it is published at /data/schema/snapshot.schema.json and every
  // report's $schema names it.
  snapshot: { schema: ReportSchema, title: '进度报告 — Progress report', file: 'content/progress/<as-of date>.json' },
  adjustment: { schema: AdjustmentSchema, title: '目标调整 — Target adjustment', file: 'content/adjustments/<effective date>-<target id>.json' },
  departments: { schema: z.array(DepartmentSchema), title: '单位名录 — Departments', file: 'content/departments.json' },
  counties: { schema: z.array(CountySchema), title: '县市名录 — Counties and cities', file: 'content/counties.json' },
  site: { schema: SiteConfigSchema, title: '网站设置 — Site settings', file: 'content/site.json' },
  'status-words': { schema: StatusWordsSchema, title: '进度用语表 — Status words', file: 'content/status-words.json' },
  'search-terms': { schema: SearchTermsSchema, title: '搜索同义词 — Search equivalents', file: 'content/search-terms.json' },
} as const;

export type ContentFormat = keyof typeof CONTENT_FORMATS;

/** A format's JSON Schema (draft 2020-12), describing the file as written (defaults optional). */
export function contentJsonSchema(format: ContentFormat): Record<string, unknown> {
  const { schema, title, file } = CONTENT_FORMATS[format];
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: `${format}.schema.json`,
    title,
    description: `${file}`,
  };
}

/** Every format's schema, by file name (e.g. snapshot.schema.json). */
export function allContentJsonSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries((Object.keys(CONTENT_FORMATS) as ContentFormat[]).map((format) => [`${format}.schema.json`, contentJsonSchema(format)]));
}
