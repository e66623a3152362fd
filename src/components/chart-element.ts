/**
 * <progress-chart data-chart="{…}">: draws a chart.js chart from a finished spec once the element
 * nears the viewport. chart.js itself is loaded only then (a separate chunk), and only on pages
 * that have a chart. Without JavaScript the element is never defined and CSS hides its canvas; the
 * figure's summary and table carry the same numbers.
 */
import type { ChartSpec } from '../lib/chart-spec.ts';

class ProgressChart extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.draw();
      },
      { rootMargin: '300px' },
    );
    observer.observe(this);
  }

  private async draw(): Promise<void> {
    const canvas = this.querySelector('canvas');
    const spec = this.dataset.chart;
    if (!canvas || !spec) return;
    const parsed = JSON.parse(spec) as ChartSpec;
    // Each chart type is its own chunk: a target page never loads bar-chart code, nor the home page line-chart code.
    if (parsed.type === 'progress') (await import('./chart-line.ts')).drawProgress(canvas, parsed);
    else (await import('./chart-bar.ts')).drawBars(canvas, parsed);
    this.dataset.drawn = '';
  }
}

customElements.define('progress-chart', ProgressChart);
