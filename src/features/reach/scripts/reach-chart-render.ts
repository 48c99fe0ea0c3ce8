// Draws a <reach-chart>'s table as a Chart.js bar chart; only the parts used are registered.
import { formatNumber } from '../../../shared/lib/format.ts';
import { baseChartOptions, chartCanvas } from '../../progress/scripts/lazy-chart.ts';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartOptions } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** Colours from the page's CSS, so the chart follows the light or dark scheme. */
function palette(host: HTMLElement) {
  const css = getComputedStyle(host);
  const read = (name: string) => css.getPropertyValue(name).trim();
  return { series: read('--chart-series'), grid: read('--border'), text: read('--text') };
}

function options(host: HTMLElement): ChartOptions<'bar'> {
  const colours = palette(host);
  return {
    ...baseChartOptions(),
    color: colours.text,
    scales: {
      x: { ticks: { color: colours.text }, grid: { color: colours.grid } },
      y: { beginAtZero: true, ticks: { color: colours.text, callback: (value) => formatNumber(Number(value), 0) }, grid: { color: colours.grid } },
    },
  };
}

/** Draws the bars into the host's slot, from the rows that carry a value. */
export function drawReachChart(host: HTMLElement): void {
  const slot = host.querySelector<HTMLElement>('[data-chart-slot]');
  const rows = [...host.querySelectorAll<HTMLTableRowElement>('tr[data-month][data-value]')];
  if (!slot || rows.length === 0) return;
  const { box, canvas } = chartCanvas(host);
  slot.append(box);
  slot.hidden = false;
  const data = () => ({
    labels: rows.map((row) => row.dataset.month ?? ''),
    datasets: [{ label: host.dataset.label ?? '', data: rows.map((row) => Number(row.dataset.value)), backgroundColor: palette(host).series }],
  });
  const chart = new Chart(canvas, { type: 'bar', data: data(), options: options(host) });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.data = data();
    chart.options = options(host);
    chart.update('none');
  });
}
