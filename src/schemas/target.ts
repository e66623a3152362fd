import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, TextSchema, bilingual, translationsOf } from './common.ts';

/**
 * Target kinds:
 * - count: a number of things by the deadline (3400名, 10座).
 * - percentage: a rate or coverage in % (90%以上, 100%覆盖).
 * - milestone: a thing done or not by the deadline (印发行动方案).
 * - ongoing: a standing duty with no annual figure (常态化).
 * - external: a figure set by a higher authority that the plan does not state (自治区下达的目标).
 */
export const TargetKindSchema = z.enum(['count', 'percentage', 'milestone', 'ongoing', 'external']);
export type TargetKind = z.output<typeof TargetKindSchema>;

/**
 * How the plan words its figure: at-least = 不低于/以上/不少于/至少; about = 约; stated = a plain figure
 * (完成危桥改造10座), met when reached; zero = 动态清零; full-coverage = 100%覆盖.
 */
export const ComparatorSchema = z.enum(['at-least', 'about', 'stated', 'zero', 'full-coverage']);
export type Comparator = z.output<typeof ComparatorSchema>;

/** A figure as the plan writes it, e.g. { value: 13700, unit: 户, written: 1.37万户 }. */
export const StatedFigureSchema = z.strictObject({
  value: z.number().nonnegative().describe('数值 — value'),
  unit: TextSchema.describe('单位 — unit'),
  written: TextSchema.describe('方案原文写法 — as written in the plan'),
  approximate: z.boolean().optional().describe('原文写“余”“约”等 — the plan gives it as approximate'),
});
export type StatedFigure = z.output<typeof StatedFigureSchema>;

/** A measurable commitment of the plan. */
export const TargetSchema = z
  .strictObject({
    id: IdSchema.describe('指标编号，在方案内唯一 — target id, unique within its plan'),
    label: TextSchema.describe('指标名称 — what is committed'),
    kind: TargetKindSchema.describe('指标类型 — kind of target'),
    value: z.number().nonnegative().optional().describe('目标值 — target value (count and percentage only)'),
    unit: TextSchema.optional().describe('单位，如 户、人、%、公里 — unit'),
    comparator: ComparatorSchema.optional().describe('目标值的比较方式 — how the target value is worded'),
    written: TextSchema.optional().describe('方案原文中的数字写法，如 约8.89万栋 — the figure as the plan writes it'),
    direction: z.enum(['higher', 'lower']).default('higher').describe('数值越高越好或越低越好 — whether higher or lower is better'),
    measure: z
      .enum(['cumulative', 'level'])
      .default('cumulative')
      .describe('累计量（适用序时进度）或时点水平值 — cumulative (time-proportional schedule applies) or a level at a point in time'),
    baseline: z
      .strictObject({ value: z.number(), asOf: IsoDateSchema, source: TextSchema })
      .optional()
      .describe('基数（如已知）及其来源 — baseline with its date and source, where known'),
    deadline: IsoDateSchema.optional().describe('截止日期，缺省为方案期末 — deadline; defaults to the end of the plan period'),
    lead: z.array(IdSchema).optional().describe('牵头单位编号，缺省为所属子项的牵头单位 — lead units; default: the sub-item’s'),
    counties: z.array(IdSchema).optional().describe('涉及县市编号 — counties and cities involved'),
    contributesTo: IdSchema.optional().describe('本指标计入的上级发布机关指标编号 — id of the target of an issuer above that this target counts towards'),
    allocation: z
      .array(z.strictObject({ county: IdSchema, value: z.number().nonnegative() }))
      .optional()
      .describe('方案写明的分县市任务 — the plan’s own split of the target by place'),
    spec: StatedFigureSchema.optional().describe('里程碑的规格数字，如 100㎡ — a figure describing a milestone, e.g. 100㎡'),
    setBy: TextSchema.optional().describe('外部设定目标的机关，如 自治区 — who sets an external target'),
    beneficiaries: z.array(StatedFigureSchema).optional().describe('方案写明的受益对象 — beneficiaries the plan states'),
    beneficiaryNote: TextSchema.optional().describe('受益对象说明 — note on the beneficiaries'),
    translations: translationsOf({ label: TextSchema, beneficiaryNote: TextSchema, setBy: TextSchema }),
  })
  .superRefine((t, ctx) => {
    const issue = (path: string, zh: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: bilingual(zh, en) });
    const numeric = t.kind === 'count' || t.kind === 'percentage';
    if (numeric) {
      if (t.value === undefined) issue('value', `${t.kind} 类指标需要目标值 value`, `a ${t.kind} target needs a value`);
      if (t.unit === undefined) issue('unit', `${t.kind} 类指标需要单位 unit`, `a ${t.kind} target needs a unit`);
      if (t.comparator === undefined) issue('comparator', `${t.kind} 类指标需要 comparator`, `a ${t.kind} target needs a comparator`);
      if (t.written === undefined) issue('written', '需要写明方案原文中的数字写法 written', 'the figure as the plan writes it (written) is required');
    } else {
      for (const key of ['value', 'comparator'] as const) {
        if (t[key] !== undefined) issue(key, `${t.kind} 类指标不设 ${key}`, `a ${t.kind} target has no ${key}`);
      }
    }
    if (t.kind === 'percentage') {
      if (t.unit !== undefined && t.unit !== '%') issue('unit', '百分比指标的单位应为 %', 'a percentage target has unit %');
      if (t.value !== undefined && t.value > 100) issue('value', `百分比应在 0–100 之间，实际为 ${t.value}`, `a percentage is within 0–100, found ${t.value}`);
    }
    if (t.kind === 'external') {
      if (t.unit === undefined) issue('unit', '外部设定目标需要单位 unit', 'an external target needs a unit');
      if (t.setBy === undefined) issue('setBy', '外部设定目标需要写明设定机关 setBy', 'an external target names who sets it (setBy)');
    }
    if (t.comparator === 'zero' && (t.value !== 0 || t.direction !== 'lower')) {
      issue('comparator', '“动态清零”要求 value: 0 且 direction: lower', 'comparator zero needs value 0 and direction lower');
    }
    if (t.comparator === 'full-coverage' && (t.kind !== 'percentage' || t.value !== 100)) {
      issue('comparator', '“100%覆盖”要求百分比指标且 value: 100', 'full-coverage needs a percentage target with value 100');
    }
    if (t.allocation && t.value !== undefined) {
      const sum = t.allocation.reduce((total, part) => total + part.value, 0);
      if (sum !== t.value) issue('allocation', `分县市任务合计 ${sum}，与目标值 ${t.value} 不符`, `allocation adds up to ${sum}, not the target value ${t.value}`);
    }
  });

export type Target = z.output<typeof TargetSchema>;
