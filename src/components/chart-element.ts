/**
 * <progress-chart data-chart="{…}">: draws a chart.js chart from a finished spec once the element
 * nears the viewport. chart.js itself is loaded only then (a separate chunk), and only on pages
 * that have a chart. Without JavaScript the element is never defined and CSS hides its canvas; the
 * figure's summary and table carry the same numbers.
 */
import type { ChartSpec } from '../lib/charts/chart-spec.ts';

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
    this.offerPng(canvas);
  }

  /** Shows the save button once there is a picture to save; the PNG gets a white background. */
  private offerPng(canvas: HTMLCanvasElement): void {
    const button = this.querySelector<HTMLButtonElement>('.chart__save');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, copy.width, copy.height);
      context.drawImage(canvas, 0, 0);
      const link = document.createElement('a');
      link.href = copy.toDataURL('image/png');
      link.download = button.dataset.filename ?? 'chart.png';
      link.click();
    });
  }
}

customElements.define('progress-chart', ProgressChart);
