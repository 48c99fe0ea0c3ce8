// <reach-chart>: once in view, draws the table's monthly page views as a bar chart above it.
// Months shown as "<10" are left off the chart (their row says so). Without JavaScript: the table.
import { LazyChart } from '../../progress/scripts/lazy-chart.ts';

class ReachChart extends LazyChart {
  protected async draw() {
    if (!this.querySelector('[data-chart-slot]')) return;
    const { drawReachChart } = await import('./reach-chart-render.ts');
    drawReachChart(this);
  }
}

customElements.define('reach-chart', ReachChart);
