import type { MilestoneState } from '../../schemas/report.ts';
import type { TargetKind } from '../../schemas/target.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { MILESTONE_STATUS } from '../model/status.ts';

/**
 * The layout of the progress-report template: its sheets, columns and header cells, the words its
 * drop-downs and plan columns show (the dictionary's own: a milestone state reads as the status it
 * gives), and the source fields of its instructions sheet. Pure.
 */

/** The instructions sheet: how to fill in, the source fields and the template's plan and date. */
export const INSTRUCTIONS_SHEET = '填表说明';
/** The hidden sheet holding the drop-down lists (milestone states, status words). */
export const LISTS_SHEET = '选项';

/** A column of a data sheet: its machine key (row 1 holds `caption\nkey`) and captions. */
export interface SheetColumn {
  key: string;
  zh: string;
  en: string;
  /** Width in characters. */
  width: number;
}

/** The plan's columns, locked in the template: what each row is about. */
export const PLAN_COLUMNS: readonly SheetColumn[] = [
  { key: 'project', zh: '实事项目', en: 'project', width: 16 },
  { key: 'sub_item', zh: '子项', en: 'sub-item', width: 16 },
  { key: 'target_id', zh: '指标编号（勿改）', en: 'target id (do not change)', width: 22 },
  { key: 'label', zh: '指标', en: 'target', width: 36 },
  { key: 'kind', zh: '类型', en: 'kind', width: 10 },
  { key: 'unit', zh: '单位', en: 'unit', width: 8 },
  { key: 'plan_figure', zh: '方案目标（原文）', en: 'plan figure (as written)', width: 16 },
  { key: 'deadline', zh: '截止日期', en: 'deadline', width: 12 },
  { key: 'previous_value', zh: '上期数字（参考）', en: 'previous figure (reference)', width: 14 },
  { key: 'previous_as_of', zh: '上期截至（参考）', en: 'previous as of (reference)', width: 14 },
];

/** The columns departments fill in (unlocked where the target takes them). */
export const FILL_COLUMNS: readonly SheetColumn[] = [
  { key: 'value', zh: '本期数字（累计）', en: 'figure (cumulative)', width: 14 },
  { key: 'reported_rate', zh: '完成率（%）', en: 'completion rate (%)', width: 12 },
  { key: 'state', zh: '里程碑状态', en: 'milestone state', width: 12 },
  { key: 'reported_status', zh: '来源进度用语', en: 'source’s status word', width: 14 },
  { key: 'set_value', zh: '上级下达目标值', en: 'figure set by higher authority', width: 14 },
  { key: 'note', zh: '说明', en: 'note', width: 36 },
];

/** Column key of a county's figure: `county:<county id>`. */
export const countyKey = (countyId: string): string => `county:${countyId}`;

/** The header cell of a column: the Chinese caption, then the machine key on its own line. */
export const headerText = (caption: string, key: string): string => `${caption}\n${key}`;

/**
 * The machine key in a header cell: its last line, or the key at its end.
 * @example keyOfHeader('本期数字（累计）\nvalue') // 'value'
 */
export function keyOfHeader(text: string): string | undefined {
  const match = /([a-z][a-z0-9_]*(?::[a-z0-9-]+)?)\s*$/.exec(text.trim());
  return match ? match[1] : undefined;
}

/** Milestone states as the drop-down shows them (the keys are accepted too). */
export const STATE_WORDS: Readonly<Record<MilestoneState, string>> = Object.fromEntries((Object.keys(MILESTONE_STATUS) as MilestoneState[]).map((state) => [state, zhCN.status[MILESTONE_STATUS[state]]])) as Record<MilestoneState, string>;

/** Target kinds as the template writes them. */
export const KIND_WORDS: Readonly<Record<TargetKind, string>> = zhCN.kind;

/** The source fields of the instructions sheet, by key, with the report field each fills. */
export const SOURCE_FIELDS = [
  { key: 'source_title', field: 'title', zh: '来源文件标题', en: 'source title' },
  { key: 'source_issuer', field: 'issuer', zh: '发布机关', en: 'issuer' },
  { key: 'source_date', field: 'date', zh: '来源发布日期（YYYY-MM-DD）', en: 'source date (YYYY-MM-DD)' },
  { key: 'source_url', field: 'url', zh: '来源网址', en: 'source URL' },
  { key: 'source_reference', field: 'reference', zh: '文号（无网址时）', en: 'document number (when there is no URL)' },
] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number]['field'];

