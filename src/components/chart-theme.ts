import { Chart } from 'chart.js';

export { CHART_COLOURS } from '../lib/chart-spec.ts';

/** Options every chart shares: sized by its container, page fonts, no motion when the reader asks for none. */
export function baseOptions() {
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#0b0c0c';
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { responsive: true, maintainAspectRatio: false, animation: still ? (false as const) : { duration: 400 } };
}
