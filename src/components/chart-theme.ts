import { Chart } from 'chart.js';

export { CHART_COLOURS } from '../lib/charts/chart-spec.ts';

/**
 * Options every chart shares: sized by its container, page fonts, numbers in the page's language, no
 * motion when the reader asks for none.
 */
export function baseOptions() {
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#0b0c0c';
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { responsive: true, maintainAspectRatio: false, locale: document.documentElement.lang, animation: still ? (false as const) : { duration: 400 } };
}

/** Whether the page reads right to left: charts then mirror (time and bars run from the right, values on the right). */
export function isRtl(canvas: HTMLCanvasElement): boolean {
  return getComputedStyle(canvas).direction === 'rtl';
}
