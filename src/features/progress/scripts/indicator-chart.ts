// <indicator-chart>: waits until the figure scrolls into view, then loads Chart.js and draws
// the table's figures as a line chart. The table stays; without JavaScript it is all there is.
import { LazyChart } from './lazy-chart.ts';

class IndicatorChart extends LazyChart {
  protected async draw() {
    const { drawIndicatorChart } = await import('./chart-render.ts');
    drawIndicatorChart(this);
  }
}

customElements.define('indicator-chart', IndicatorChart);
