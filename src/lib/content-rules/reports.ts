import type { Plan } from '../../schemas/plan.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { didYouMean } from './hints.ts';
import { parseWith } from './parse.ts';
import { pushInto, type Problem, type Push } from './problems.ts';
import { field, list, text, type AttachmentFacts, type FieldPath, type RawFile } from './raw-content.ts';
import type { AdjustedFigures } from './adjustments.ts';
import { checkNotAfterArchive } from './archive.ts';
import { checkAttachments, checkUnreferencedAttachments } from './attachments.ts';
import type { TargetFacts } from './references.ts';
import type { StatusVocabulary } from './status-words.ts';
import { termsAt } from '../model/adjustments.ts';
import { entryFigure, fallsBelow, rateApplies } from '../model/judge.ts';
import { rateAgreesWithValue, STATUS_WORDS_FILE } from '../model/reported-status.ts';
import type { TargetRule } from '../model/status.ts';

/**
 * Progress reports (content/progress/): one per plan and as-of date, named after it, dated within
 * the plan and not in the future; each entry fits its target (kind, unit, county breakdown) and
 * corrects only an earlier report that has a figure for it.
 */

/** What the report checks need from the rest of the content. */
export interface ReportContext {
  /** Valid plans by id; `unreadable` when a plan file could not be parsed, `invalid` the ids of plans with schema problems. */
  plans: ReadonlyMap<string, Plan> & { unreadable?: boolean; invalid?: ReadonlySet<string> };
  /** `unreadable` when a project file could not be parsed, so its targets are unknown. */
  targetsByPlan: ReadonlyMap<string, Map<string, TargetFacts>> & { unreadable?: boolean };
  /** Adjusted figures by "plan/target" (from checkAdjustments); absent means none. */
  adjustedFigures?: AdjustedFigures;
  countyIds: ReadonlySet<string>;
  /** The vocabulary of status words (content/status-words.json); absent means none was read. */
  statusWords?: StatusVocabulary;
  today: string;
  /** Files under sources/ besides the plans' texts (see RawContent.attachments); undefined: not read. */
  attachments?: Readonly<Record<string, AttachmentFacts>>;
  /** Figures of every report by "plan/target", in as-of order (filled in by checkReports). */
  figures?: ReadonlyMap<string, readonly { asOf: string; value: number }[]>;
}

const BASENAME = /([^/\\]+)\.json$/;

/** How the judge (src/lib/model/judge.ts) sees a target of the check's facts, with the schema's defaults. */
function ruleOf(target: TargetFacts): Pick<TargetRule, 'kind' | 'direction' | 'measure'> {
  return { kind: target.kind as TargetRule['kind'], direction: target.direction === 'lower' ? 'lower' : 'higher', measure: target.measure === 'level' ? 'level' : 'cumulative' };
}

/**
 * A target as it stands on a report's date: its figure is the one in force by then (termsAt, as the
 * site judges it), with the date of the adjustment that set it. A completion rate is a share of it.
 */
function inForce(target: TargetFacts | undefined, key: string, asOf: string | undefined, adjusted: AdjustedFigures | undefined): TargetFacts | undefined {
  const changes = adjusted?.get(key);
  if (!target || !changes || asOf === undefined) return target;
  const terms = termsAt({ value: target.value, deadline: target.deadline ?? '' }, changes, asOf);
  const setBy = terms.adjustedBy.findLast((a) => a.value !== undefined);
  return setBy ? { ...target, value: terms.value, adjustedOn: setBy.effective } : target;
}

/** The numbers of an entry as the judge takes them (anything else in the raw file is left to the schema check). */
function entryNumbers(entry: unknown): { value?: number; reportedRate?: number } {
  const value = field(entry, 'value');
  const rate = field(entry, 'reportedRate');
  return { ...(typeof value === 'number' ? { value } : {}), ...(typeof rate === 'number' ? { reportedRate: rate } : {}) };
}

/** An entry's figure: its value, else the figure its completion rate stands for (entryFigure). */
function statedOrDerived(entry: unknown, target: TargetFacts | undefined): number | undefined {
  return target ? entryFigure(entryNumbers(entry), ruleOf(target), target.value).value : entryNumbers(entry).value;
}

/** Checks every report, adding what is wrong to `problems`. */
export function checkReports(reports: readonly RawFile[], context: ReportContext, problems: Problem[]): void {
  const push = pushInto(problems);
  // Target ids covered by each report, keyed "plan/asOf", for checking corrections.
  const reportTargets = new Map<string, Set<string>>();
  // Each plan's figures by target, in as-of order, for checking that cumulative figures do not fall.
  const figures = new Map<string, { asOf: string; value: number }[]>();
  for (const raw of reports) {
    const plan = text(field(raw.data, 'plan'));
    const asOf = text(field(raw.data, 'asOf'));
    if (plan === undefined || asOf === undefined) continue;
    for (const entry of list(field(raw.data, 'entries'))) {
      const target = text(field(entry, 'target'));
      if (target === undefined) continue;
      const key = `${plan}/${target}`;
      const value = statedOrDerived(entry, inForce(context.targetsByPlan.get(plan)?.get(target), key, asOf, context.adjustedFigures));
      if (value === undefined) continue;
      figures.set(key, [...(figures.get(key) ?? []), { asOf, value }]);
    }
  }
  for (const series of figures.values()) series.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  context = { ...context, figures };
  for (const raw of reports) {
    const key = `${text(field(raw.data, 'plan'))}/${text(field(raw.data, 'asOf'))}`;
    if (reportTargets.has(key)) {
      push(raw, ['asOf'], `方案 ${text(field(raw.data, 'plan'))} 已有截至 ${text(field(raw.data, 'asOf'))} 的报告`, `plan ${text(field(raw.data, 'plan'))} already has a report as of ${text(field(raw.data, 'asOf'))}`);
    }
    reportTargets.set(key, new Set(list(field(raw.data, 'entries')).map((entry) => text(field(entry, 'target')) ?? '')));
  }
  const referenced = new Set<string>();
  for (const raw of reports) {
    parseWith(ReportSchema, raw, problems);
    checkReport(raw, context, reportTargets, push);
    checkAttachments(raw, context.attachments, referenced, push);
  }
  checkUnreferencedAttachments(context.attachments, referenced, problems);
}

/** Checks one report's dates and entries; `reportTargets` holds the target ids of every report, keyed "plan/asOf". */
function checkReport(raw: RawFile, context: ReportContext, reportTargets: ReadonlyMap<string, Set<string>>, push: Push): void {
  const at = (path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => push(raw, path, zh, en, hint);
  const data = raw.data;
  const planId = text(field(data, 'plan'));
  const asOf = text(field(data, 'asOf'));
  const published = text(field(data, 'published'));
  const sourceDate = text(field(field(data, 'source'), 'date'));
  const name = BASENAME.exec(raw.file)?.[1];
  if (asOf !== undefined && name !== asOf) at(['asOf'], `文件名应为截至日期 ${asOf}.json`, `the file name must be the as-of date, ${asOf}.json`);
  const plan = planId !== undefined ? context.plans.get(planId) : undefined;
  if (planId !== undefined && !plan && !context.plans.unreadable && !context.plans.invalid?.has(planId)) at(['plan'], `未知的方案编号 ${planId}（见 content/plans/）`, `unknown plan id ${planId} (see content/plans/)`);
  if (plan && asOf !== undefined && (asOf < plan.period.start || asOf > plan.period.end)) {
    at(['asOf'], `截至日期应在方案期间 ${plan.period.start} 至 ${plan.period.end} 内`, `the as-of date must fall within the plan period ${plan.period.start} to ${plan.period.end}`);
  }
  if (asOf !== undefined && asOf > context.today) {
    at(['asOf'], `截至日期不能晚于今天（${context.today}）`, `the as-of date cannot be in the future (today is ${context.today})`, {
      zh: '截至日期是数据统计到的那一天，不是计划发布的日子',
      en: 'the as-of date is the day the figures count up to, not a planned publication day',
    });
  }
  if (published !== undefined && asOf !== undefined && published < asOf) at(['published'], '发布日期不能早于截至日期', 'the published date cannot be before the as-of date');
  if (published !== undefined && published > context.today) at(['published'], `发布日期不能晚于今天（${context.today}）`, `the published date cannot be in the future (today is ${context.today})`);
  checkNotAfterArchive(plan, published, at);
  const publishedAt = text(field(data, 'publishedAt'));
  if (publishedAt !== undefined && published !== undefined && publishedAt.slice(0, 10) !== published) at(['publishedAt'], `发布时间的日期应与 published（${published}）相同`, `the date of publishedAt is the date in published (${published})`);
  if (sourceDate !== undefined && sourceDate > context.today) at(['source', 'date'], `来源日期不能晚于今天（${context.today}）`, `the source date cannot be in the future (today is ${context.today})`);

  const summary = field(data, 'summary');
  const summaryCounts = list(field(summary, 'counts'));
  summaryCounts.forEach((row, index) => checkReportedStatus(text(field(row, 'word')), ['summary', 'counts', index, 'word'], 'summary', context.statusWords, at));
  const total = field(summary, 'total');
  const counted = summaryCounts.reduce<number>((sum, row) => sum + (typeof field(row, 'count') === 'number' ? (field(row, 'count') as number) : 0), 0);
  if (typeof total === 'number' && counted > total) at(['summary', 'counts'], `各状态项数合计 ${counted}，多于总数 ${total}`, `the counts add up to ${counted}, more than the total ${total}`);

  const targets = context.targetsByPlan.get(planId ?? '') ?? new Map<string, TargetFacts>();
  const seen = new Set<string>();
  list(field(data, 'entries')).forEach((entry, index) => {
    const here: FieldPath = ['entries', index];
    const targetId = text(field(entry, 'target'));
    if (targetId === undefined) return;
    if (seen.has(targetId)) at([...here, 'target'], `指标 ${targetId} 在本报告中出现了两次`, `target ${targetId} appears twice in this report`);
    seen.add(targetId);
    const target = inForce(targets.get(targetId), `${planId}/${targetId}`, asOf, context.adjustedFigures);
    if (!target) {
      if (plan && !context.targetsByPlan.unreadable) at([...here, 'target'], `方案 ${planId} 中没有编号为 ${targetId} 的指标`, `plan ${planId} has no target with id ${targetId}`, didYouMean(targetId, targets.keys()));
      return;
    }
    // The figure the entry is judged against, named as such when an adjustment set it.
    const against = target.adjustedOn ? { zh: `调整后（${target.adjustedOn} 起）的目标值 ${target.value}`, en: `the target ${target.value} as adjusted from ${target.adjustedOn}` } : { zh: `目标值 ${target.value}`, en: `the target ${target.value}` };
    const value = field(entry, 'value');
    const state = field(entry, 'state');
    const rate = field(entry, 'reportedRate');
    const word = text(field(entry, 'reportedStatus'));
    checkReportedStatus(word, [...here, 'reportedStatus'], targetId, context.statusWords, at);
    const rateUsable = typeof rate === 'number' && rateApplies(ruleOf(target), target.value);
    if (rate !== undefined && !rateApplies(ruleOf(target), target.value)) {
      const why =
        target.kind === 'percentage'
          ? { zh: '是百分比指标：“完成率”与百分比本身容易混淆，请把来源给出的百分比填在 value', en: 'is a percentage target: a completion rate would be confused with the percentage itself; give the percentage the source states as value' }
          : target.kind === 'count' && target.direction === 'lower'
            ? { zh: '是越低越好的指标，完成率无法换算成数字', en: 'is a lower-is-better target, so a completion rate cannot be turned into a figure' }
            : target.kind === 'count'
              ? { zh: '的目标值为 0，完成率无法换算成数字', en: 'has a target of 0, so a completion rate cannot be turned into a figure' }
              : { zh: `是 ${target.kind} 类指标，没有可以换算的年度目标数`, en: `is a ${target.kind} target, with no annual figure a rate could be a share of` };
      at([...here, 'reportedRate'], `reportedRate（完成率）只用于有年度目标数的数量指标；指标 ${targetId} ${why.zh}`, `reportedRate (completion rate) is for count targets with an annual figure only; target ${targetId} ${why.en}`, {
        zh: '来源的原话可以写进 note；来源的进度用语写进 reportedStatus',
        en: 'put the source’s own words in note, and its status word in reportedStatus',
      });
    }
    const number = statedOrDerived(entry, target);
    if (target.kind === 'milestone') {
      if (value !== undefined) at([...here, 'value'], `指标 ${targetId} 是里程碑，应填写 state（planned/met/partially-met/not-met），不填数值`, `target ${targetId} is a milestone: give a state (planned/met/partially-met/not-met), not a number`, {
        zh: '把 "value": … 改成 "state": "met"（或 planned、partially-met、not-met）',
        en: 'replace "value": … with "state": "met" (or planned, partially-met, not-met)',
      });
      if (state === undefined) at([...here, 'state'], `里程碑 ${targetId} 需要填写 state`, `milestone ${targetId} needs a state`);
    } else {
      if (state !== undefined) at([...here, 'state'], `指标 ${targetId} 不是里程碑，不填 state`, `target ${targetId} is not a milestone: it takes no state`);
      if (target.kind === 'ongoing') {
        if (value === undefined && field(entry, 'note') === undefined && word === undefined) at([...here, 'note'], `常态化指标 ${targetId} 需要填写 note 说明工作情况`, `ongoing duty ${targetId} needs a note on what was done`);
      } else if (value === undefined && rate === undefined && word === undefined) {
        at([...here, 'value'], `指标 ${targetId} 需要数值 value（单位：${target.unit ?? ''}）`, `target ${targetId} needs a number value (unit: ${target.unit ?? ''})`, {
          zh: '来源只给出完成率时填 reportedRate（如 111.5）；只给出进度用语时填 reportedStatus（如 已完成）',
          en: 'when the source gives only a completion rate, fill in reportedRate (e.g. 111.5); when it gives only a status word, fill in reportedStatus (e.g. 已完成)',
        });
      }
    }
    if (field(entry, 'setValue') !== undefined && target.kind !== 'external') {
      at([...here, 'setValue'], `setValue 只用于外部设定目标，${targetId} 的目标值已写在方案中`, `setValue is for external targets only; ${targetId} has its target in the plan`);
    }
    if (typeof value === 'number' && rateUsable && !rateAgreesWithValue(value, rate, target.value!) && text(field(entry, 'note')) === undefined) {
      const implied = Math.round((value / target.value!) * 1000) / 10;
      at([...here, 'reportedRate'], `完成率 ${rate}% 与数字 ${value} 不符：按${against.zh} 计算是 ${implied}%；两者都照来源填写时，需要 note 说明（例如完成率按调整前的目标或整项计算）`, `the completion rate ${rate}% does not match the figure ${value}: against ${against.en} it is ${implied}%; when both are as the source states them, add a note saying why (e.g. the rate is of the target before adjustment or of the whole item)`);
    }
    if (number !== undefined) {
      if (target.unit === '%' && (number < 0 || number > 100)) at([...here, 'value'], '百分比应在 0–100 之间', 'a percentage is within 0–100');
      if (target.kind === 'count' && number < 0) at([...here, 'value'], '数量不能为负数', 'a count cannot be negative');
    }
    const breakdown = list(field(entry, 'breakdown'));
    breakdown.forEach((part, p) => {
      const county = text(field(part, 'county'));
      if (county !== undefined && !context.countyIds.has(county)) at([...here, 'breakdown', p, 'county'], `未知的县市编号 ${county}（可用编号见 content/counties.json）`, `unknown county id ${county} (known ids are in content/counties.json)`);
      const partValue = field(part, 'value');
      if (target.kind === 'count' && typeof partValue === 'number' && partValue < 0) at([...here, 'breakdown', p, 'value'], '数量不能为负数', 'a count cannot be negative');
    });
    if (breakdown.length > 0 && number !== undefined && target.kind === 'count') {
      const sum = breakdown.reduce<number>((total, part) => total + (typeof field(part, 'value') === 'number' ? (field(part, 'value') as number) : 0), 0);
      if (sum > number) at([...here, 'breakdown'], `分县市合计 ${sum} 大于总数 ${number}`, `the county figures add up to ${sum}, more than the total ${number}`);
    }
    const corrects = text(field(entry, 'corrects'));
    const note = text(field(entry, 'note'));
    const hasNote = note !== undefined && note.trim() !== '';
    if (corrects !== undefined && !hasNote) {
      at([...here, 'note'], `更正（corrects: ${corrects}）需要 note 说明原数字错在哪里`, `a correction (corrects: ${corrects}) needs a note saying what was wrong`, {
        zh: '例如 "note": "6月数字含重复统计，更正为35个"',
        en: 'for example "note": "the June figure counted some points twice; corrected to 35"',
      });
    }
    if (number !== undefined && target.value !== undefined && target.value > 0 && number > 2 * target.value && !hasNote) {
      at([...here, 'value'], `数字 ${number} 超过${against.zh} 的两倍，需要 note 说明（是否多打了一位？）`, `the figure ${number} is more than twice ${against.en}: it needs a note explaining it (a digit too many?)`);
    }
    if (number !== undefined && asOf !== undefined && corrects === undefined && !hasNote) {
      const earlier = (context.figures?.get(`${planId}/${targetId}`) ?? []).filter((f) => f.asOf < asOf).at(-1);
      if (earlier && fallsBelow(ruleOf(target), earlier.value, number)) {
        at([...here, 'value'], `累计数 ${number} 低于截至 ${earlier.asOf} 的 ${earlier.value}：累计数不会下降；如是更正请填写 corrects 和 note，否则用 note 说明原因`, `the cumulative figure ${number} is below ${earlier.value} as of ${earlier.asOf}: a cumulative figure does not fall; if this corrects it, give corrects and a note, otherwise a note explaining why`);
      }
    }
    if (corrects !== undefined && asOf !== undefined) {
      const corrected = reportTargets.get(`${planId}/${corrects}`);
      if (corrects >= asOf) at([...here, 'corrects'], '只能更正更早的报告', 'only an earlier report can be corrected');
      else if (!corrected) at([...here, 'corrects'], `没有截至 ${corrects} 的报告可供更正`, `there is no report as of ${corrects} to correct`);
      else if (!corrected.has(targetId)) at([...here, 'corrects'], `截至 ${corrects} 的报告中没有指标 ${targetId}`, `the report as of ${corrects} has no figure for ${targetId}`);
    }
  });
}

/** Refuses a status word the vocabulary does not hold, naming the known words and where to add one. */
function checkReportedStatus(word: string | undefined, path: FieldPath, subject: string, vocabulary: StatusVocabulary | undefined, at: (path: FieldPath, zh: string, en: string, hint?: Problem['hint']) => void): void {
  if (word === undefined || vocabulary === undefined || vocabulary.unreadable) return;
  const of = subject === 'summary' ? { zh: '进度汇总', en: 'the summary' } : { zh: `指标 ${subject} `, en: `target ${subject}` };
  if (vocabulary.missing) {
    at(path, `${of.zh}的进度用语“${word}”无法核对：缺少用语表 ${STATUS_WORDS_FILE}`, `the status word “${word}” of ${of.en} cannot be checked: the vocabulary ${STATUS_WORDS_FILE} is missing`, {
      zh: `新建 ${STATUS_WORDS_FILE}，每行一个 { "word": "用语", "status": "本站状态" }`,
      en: `create ${STATUS_WORDS_FILE} with one { "word": "…", "status": "…" } per word`,
    });
    return;
  }
  if (vocabulary.has(word.trim())) return;
  const known = [...vocabulary.keys()];
  const near = didYouMean(word.trim(), known);
  at(
    path,
    `${of.zh}的进度用语“${word}”不在用语表中；已知用语：${known.join('、')}`,
    `the status word “${word}” of ${of.en} is not in the vocabulary; known words: ${known.join(', ')}`,
    {
      zh: `${near ? `${near.zh} ` : ''}照来源逐字填写；确是新用语时，在 ${STATUS_WORDS_FILE} 中加一行 { "word": "${word.trim()}", "status": "…" }（status 为本站状态，如 on-track、behind、completed）`,
      en: `${near ? `${near.en} ` : ''}write it as the source does; if it is a new word, add { "word": "${word.trim()}", "status": "…" } to ${STATUS_WORDS_FILE} (status on this site’s scale, e.g. on-track, behind, completed)`,
    },
  );
}
