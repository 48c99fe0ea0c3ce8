import type { Indicator } from '../schemas/indicator.ts';
import type { QualitativeState, Snapshot } from '../schemas/snapshot.ts';
import { isOnTrack, PROGRESS_STATUSES, progressStatus, type Observation, type ProgressResult, type ProgressStatus } from './progress.ts';

/** One indicator's figure in one reporting period, with what the snapshot says about it. */
export interface SeriesPoint extends Observation {
  value: number | null;
  state: QualitativeState | null;
  source: string | null;
  note: string | null;
  provisional: boolean;
  illustrative: boolean;
  published: Date;
  reportingUnit: string;
}

/** An indicator with its series and its status. */
export interface IndicatorProgress {
  indicator: Indicator;
  series: SeriesPoint[];
  progress: ProgressResult;
  /** The latest period with a figure or a state, if any. */
  latest: SeriesPoint | undefined;
}

/** The indicator's figures, one per snapshot in period order; a snapshot without an entry gives a blank point. */
export function indicatorSeries(id: string, snapshots: readonly Snapshot[]): SeriesPoint[] {
  return [...snapshots]
    .sort((a, b) => a.period - b.period)
    .map((snapshot) => {
      const entry = snapshot.values[id];
      return {
        year: snapshot.period,
        value: entry?.value ?? null,
        state: entry?.state ?? null,
        source: entry?.source ?? null,
        note: entry?.note ?? null,
        provisional: entry?.provisional ?? false,
        illustrative: entry?.illustrative ?? false,
        published: snapshot.published,
        reportingUnit: snapshot.reportingUnit,
      };
    });
}

/** Series, status and latest figure of every indicator. */
export function indicatorsProgress(indicators: readonly Indicator[], snapshots: readonly Snapshot[]): IndicatorProgress[] {
  return indicators.map((indicator) => {
    const series = indicatorSeries(indicator.id, snapshots);
    const latest = series.filter((p) => p.value !== null || p.state !== null).at(-1);
    return { indicator, series, progress: progressStatus(indicator, series), latest };
  });
}

/** How many indicators have each status, in the statuses' order; statuses no indicator has are left out. */
export function statusCounts(items: readonly IndicatorProgress[]): { status: ProgressStatus; count: number }[] {
  return PROGRESS_STATUSES.map((status) => ({ status, count: items.filter((i) => i.progress.status === status).length })).filter((c) => c.count > 0);
}

/** How many indicators are achieved or on track. */
export function onTrackCount(items: readonly IndicatorProgress[]): number {
  return items.filter((i) => isOnTrack(i.progress.status)).length;
}

/** Whether any figure shown is illustrative, so the page must say so. */
export function hasIllustrative(points: readonly SeriesPoint[]): boolean {
  return points.some((p) => p.illustrative && (p.value !== null || p.state !== null));
}
