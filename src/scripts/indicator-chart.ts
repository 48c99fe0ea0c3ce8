// <indicator-chart>: waits until the figure scrolls into view, then loads Chart.js and draws
// the table's figures as a line chart. The table stays; without JavaScript it is all there is.
class IndicatorChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    if (!('IntersectionObserver' in window)) return void this.#draw();
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      void this.#draw();
    });
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  async #draw() {
    const { drawIndicatorChart } = await import('./chart-render.ts');
    drawIndicatorChart(this);
  }
}

customElements.define('indicator-chart', IndicatorChart);
