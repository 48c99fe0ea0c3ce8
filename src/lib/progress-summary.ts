import { ui } from '../i18n/ui.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { formatNumber, formatValue } from './format.ts';
import type { IndicatorProgress, SeriesPoint } from './series.ts';

/** A point's figure as readers see it: "62,5%", "Đang triển khai" or "chưa có số liệu". */
export function pointText(point: Pick<SeriesPoint, 'value' | 'state'> | undefined, indicator: Pick<Indicator, 'unit'>): string {
  if (point?.value != null) return formatValue(point.value, indicator.unit);
  if (point?.state != null) return ui.progress.states[point.state];
  return ui.progress.noData;
}

const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;

/** One plain sentence saying where an indicator stands and why it has its status. */
export function progressSummary({ indicator, progress, latest }: IndicatorProgress): string {
  const goal = `mục tiêu năm ${indicator.target.year} là ${indicator.target.text}`;
  const label = ui.progress.status[progress.status].label.toLowerCase();
  if (indicator.kind === 'qualitative') {
    return latest ? `Năm ${latest.year}: ${pointText(latest, indicator).toLowerCase()}; ${goal}.` : `Chưa có đánh giá; ${goal}.`;
  }
  const { baseline, covered, elapsed } = progress;
  const now = progress.latest;
  if (!now || !baseline) return `Chưa có số liệu; ${goal}.`;
  const value = (v: number) => formatValue(v, indicator.unit);
  if (progress.status === 'achieved') return `Năm ${now.year}: ${value(now.value)}, đã đạt ${goal}.`;
  if (now.year === baseline.year) return `Mới có số liệu năm ${now.year} (${value(now.value)}), chưa đủ hai kỳ để đánh giá tiến độ; ${goal}.`;
  const from = `Năm ${now.year}: ${value(now.value)}, so với ${value(baseline.value)} năm ${baseline.year}`;
  if (progress.status === 'regressing') return `${from}: xa mục tiêu hơn, tức là đi lùi; ${goal}.`;
  if (covered === undefined || elapsed === undefined) return `${from}; ${goal}: ${label}.`;
  return `${from}: đã đi được ${percent(covered)} quãng đường tới mục tiêu ${indicator.target.text} trong ${percent(elapsed)} thời gian đến năm ${indicator.target.year}, nên ${label}.`;
}
