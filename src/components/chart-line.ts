import { CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ProgressChartSpec } from '../lib/charts/chart-spec.ts';
import { CHART_COLOURS, baseOptions, isRtl } from './chart-theme.ts';

// Only the chart.js parts a line chart uses (no chart.js/auto); the legend is HTML beside the canvas.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

/** Draws a target's progress: reported figures (solid, circles), schedule (dotted, triangles), target (dashed). */
export function drawProgress(canvas: HTMLCanvasElement, spec: ProgressChartSpec): Chart<'line'> {
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    { label: spec.series.actual, data: spec.actual, borderColor: CHART_COLOURS.actual, backgroundColor: CHART_COLOURS.actual, borderWidth: 3, pointStyle: 'circle', pointRadius: 4, spanGaps: true },
  ];
  if (spec.expected) {
    datasets.push({ label: spec.series.expected, data: spec.expected, borderColor: CHART_COLOURS.expected, backgroundColor: CHART_COLOURS.expected, borderWidth: 2, borderDash: [2, 4], pointStyle: 'triangle', pointRadius: 5 });
  }
  if (spec.target !== null) {
    // Held at each label's figure until the next label: an adjusted target steps where it changed.
    datasets.push({ label: spec.series.target, data: spec.target, borderColor: CHART_COLOURS.target, backgroundColor: CHART_COLOURS.target, borderWidth: 2, borderDash: [8, 4], pointRadius: 0, stepped: spec.stepped ? 'before' : false });
  }
  const rtl = isRtl(canvas);
  return new Chart<'line'>(canvas, {
    type: 'line',
    data: { labels: spec.labels, datasets },
    options: {
      ...baseOptions(),
      // Mirrored, the last date label sits at the left edge, which chart.js does not pad for.
      layout: { padding: { left: rtl ? 32 : 0 } },
      scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { callback: (value) => `${value}${spec.unit}` } } },
      plugins: { legend: { display: false }, tooltip: { rtl, callbacks: { afterBody: (items) => spec.notes[items[0]?.dataIndex ?? 0] ?? '' } } },
    },
  });
}
