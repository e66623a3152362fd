import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { BarChartSpec } from '../lib/charts/chart-spec.ts';
import { CHART_COLOURS, baseOptions, isRtl } from './chart-theme.ts';

// Only the chart.js parts a horizontal bar chart uses (no chart.js/auto).
Chart.register(BarController, BarElement, LinearScale, CategoryScale, Tooltip);

/** Draws horizontal bars (shares in % or counts); each bar's label names what it is, so colour carries nothing. */
export function drawBars(canvas: HTMLCanvasElement, spec: BarChartSpec): Chart<'bar'> {
  const rtl = isRtl(canvas);
  return new Chart<'bar'>(canvas, {
    type: 'bar',
    data: { labels: spec.labels, datasets: [{ label: spec.name, data: spec.values, backgroundColor: CHART_COLOURS.actual }] },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, reverse: rtl, ticks: { callback: (value) => `${value}${spec.unit}` } }, y: { position: rtl ? 'right' : 'left' } },
      plugins: {
        legend: { display: false },
        tooltip: { rtl, callbacks: { label: (item) => `${spec.name}${spec.colon}${item.formattedValue}${spec.unit}`, afterLabel: (item) => spec.notes[item.dataIndex] ?? '' } },
      },
    },
  });
}
