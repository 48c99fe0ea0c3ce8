// What every chart element shares: draw only once the figure scrolls into view (Chart.js is then
// loaded on demand), and a canvas described for screen readers by the host's data-summary.

/** A custom element that calls draw() the first time it is in view. */
export abstract class LazyChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  protected abstract draw(): Promise<void>;

  connectedCallback() {
    if (!('IntersectionObserver' in window)) return void this.draw();
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      void this.draw();
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

/** A canvas in its sized box, labelled with the host's summary of what the chart shows. */
export function chartCanvas(host: HTMLElement): { box: HTMLDivElement; canvas: HTMLCanvasElement } {
  const box = document.createElement('div');
  box.className = 'chart__canvas';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', host.dataset.summary ?? '');
  box.append(canvas);
  return { box, canvas };
}

/** Options every chart shares: sized by its box, still for readers who ask for less motion, no hover (every value is in the table). */
export const baseChartOptions = () => ({
  responsive: true,
  maintainAspectRatio: false,
  animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? (false as const) : { duration: 400 },
  locale: 'vi-VN',
  events: [] as never[],
});
