import type { Plan } from '../../schemas/plan.ts';
import { AdjustmentSchema } from '../../schemas/adjustment.ts';
import { checkNotAfterArchive } from './archive.ts';
import { parseChineseFigure } from './chinese-number.ts';
import { didYouMean } from './hints.ts';
import { parseWith } from './parse.ts';
import { pushInto, type Problem } from './problems.ts';
import { field, text, type FieldPath, type RawFile } from './raw-content.ts';
import type { TargetFacts } from './references.ts';
import type { AdjustmentTerms } from '../model/adjustments.ts';

/**
 * Target adjustments (content/adjustments/): each names a known target of a known plan, is named
 * after its effective date and target, takes effect within the plan period and not in the future,
 * changes only what its target's kind has (a figure for counts and percentages), states its new
 * figure as the approving document writes it, and changes something.
 */

/** What the adjustment checks need from the rest of the content. */
export interface AdjustmentContext {
  plans: ReadonlyMap<string, Plan> & { unreadable?: boolean; invalid?: ReadonlySet<string> };
  targetsByPlan: ReadonlyMap<string, Map<string, TargetFacts>> & { unreadable?: boolean };
  today: string;
}

const BASENAME = /([^/\\]+)\.json$/;
const byEffective = (a: RawFile, b: RawFile): number => {
  const [x, y] = [text(field(a.data, 'effective')) ?? '', text(field(b.data, 'effective')) ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Each target's adjustments by "plan/target", oldest first: from when, and the figure or deadline each sets (termsAt reads them). */
export type AdjustedFigures = ReadonlyMap<string, readonly AdjustmentTerms[]>;

/**
 * Checks every adjustment, adding what is wrong to `problems`. Returns the terms set by the
 * adjustments that name a known target (a figure only for counts and percentages), so the report
 * checks hold each entry to the terms in force on its report's date, as the site does (termsAt).
 */
export function checkAdjustments(adjustments: readonly RawFile[], context: AdjustmentContext, problems: Problem[]): AdjustedFigures {
  const push = pushInto(problems);
  const figures = new Map<string, AdjustmentTerms[]>();
  // The terms each target is held to, as earlier adjustments left them: a later one must change something.
  const terms = new Map<string, { value?: number; deadline?: string }>();
  for (const raw of [...adjustments].sort(byEffective)) {
    parseWith(AdjustmentSchema, raw, problems);
    const at = (path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => push(raw, path, zh, en, hint);
    const data = raw.data;
    const planId = text(field(data, 'plan'));
    const targetId = text(field(data, 'target'));
    const effective = text(field(data, 'effective'));
    const published = text(field(data, 'published'));
    const approvalDate = text(field(field(data, 'approval'), 'date'));
    const value = field(data, 'value');
    const written = text(field(data, 'written'));
    const deadline = text(field(data, 'deadline'));

    if (data !== null && typeof data === 'object' && value === undefined && deadline === undefined) {
      at(['value'], '调整需要新的目标值 value（及其写法 written）或新的截止日期 deadline 至少一项', 'an adjustment gives a new value (with its wording, written) or a new deadline, or both');
    }
    if (value !== undefined && written === undefined) at(['written'], '新的目标值需要照录批准文件中的写法 written，如 1800间', 'a new value needs its wording as the approving document writes it (written), e.g. 1800间');
    if (value === undefined && written !== undefined) at(['value'], `写了 written（${written}）却没有 value：请填写它表示的数值`, `written (${written}) is given without a value: give the number it states`);
    const name = BASENAME.exec(raw.file)?.[1];
    if (effective !== undefined && targetId !== undefined && name !== `${effective}-${targetId}`) {
      at(['effective'], `文件名应为生效日期加指标编号：${effective}-${targetId}.json`, `the file name must be the effective date and the target id: ${effective}-${targetId}.json`);
    }
    const plan = planId !== undefined ? context.plans.get(planId) : undefined;
    if (planId !== undefined && !plan && !context.plans.unreadable && !context.plans.invalid?.has(planId)) at(['plan'], `未知的方案编号 ${planId}（见 content/plans/）`, `unknown plan id ${planId} (see content/plans/)`);
    if (plan && effective !== undefined && (effective < plan.period.start || effective > plan.period.end)) {
      at(['effective'], `生效日期应在方案期间 ${plan.period.start} 至 ${plan.period.end} 内`, `the effective date must fall within the plan period ${plan.period.start} to ${plan.period.end}`);
    }
    if (plan && deadline !== undefined && (deadline < plan.period.start || deadline > plan.period.end)) {
      at(['deadline'], `调整后的截止日期应在方案期间 ${plan.period.start} 至 ${plan.period.end} 内`, `the new deadline must fall within the plan period ${plan.period.start} to ${plan.period.end}`);
    }
    if (effective !== undefined && effective > context.today) {
      at(['effective'], `生效日期不能晚于今天（${context.today}）：调整生效后再发布`, `the effective date cannot be in the future (today is ${context.today}): publish an adjustment once it takes effect`);
    }
    if (published !== undefined && published > context.today) at(['published'], `发布日期不能晚于今天（${context.today}）`, `the published date cannot be in the future (today is ${context.today})`);
    if (approvalDate !== undefined && approvalDate > context.today) at(['approval', 'date'], `批准日期不能晚于今天（${context.today}）`, `the approval date cannot be in the future (today is ${context.today})`);
    if (approvalDate !== undefined && published !== undefined && published < approvalDate) at(['published'], '发布日期不能早于批准日期', 'the published date cannot be before the approval date');
    checkNotAfterArchive(plan, published, at);

    if (plan === undefined || targetId === undefined) continue;
    const target = context.targetsByPlan.get(planId ?? '')?.get(targetId);
    if (!target) {
      if (!context.targetsByPlan.unreadable) at(['target'], `方案 ${planId} 中没有编号为 ${targetId} 的指标`, `plan ${planId} has no target with id ${targetId}`, didYouMean(targetId, context.targetsByPlan.get(planId ?? '')?.keys() ?? []));
      continue;
    }
    const numeric = target.kind === 'count' || target.kind === 'percentage';
    if (value !== undefined && !numeric) {
      at(['value'], `指标 ${targetId} 是 ${target.kind} 类，没有可调整的目标值；只能调整截止日期 deadline`, `target ${targetId} is a ${target.kind} target with no figure to change; only its deadline can change`);
    }
    if (typeof value === 'number' && target.kind === 'percentage' && value > 100) at(['value'], `百分比应在 0–100 之间，实际为 ${value}`, `a percentage is within 0–100, found ${value}`);
    if (typeof value === 'number' && written !== undefined) {
      const parsed = parseChineseFigure(written);
      if (parsed === undefined) {
        at(['written'], `“${written}”中读不出数字：written 应照录批准文件中新目标的写法，如 300个`, `no figure can be read in “${written}”: written copies the new figure as the approving document words it, e.g. 300个`);
      } else if (Math.abs(parsed.value - value) > 1e-9 * Math.max(1, parsed.value)) {
        at(['value'], `数值 ${value} 与写法“${written}”不符，应为 ${parsed.value}`, `value ${value} does not match its wording “${written}”, which means ${parsed.value}`);
      }
    }
    const key = `${planId}/${targetId}`;
    const before = terms.get(key) ?? { value: target.value, deadline: target.deadline ?? plan.period.end };
    const changesValue = typeof value === 'number' && value !== before.value;
    const changesDeadline = deadline !== undefined && deadline !== before.deadline;
    if ((typeof value === 'number' || deadline !== undefined) && !changesValue && !changesDeadline) {
      at([typeof value === 'number' ? 'value' : 'deadline'], `这项调整没有改变指标 ${targetId} 的目标值或截止日期（现为 ${before.value ?? '—'}，${before.deadline}）`, `this adjustment changes neither the figure nor the deadline of ${targetId} (now ${before.value ?? '—'}, ${before.deadline})`);
    }
    terms.set(key, { value: typeof value === 'number' ? value : before.value, deadline: deadline ?? before.deadline });
    if (effective !== undefined) {
      const sets: AdjustmentTerms = { effective, ...(numeric && typeof value === 'number' ? { value, written } : {}), ...(deadline !== undefined ? { deadline } : {}) };
      figures.set(key, [...(figures.get(key) ?? []), sets]);
    }
  }
  return figures;
}
