import { checkAdjustments } from './adjustments.ts';
import { checkContributions, checkIssuers, checkPlanIssuers, nameIssuers } from './issuers.ts';
import { checkMdxBody } from './mdx-safety.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './raw-content.ts';
import { checkPlans, checkProjects, checkReferenceLists } from './references.ts';
import { checkReports } from './reports.ts';
import { checkSearchTerms } from './search-terms.ts';
import { checkSiteConfig } from './site-config.ts';
import { checkStatusWords } from './status-words.ts';

export { formatFieldPath, formatProblems, type Problem } from './problems.ts';
export type { FieldPath, RawContent, RawFile } from './raw-content.ts';

/**
 * Every rule content must pass before anything is published, written once and used by
 * `npm run check` and the build (both through src/node/check-content.ts) and by the tests.
 * Pure: files arrive already read; "today" is an argument. Each file in this folder holds one
 * concern; validateContent runs them in a fixed order, so problems always come out in the same order.
 */

/** All checks on a whole content tree. Returns every problem found; an empty list means publishable. */
export function validateContent(content: RawContent, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const raw of content.strays ?? []) if (raw.parseError) problems.push({ file: raw.file, line: raw.parseError.line, field: '', zh: raw.parseError.zh, en: raw.parseError.en, ...(raw.parseError.hint ? { hint: raw.parseError.hint } : {}) });
  checkSiteConfig(content, problems);
  const known = checkReferenceLists(content, problems);
  const statusWords = checkStatusWords(content, problems);
  const plans = checkPlans(content, today, problems);
  const issuers = checkIssuers(content, known, problems);
  const planIssuers = checkPlanIssuers(content, plans, issuers, problems);
  for (const raw of content.projects) problems.push(...checkMdxBody(raw));
  const targetsByPlan = checkProjects(content, plans, known, problems);
  checkContributions(targetsByPlan, planIssuers, issuers, problems);
  // Adjustments first: a report's completion rate is a share of the figure in force on its date.
  const adjustedFigures = checkAdjustments(content.adjustments ?? [], { plans, targetsByPlan, today }, problems);
  checkReports(content.reports, { plans, targetsByPlan, adjustedFigures, countyIds: known.county, statusWords, today, attachments: content.attachments }, problems);
  checkSearchTerms(content, problems);
  return nameIssuers(problems, content, planIssuers, issuers);
}
