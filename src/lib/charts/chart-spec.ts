import type { Dictionary } from '../../i18n/dictionary.ts';
import { formatDate, formatPercent, formatQuantity, formatShare, unitName } from '../web/format.ts';
import type { ProgressBar, ProgressSeries } from '../model/series.ts';
import type { Status } from '../model/status.ts';

/**
 * What the browser needs to draw a chart, and the same numbers as a table. Built on the server:
 * the browser receives finished labels and values and never recomputes anything.
 */

/** Okabe–Ito colours, safe for colour-blind readers; series also differ by line style and marker. */
export const CHART_COLOURS = { actual: '#0072B2', expected: '#D55E00', target: '#000000' } as const;

/** A line chart of a target's reported figures against its target and schedule lines. */
export interface ProgressChartSpec {
  type: 'progress';
  /** Appended to axis numbers, in the page's language: "户" in Chinese, " households" in English. */
  unit: string;
  labels: string[];
  series: { actual: string; expected: string; target: string };
  actual: (number | null)[];
  /** Schedule line (序时), or null when it does not apply. */
  expected: (number | null)[] | null;
  /** The target in force at each label, or null when no target is known. */
  target: (number | null)[] | null;
  /** Whether an approved adjustment changed the target, so its line steps (held until the date it changed). */
  stepped: boolean;
  /** A tooltip line per label: as-of date and source. */
  notes: string[];
}

/** A horizontal bar chart of shares (progress in %) or counts. */
export interface BarChartSpec {
  type: 'bars';
  unit: string;
  labels: string[];
  values: number[];
  name: string;
  /** Between the series name and a value in tooltips: "：" or ": ". */
  colon: string;
  /** A tooltip line per bar (e.g. its status), since colour alone never carries meaning. */
  notes: string[];
}

export type ChartSpec = ProgressChartSpec | BarChartSpec;

/** A data table: column headers, then rows whose first cell is the row header. */
export interface DataTable {
  columns: string[];
  rows: string[][];
  /** The content's own words in the cells (sources' and approvals' titles), for marking their language. */
  originals?: string[];
  /**
   * Indexes (into columns) of columns that say the same in every row as the page already does (a
   * target that never changed): a narrow screen leaves them out of the folded list.
   */
  repeated?: number[];
}

/** Rounds a schedule figure as its target is written: whole numbers for whole targets, else one decimal. */
function roundLike(value: number, target: number | null): number {
  return target !== null && Number.isInteger(target) ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * A target's progress chart and its table. The first label is the period start, where the schedule
 * starts at 0. Each date is drawn against the target in force then: an approved adjustment gets its
 * own date on the axis (unless a report shares it), where the target line steps, and its own table
 * row naming the change and the approving document.
 */
export function progressChart(series: ProgressSeries, t: Dictionary): { spec: ProgressChartSpec; table: DataTable } {
  const withStart = series.scheduled;
  type Point = ProgressSeries['points'][number];
  type Change = ProgressSeries['adjustments'][number];
  // Readings and adjustments in date order; an adjustment comes before a reading of the same date, which it governs.
  type Event = { date: string; point: Point; change?: undefined } | { date: string; point?: undefined; change: Change };
  const events: Event[] = [
    ...series.adjustments.map((change): Event => ({ change, date: change.effective })),
    ...series.points.map((point): Event => ({ point, date: point.asOf })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.change ? -1 : 1));
  // On the chart an adjustment needs a date of its own only where no report (or the period start) has that date.
  const taken = new Set([...(withStart ? [series.start] : []), ...series.points.map((p) => p.asOf)]);
  const drawn = events.filter((e) => e.point || !taken.has(e.date));
  const sourceNote = (title: string) => t.punct.labelled(t.chart.source, title);
  // A figure the site derived from a completion rate says so wherever it is shown.
  const derivedNote = (p: Point) => (p.derivedFromRate !== undefined ? t.punct.paren(t.reported.derived(formatPercent(p.derivedFromRate, t))) : '');
  const quantity = (value: number | null) => (value === null ? t.table.none : formatQuantity(value, series.unit, t));
  const stepped = series.adjustments.length > 0;
  const spec: ProgressChartSpec = {
    type: 'progress',
    unit: t.numbers.quantity('', unitName(series.unit, t)),
    labels: [...(withStart ? [formatDate(series.start, t)] : []), ...drawn.map((e) => formatDate(e.date, t))],
    series: { actual: series.scheduled ? t.chart.actual : t.chart.reported, expected: t.chart.expected, target: t.chart.target },
    actual: [...(withStart ? [null] : []), ...drawn.map((e) => e.point?.value ?? null)],
    // The schedule restarts from the adjusted terms, so it breaks (null) at an adjustment's own date.
    expected: series.scheduled ? [0, ...drawn.map((e) => (e.point ? roundLike(e.point.expected ?? 0, e.point.target) : null))] : null,
    target: series.target === null ? null : [...(withStart ? [series.startTarget] : []), ...drawn.map((e) => (e.point ? e.point.target : e.change.value))],
    stepped,
    notes: [...(withStart ? [''] : []), ...drawn.map((e) => (e.point ? sourceNote(e.point.source.title) + derivedNote(e.point) : t.punct.labelled(t.adjust.approval, e.change.approval)))],
  };
  const columns = [t.chart.date, spec.series.actual, ...(series.scheduled ? [t.chart.expected] : []), ...(series.target !== null ? [t.chart.target] : []), t.chart.source];
  const rows = events.map(({ point: p, change }) =>
    p
      ? [
          formatDate(p.asOf, t),
          formatQuantity(p.value, series.unit, t) + derivedNote(p) + (p.corrects ? t.punct.paren(t.target.correction(formatDate(p.corrects, t))) : p.revisedDown ? t.punct.paren(t.chart.revised) : ''),
          ...(series.scheduled ? [quantity(p.expected === null ? null : roundLike(p.expected, p.target))] : []),
          ...(series.target !== null ? [quantity(p.target) + (stepped && p.target !== series.startTarget ? t.punct.paren(t.adjust.tableFlag) : '')] : []),
          p.source.title,
        ]
      : [
          formatDate(change.effective, t),
          t.table.none,
          ...(series.scheduled ? [t.table.none] : []),
          ...(series.target !== null ? [t.adjust.valueChange(quantity(change.previous), quantity(change.value))] : []),
          t.punct.labelled(t.adjust.approval, change.approval),
        ],
  );
  // The target column repeats the target the page states, unless an adjustment changed it.
  const repeated = series.target !== null && !stepped ? [columns.indexOf(t.chart.target)] : [];
  return { spec, table: { columns, rows, repeated, originals: [...series.points.map((p) => p.source.title), ...series.adjustments.map((a) => a.approval)] } };
}

/** A bar chart of progress shares, with each bar's status as text. */
export function shareBarsChart(bars: readonly ProgressBar[], label: string, t: Dictionary): { spec: BarChartSpec; table: DataTable } {
  return {
    spec: {
      type: 'bars',
      unit: '%',
      labels: bars.map((b) => b.label),
      values: bars.map((b) => Math.round(b.share * 1000) / 10),
      name: t.chart.share,
      colon: t.punct.colon,
      notes: bars.map((b) => t.punct.labelled(t.chart.status, t.status[b.status])),
    },
    table: { columns: [label, t.chart.share, t.chart.status], rows: bars.map((b) => [b.label, formatShare(b.share, t), t.status[b.status]]) },
  };
}

/** A bar chart of how many targets are in each status. */
export function statusCountChart(counts: readonly { status: Status; count: number }[], t: Dictionary): { spec: BarChartSpec; table: DataTable } {
  return {
    spec: {
      type: 'bars',
      unit: '',
      labels: counts.map((c) => t.status[c.status]),
      values: counts.map((c) => c.count),
      colon: t.punct.colon,
      name: t.chart.count,
      notes: counts.map(() => ''),
    },
    table: { columns: [t.chart.status, t.chart.count], rows: counts.map((c) => [t.status[c.status], String(c.count)]) },
  };
}
