import type { Dictionary } from '../../i18n/dictionary.ts';
import type { Target } from '../../schemas/target.ts';
import type { ReadingView } from '../model/plan-model.ts';
import type { StatedFigure } from '../../schemas/target.ts';
import { formatDate, formatPercent, formatQuantity } from './format.ts';

/**
 * Short texts describing a target and its readings, shared by tables, target pages and cards.
 * The dictionary is an argument so the same functions serve every language.
 */

/**
 * The target as a reader should see it, in the plan's own wording where it has one.
 * @example targetGoal({ kind: 'count', value: 3400, unit: '名', written: '3400名', … }, zhCN) // "3400名"
 */
export function targetGoal(target: Target, t: Dictionary): string {
  switch (target.kind) {
    case 'count':
    case 'percentage':
      return (t.numbers.planWording ? target.written : undefined) ?? t.comparatorGoal(target.comparator ?? 'stated', formatQuantity(target.value ?? 0, target.unit ?? '', t));
    case 'milestone':
      return target.spec ? t.target.milestoneNote + t.punct.paren(statedFigure(target.spec, t)) : t.target.milestoneNote;
    case 'ongoing':
      return t.target.ongoingNote;
    case 'external':
      return t.target.setBy(target.setBy ?? '');
  }
}

/**
 * The plan's own goal for a target whose terms were adjusted (see TargetView.original): the figure
 * as the plan wrote it, never overwritten.
 * @example originalGoal({ …, value: 1800, written: '1800间', original: { value: 2500, written: '2500间', … } }, zhCN) // "2500间"
 */
export function originalGoal(target: Target & { original: { value?: number; written?: string } }, t: Dictionary): string {
  return targetGoal({ ...target, value: target.original.value, written: target.original.written }, t);
}

/**
 * The goal a printed notice states, in words a passer-by can check: a milestone's deed and its
 * deadline (and its size, where the plan gives one), an ongoing duty and how long it runs, else
 * the figure as `targetGoal` gives it.
 * @example noticeGoal({ kind: 'milestone', label: '印发行动方案', deadline: '2024-12-31', … }, zhCN) // "2024年12月31日前完成：印发行动方案"
 */
export function noticeGoal(target: Target & { deadline: string }, t: Dictionary): string {
  const date = formatDate(target.deadline, t);
  switch (target.kind) {
    case 'milestone':
      return t.notice.milestoneGoal(target.label, date) + (target.spec ? t.punct.paren(statedFigure(target.spec, t)) : '');
    case 'ongoing':
      return t.notice.ongoingGoal(target.label, date);
    default:
      return targetGoal(target, t);
  }
}

/**
 * A reading's figure: a number with its unit (marked when derived from a completion rate, with the
 * rate when the source states one beside it), a milestone state, a status word with no figure
 * ("报告称已完成，未给出数字"), or a dash.
 * @example readingText({ value: 223, reportedRate: 111.5, derivedFromRate: true, … }, target, zhCN) // "223个（由报告完成率111.5%推算）"
 */
export function readingText(reading: ReadingView | undefined, target: Target, t: Dictionary): string {
  if (!reading) return t.table.none;
  if (reading.state !== undefined) return t.milestoneState[reading.state];
  if (reading.value !== undefined) {
    const figure = formatQuantity(reading.value, target.unit ?? '', t);
    if (reading.reportedRate === undefined) return figure;
    const rate = formatPercent(reading.reportedRate, t);
    return figure + t.punct.paren(reading.derivedFromRate ? t.reported.derived(rate) : t.reported.rate(rate));
  }
  if (reading.reportedStatus !== undefined && target.kind !== 'ongoing') return t.reported.wordOnly(reading.reportedStatus.trim());
  return reading.note ?? t.table.none;
}

/**
 * A figure the plan states (beneficiaries, a milestone's spec): in the plan's own wording where the
 * language keeps it (Chinese), else formatted, with "about" where the plan gives it as approximate.
 * @example statedFigure({ value: 40000, unit: '人', written: '4万人' }, en) // "40,000 people"
 */
export function statedFigure(figure: StatedFigure, t: Dictionary): string {
  if (t.numbers.planWording) return figure.written;
  const quantity = formatQuantity(figure.value, figure.unit, t);
  return figure.approximate ? t.comparatorGoal('about', quantity) : quantity;
}
