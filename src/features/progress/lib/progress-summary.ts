import { t } from '../../../i18n/t.ts';
import { ui } from '../../../i18n/ui.ts';
import type { Indicator } from '../../../schemas/indicator.ts';
import { formatDate } from '../../../shared/lib/dates.ts';
import { formatNumber, formatValue } from '../../../shared/lib/format.ts';
import { isIllustrative, markedIllustrative, namesPublisher } from './illustrative.ts';
import type { IndicatorProgress, SeriesPoint } from './series.ts';

/** A point's figure as readers see it: "62,5%", "Đang triển khai" or "chưa có số liệu"; an illustrative
 * figure always carries its label with it, "62,5% (minh họa)", wherever it is shown. */
export function pointText(point: (Pick<SeriesPoint, 'value' | 'state'> & { illustrative?: boolean }) | undefined, indicator: Pick<Indicator, 'unit'>): string {
  const illustrative = point !== undefined && isIllustrative([point]);
  if (point?.value != null) return markedIllustrative(formatValue(point.value, indicator.unit), illustrative);
  if (point?.state != null) return markedIllustrative(ui.progress.states[point.state], illustrative);
  return ui.progress.noData;
}

/** Who published a period's figures and when; an illustrative period names no publisher and no date. */
export function publicationText(
  point: Pick<SeriesPoint, 'illustrative' | 'value' | 'state' | 'published' | 'reportingUnit'>,
  unitName: (id: string) => string = (id) => id,
): string {
  if (!namesPublisher(point)) return ui.progress.illustrativePublisher;
  return t(ui.progress.publishedBy, { unit: unitName(point.reportingUnit), date: formatDate(point.published) });
}

const percent = (share: number) => `${formatNumber(Math.round(share * 100))}%`;

/** One plain sentence saying where an indicator stands and why it has its status. */
export function progressSummary({ indicator, progress, latest, series }: IndicatorProgress): string {
  const summary = plainSummary({ indicator, progress, latest, series });
  return isIllustrative(series) ? `${ui.progress.illustrative}. ${summary}` : summary;
}

function plainSummary({ indicator, progress, latest }: IndicatorProgress): string {
  const s = ui.progress.summary;
  const { year, text: target } = indicator.target;
  const goal = year === null ? t(s.goalNoYear, { target }) : t(s.goal, { year, target });
  const status = ui.progress.status[progress.status].label.toLowerCase();
  if (indicator.kind === 'qualitative') {
    return latest
      ? t(s.assessed, { year: latest.year, state: pointText({ value: latest.value, state: latest.state }, indicator).toLowerCase(), goal })
      : t(s.notAssessed, { goal });
  }
  const { baseline, covered, elapsed } = progress;
  const now = progress.latest;
  if (!now || !baseline) return t(s.noData, { goal });
  const value = (v: number) => formatValue(v, indicator.unit);
  if (progress.status === 'achieved') return t(s.achieved, { year: now.year, value: value(now.value), goal });
  if (now.year === baseline.year) return t(s.onePeriod, { year: now.year, value: value(now.value), goal });
  const from = t(s.from, { year: now.year, value: value(now.value), baseline: value(baseline.value), baselineYear: baseline.year });
  if (progress.status === 'regressing') return t(s.regressing, { from, goal });
  if (covered === undefined || elapsed === undefined) return t(s.status, { from, goal, status });
  return t(s.pace, { from, covered: percent(covered), target, elapsed: percent(elapsed), year: year ?? s.periodEnd, status });
}
