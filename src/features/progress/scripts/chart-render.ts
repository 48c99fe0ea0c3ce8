// Draws an <indicator-chart>'s table as a Chart.js line chart. Only the parts used are
// registered, so the bundle stays small; loaded on demand by indicator-chart.ts.
import { formatNumber } from '../../../shared/lib/format.ts';
import { baseChartOptions, chartCanvas } from './lazy-chart.ts';
import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartDataset, type ChartOptions, type Plugin } from 'chart.js';

// No Legend or Tooltip plugin: the legend is HTML beside the canvas and every value is in the table.
Chart.register(LineController, LineElement, PointElement, LinearScale);

type Point = { x: number; y: number };

/** The figures of the table rows that carry a value. */
function tablePoints(host: HTMLElement): Point[] {
  return [...host.querySelectorAll<HTMLTableRowElement>('tr[data-year][data-value]')].map((row) => ({
    x: Number(row.dataset.year),
    y: Number(row.dataset.value),
  }));
}

/** Chart colours from the page's CSS, so they follow the light or dark scheme. */
function palette(host: HTMLElement) {
  const css = getComputedStyle(host);
  const read = (name: string) => css.getPropertyValue(name).trim();
  return {
    series: read('--chart-series'),
    target: read('--chart-target'),
    path: read('--chart-path'),
    grid: read('--border'),
    text: read('--text'),
    background: read('--bg'),
  };
}

/** Paints the background, so a saved PNG is readable on any viewer, and writes the chart's caveat (e.g. "illustrative") on it. */
const background: Plugin<'line'> = {
  id: 'background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = palette(chart.canvas).background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
  afterDraw(chart) {
    const caveat = chart.canvas.closest<HTMLElement>('indicator-chart')?.dataset.caveat;
    if (!caveat) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = palette(chart.canvas).text;
    ctx.font = 'bold 13px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    ctx.fillText(caveat, 4, 2, chart.width - 8);
    ctx.restore();
  },
};

function datasets(host: HTMLElement, points: Point[]): ChartDataset<'line', Point[]>[] {
  const colours = palette(host);
  const target = Number(host.dataset.target);
  const targetYear = Number(host.dataset.targetYear);
  const first = points[0];
  // The straight path starts at the baseline, unless the baseline already meets the target.
  const pathStart = host.dataset.pathYear ? { x: Number(host.dataset.pathYear), y: Number(host.dataset.pathValue) } : undefined;
  const line = { pointRadius: 0, borderWidth: 2, pointHoverRadius: 0 };
  return [
    { data: points, borderColor: colours.series, backgroundColor: colours.series, borderWidth: 3, pointRadius: 5, pointStyle: 'circle' },
    {
      data: [
        { x: first?.x ?? targetYear, y: target },
        { x: targetYear, y: target },
      ],
      borderColor: colours.target,
      backgroundColor: colours.target,
      borderDash: [10, 5],
      ...line,
    },
    ...(pathStart
      ? [{ data: [pathStart, { x: targetYear, y: target }], borderColor: colours.path, backgroundColor: colours.path, borderDash: [3, 4], ...line }]
      : []),
  ];
}

function saveButton(host: HTMLElement, canvas: HTMLCanvasElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = host.dataset.saveLabel ?? 'PNG';
  button.addEventListener('click', () => {
    canvas.toBlob((blob) => {
      if (!blob) return;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `chi-tieu-${host.dataset.id ?? 'bieu-do'}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    }, 'image/png');
  });
  return button;
}

/** Axes, legend and tooltips, in the page's current colours; no animation for readers who ask for less motion. */
function chartOptions(host: HTMLElement, points: Point[]): ChartOptions<'line'> {
  const colours = palette(host);
  const years = [...points.map((p) => p.x), Number(host.dataset.targetYear)];
  const unit = host.dataset.unit ?? '';
  return {
    ...baseChartOptions(),
    layout: { padding: { top: host.dataset.caveat ? 30 : 8 } },
    color: colours.text,
    scales: {
      x: {
        type: 'linear',
        min: Math.min(...years),
        max: Math.max(...years),
        ticks: { stepSize: 1, color: colours.text, callback: (value) => String(value) },
        grid: { color: colours.grid },
      },
      y: {
        ticks: { color: colours.text, callback: (value) => `${formatNumber(Number(value))}${unit === '%' ? '%' : ''}` },
        title: { display: unit !== '' && unit !== '%', text: unit, color: colours.text },
        grid: { color: colours.grid },
      },
    },
  };
}

/** Draws the chart into the host's slot and adds the "save as PNG" button. */
export function drawIndicatorChart(host: HTMLElement): void {
  const slot = host.querySelector<HTMLElement>('[data-chart-slot]');
  const points = tablePoints(host);
  if (!slot || points.length === 0) return;
  const { box, canvas } = chartCanvas(host);
  slot.querySelector('.chart__legend')?.before(box);
  slot.append(saveButton(host, canvas));
  slot.hidden = false;

  const chart = new Chart(canvas, { type: 'line', data: { datasets: datasets(host, points) }, plugins: [background], options: chartOptions(host, points) });
  // Follow a change of light or dark scheme while the page is open.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.data.datasets = datasets(host, points);
    chart.options = chartOptions(host, points);
    chart.update('none');
  });
}
