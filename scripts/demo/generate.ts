import { createHash } from 'node:crypto';
import type { Adjustment } from '../../src/schemas/adjustment.ts';
import type { County } from '../../src/schemas/county.ts';
import type { Plan, Reporting } from '../../src/schemas/plan.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { MilestoneState, Report, ReportEntry } from '../../src/schemas/report.ts';
import type { Target } from '../../src/schemas/target.ts';
import { minimalPdf } from './pdf.ts';

/**
 * Synthetic monthly progress reports for a plan's real targets, for demos, screenshots and tests.
 * Deterministic: the same plan gives the same reports, byte for byte. The figures are invented and
 * every report says so; they never go into content/.
 */

/** A small seeded PRNG (mulberry32), so demo data is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Month-end dates of a year. */
function monthEnds(year: number): string[] {
  return Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(year, m + 1, 0)).toISOString().slice(0, 10));
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Pace of a cumulative target relative to the time-proportional schedule, by profile. */
const PACES = [1.25, 1.0, 0.7, 1.05, 0.85, 1.4] as const;

/** A milestone's state month by month, by profile: met mid-year, met late, partly met, never done. */
const MILESTONE_PATHS: ((month: number) => MilestoneState)[] = [
  (m) => (m < 3 ? 'planned' : m < 6 ? 'partially-met' : 'met'),
  (m) => (m < 8 ? 'planned' : m < 11 ? 'partially-met' : 'met'),
  (m) => (m < 4 ? 'planned' : 'partially-met'),
  (m) => (m < 10 ? 'planned' : 'not-met'),
];

/** The demo's chosen special cases, by target id. */
export const DEMO_CASES = {
  /** Reported lower in July than in June, without a correction note: shown as a revision. */
  revisedDown: 'elderly-meal-points',
  /** September's report corrects August's figure. */
  corrected: 'teeth-fluoride',
  /** Targets with a county breakdown. */
  breakdown: ['elderly-care-centres', 'teeth-fluoride', 'disabled-home-accessibility'],
  /** Its target is lowered from 2500间 to 1800间 with (invented) approval, effective mid-July. */
  adjusted: 'classroom-lighting-upgrade',
  /** The report whose source carries an attachment (a small PDF). */
  attachmentAsOf: '06-30',
  /** Reports are due monthly; the December report is left out, so it is overdue once January's due day passes. */
  missingMonth: 12,
  /** Falls behind schedule while every report calls it 按序时推进: the word and the figures disagree. */
  disagreement: 'roads-safety-works',
  /** Ahead of schedule and reported as 超序时: a word that agrees with the figures. */
  agreeingWord: 'jobs-unemployed-reemployed',
  /** Reported as a completion rate only (% of the annual target), never as a figure: the site derives it. */
  rateOnly: 'elderly-home-adaptation',
  /** Reported with a status word only, never a figure: 按进度推进, then 已完成 from November. */
  wordOnly: 'culture-grassroots-performances',
  /** Months (0 = January) whose report carries the source's own summary of the whole plan by status. */
  summaryMonths: [5, 11],
} as const;

/** The demo plan's (invented) reporting cadence: monthly, due ten days after each month. */
export const DEMO_REPORTING: Reporting = {
  cadence: 'monthly',
  dueDays: 10,
  to: '演示：州人民政府督查室（虚构）',
  source: {
    title: '演示数据：进度报送要求（虚构）',
    issuer: '演示数据生成器（scripts/demo/generate.ts）',
    date: null,
    reference: 'DEMO-REPORTING',
    quote: '演示：各牵头单位每月10日前报送上月进度（虚构，非真实文件）',
  },
};

/** The demo's attachment: a one-page PDF saying it is synthetic, and where it is archived. */
export function demoAttachment(year: number): { path: string; bytes: Buffer; name: string } {
  const bytes = minimalPdf([
    'DEMO DATA - NOT REAL PROGRESS',
    `Synthetic attachment to the demo progress report as of ${year}-${DEMO_CASES.attachmentAsOf}.`,
    'Written by scripts/demo/generate.ts for demos and tests only.',
  ]);
  return { path: `sources/demo-${year}-${DEMO_CASES.attachmentAsOf}-progress.pdf`, bytes, name: `演示附件：${year}年6月进度表（虚构）.pdf` };
}

/** The demo's (invented) target adjustments: one, lowering a target with an invented approval. */
export function generateDemoAdjustments(plan: Plan): Adjustment[] {
  return [
    {
      plan: plan.id,
      target: DEMO_CASES.adjusted,
      effective: `${plan.year}-07-15`,
      published: `${plan.year}-07-20`,
      value: 1800,
      written: '1800间',
      reason: '演示：部分学校并校撤点，需改造的教室减少（虚构）',
      approval: {
        title: '演示数据：关于调整民生实事节点目标的批复（虚构）',
        issuer: '演示：州人民政府',
        date: `${plan.year}-07-12`,
        reference: 'DEMO-ADJ-001',
      },
    },
  ];
}

/** Splits a total across places in fixed proportions, whole numbers adding up to the total. */
function split(total: number, places: readonly string[], weights: readonly number[]): { county: string; value: number }[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = places.map((county, i) => ({ county, value: Math.floor((total * weights[i]) / sum) }));
  parts[0].value += total - parts.reduce((a, p) => a + p.value, 0);
  return parts;
}

/** Monthly synthetic reports for every target of a plan, January to December of its year. */
export function generateDemoReports(plan: Plan, projects: readonly Project[], counties: readonly County[]): Report[] {
  const next = random(20240101);
  const targets: Target[] = projects.filter((p) => p.plan === plan.id).flatMap((p) => p.subItems.flatMap((s) => s.targets));
  const countyLevel = counties.filter((c) => c.kind !== 'prefecture-level' && c.kind !== 'bingtuan').map((c) => c.id);
  const weights = countyLevel.map(() => 1 + Math.floor(next() * 4));
  const dates = monthEnds(plan.year);
  const previous = new Map<string, number>();
  const attachment = demoAttachment(plan.year);

  const reports = dates.map((asOf, month): Report => {
    const elapsed = (month + 1) / 12;
    const entries = targets.flatMap((target, index): ReportEntry[] => {
      const note = '演示数据，非真实进度';
      if (target.kind === 'milestone') {
        return [{ target: target.id, state: MILESTONE_PATHS[index % MILESTONE_PATHS.length](month), note }];
      }
      if (target.kind === 'ongoing') {
        return month % 3 === 2 ? [{ target: target.id, note: `演示：本季度开展相关工作${3 + Math.floor(next() * 10)}次` }] : [];
      }
      if (target.kind === 'external') {
        // An invented level near an invented set figure.
        const set = target.unit === '%' ? (target.direction === 'higher' ? 85 : 2) : 40;
        const wobble = (next() - 0.5) * (target.unit === '%' ? 6 : 8);
        return [{ target: target.id, value: Math.max(0, Math.round((set + wobble) * 10) / 10), setValue: set, note }];
      }
      if (target.id === DEMO_CASES.wordOnly) {
        return [{ target: target.id, reportedStatus: month >= 10 ? '已完成' : '按进度推进', note: '演示：来源只给出进度用语，未给出数字' }];
      }
      const goal = target.value ?? 0;
      if (target.measure === 'level') {
        const value = target.direction === 'lower' ? Math.max(0, Math.round(6 * (1 - elapsed) - next() * 2)) : Math.round((goal - 8 + elapsed * 10 + next() * 2) * 10) / 10;
        return [{ target: target.id, value: target.unit === '%' ? Math.min(100, value) : value, note }];
      }
      const pace = target.id === DEMO_CASES.disagreement ? 0.7 : PACES[index % PACES.length];
      let value = Math.min(goal * 1.1, Math.round(goal * Math.min(1.1, pace * elapsed * (0.95 + next() * 0.1))));
      if (target.unit === '%') value = Math.min(100, value);
      const before = previous.get(target.id) ?? 0;
      const entry: ReportEntry = { target: target.id, value: Math.max(value, before), note };
      if (target.id === DEMO_CASES.revisedDown && month === 6) {
        entry.value = Math.round(before * 0.9);
        entry.note = '演示：本月核减重复统计的服务点，累计数下调';
      }
      if (target.id === DEMO_CASES.corrected && month === 8) {
        entry.corrects = dates[7];
        entry.note = `演示：更正${dates[7]}报告中的数字`;
      }
      if (target.id === DEMO_CASES.disagreement) entry.reportedStatus = '按序时推进';
      if (target.id === DEMO_CASES.agreeingWord) entry.reportedStatus = '超序时';
      if (target.id === DEMO_CASES.rateOnly) {
        // The source states a share of the annual target to one decimal, and no figure.
        const rate = Math.round((entry.value! / goal) * 1000) / 10;
        previous.set(target.id, entry.value!);
        return [{ target: target.id, reportedRate: rate, note: '演示：来源只给出完成率，数字由本站推算' }];
      }
      if ((DEMO_CASES.breakdown as readonly string[]).includes(target.id)) {
        entry.breakdown = target.allocation
          ? split(entry.value!, target.allocation.map((a) => a.county), target.allocation.map((a) => a.value))
          : split(entry.value!, countyLevel, weights);
      }
      previous.set(target.id, entry.value!);
      return [entry];
    });
    return {
      plan: plan.id,
      asOf,
      published: addDays(asOf, 10),
      source: {
        title: `演示数据：${plan.year}年${month + 1}月进度（虚构）`,
        issuer: '演示数据生成器（scripts/demo/generate.ts）',
        date: addDays(asOf, 8),
        reference: `DEMO-${plan.year}-${String(month + 1).padStart(2, '0')}`,
        ...(asOf.endsWith(DEMO_CASES.attachmentAsOf)
          ? { attachments: [{ file: attachment.path, name: attachment.name, type: 'pdf' as const, size: attachment.bytes.length, sha256: createHash('sha256').update(attachment.bytes).digest('hex') }] }
          : {}),
      },
      note: '本报告由程序生成，所有数字均为虚构，仅用于演示和测试。',
      ...((DEMO_CASES.summaryMonths as readonly number[]).includes(month)
        ? {
            summary:
              month < 11
                ? { total: 10, counts: [{ word: '按序时推进', count: 8 }, { word: '滞后', count: 2 }], text: '演示：共10项实事，按序时推进8项，滞后2项' }
                : { total: 10, counts: [{ word: '已完成', count: 9 }, { word: '未完成', count: 1 }], text: '演示：共10项实事，已完成9项，未完成1项' },
          }
        : {}),
      entries,
    };
  });
  // The month left out is generated all the same, so the other months' figures do not change.
  return reports.filter((_, month) => month + 1 !== DEMO_CASES.missingMonth);
}
