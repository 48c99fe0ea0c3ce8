import { ui } from '../../../i18n/ui.ts';
import type { Indicator } from '../../../schemas/indicator.ts';
import { formatDate } from '../../../shared/lib/dates.ts';
import { formatNumber, formatValue } from '../../../shared/lib/format.ts';
import { isIllustrative, namesPublisher } from './illustrative.ts';
import type { IndicatorProgress, SeriesPoint } from './series.ts';

/** A point's figure as readers see it: "62,5%", "Đang triển khai" or "chưa có số liệu"; an illustrative
 * figure always carries its label with it, "62,5% (minh họa)", wherever it is shown. */
export function pointText(point: (Pick<SeriesPoint, 'value' | 'state'> & { illustrative?: boolean }) | undefined, indicator: Pick<Indicator, 'unit'>): string {
  const label = point && isIllustrative([point]) ? ` (${ui.progress.illustrativeWord})` : '';
  if (point?.value != null) return `${formatValue(point.value, indicator.unit)}${label}`;
  if (point?.state != null) return `${ui.progress.states[point.state]}${label}`;
  return ui.progress.noData;
}

/** Who published a period's figures and when; an illustrative period names no publisher and no date. */
export function publicationText(point: Pick<SeriesPoint, 'illustrative' | 'value' | 'state' | 'published' | 'reportingUnit'>, unitName: (id: string) => string = (id) => id): string {
  if (!namesPublisher(point)) return ui.progress.illustrativePublisher;
  return `${unitName(point.reportingUnit)} công bố ngày ${formatDate(point.published)}`;
}

const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;

/** One plain sentence saying where an indicator stands and why it has its status. */
export function progressSummary({ indicator, progress, latest, series }: IndicatorProgress): string {
  const summary = plainSummary({ indicator, progress, latest, series });
  return isIllustrative(series) ? `${ui.progress.illustrative}. ${summary}` : summary;
}

function plainSummary({ indicator, progress, latest }: IndicatorProgress): string {
  const goal = indicator.target.year === null ? `mục tiêu là ${indicator.target.text} (Kế hoạch không nêu năm)` : `mục tiêu năm ${indicator.target.year} là ${indicator.target.text}`;
  const label = ui.progress.status[progress.status].label.toLowerCase();
  if (indicator.kind === 'qualitative') {
    return latest ? `Năm ${latest.year}: ${pointText({ value: latest.value, state: latest.state }, indicator).toLowerCase()}; ${goal}.` : `Chưa có đánh giá; ${goal}.`;
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
  return `${from}: đã đi được ${percent(covered)} quãng đường tới mục tiêu ${indicator.target.text} trong ${percent(elapsed)} thời gian đến năm ${indicator.target.year ?? 'cuối kỳ Kế hoạch'}, nên ${label}.`;
}
