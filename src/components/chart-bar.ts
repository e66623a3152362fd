import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { BarChartSpec } from '../lib/chart-spec.ts';
import { CHART_COLOURS, baseOptions } from './chart-theme.ts';

// Only the chart.js parts a horizontal bar chart uses (no chart.js/auto).
Chart.register(BarController, BarElement, LinearScale, CategoryScale, Tooltip);

/** Draws horizontal bars (shares in % or counts); each bar's label names what it is, so colour carries nothing. */
export function drawBars(canvas: HTMLCanvasElement, spec: BarChartSpec): Chart<'bar'> {
  return new Chart<'bar'>(canvas, {
    type: 'bar',
    data: { labels: spec.labels, datasets: [{ label: spec.name, data: spec.values, backgroundColor: CHART_COLOURS.actual }] },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      scales: { x: { beginAtZero: true, ticks: { callback: (value) => `${value}${spec.unit}` } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${spec.name}：${item.formattedValue}${spec.unit}`, afterLabel: (item) => spec.notes[item.dataIndex] ?? '' } },
      },
    },
  });
}
