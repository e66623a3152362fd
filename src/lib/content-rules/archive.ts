import type { Plan } from '../../schemas/plan.ts';
import type { Problem } from './problems.ts';
import type { FieldPath } from './raw-content.ts';

/**
 * A plan's `archived` date (issue 28: its year over, every page says 已归档 and keeps what it showed
 * then): on or after the plan's last day and not in the future, and nothing of the plan is published
 * after it, so an archived page never changes.
 */

type At = (path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => void;

/** Checks a plan's own `archived` date against its period and today. */
export function checkArchiveDate(plan: Pick<Plan, 'archived' | 'period'>, today: string, at: At): void {
  const archived = plan.archived;
  if (archived === undefined) return;
  if (archived < plan.period.end) at(['archived'], `归档日期不能早于方案期间结束日（${plan.period.end}）：年度结束后才能归档`, `the archived date cannot be before the plan period ends (${plan.period.end}): a plan is archived once its year is over`);
  if (archived > today) at(['archived'], `归档日期不能晚于今天（${today}）`, `the archived date cannot be in the future (today is ${today})`);
}

/** Refuses a report or adjustment of an archived plan published after the plan was archived. */
export function checkNotAfterArchive(plan: Pick<Plan, 'archived' | 'id'> | undefined, published: string | undefined, at: At): void {
  if (plan?.archived === undefined || published === undefined || published <= plan.archived) return;
  at(['published'], `方案 ${plan.id} 已于${plan.archived}归档，归档后不能再发布`, `plan ${plan.id} was archived on ${plan.archived}: nothing of it can be published after that`, {
    zh: '如确需更正，先删去方案的 archived 字段，发布后再重新归档',
    en: 'to publish a correction, remove the plan’s archived field first and archive it again afterwards',
  });
}
