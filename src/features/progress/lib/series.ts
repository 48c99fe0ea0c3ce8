import type { Indicator } from '../../../schemas/indicator.ts';
import type { QualitativeState, Snapshot } from '../../../schemas/snapshot.ts';
import { planNumber } from '../../plan/lib/plan.ts';
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
  /** The unit that published the figures; null for illustrative files, which name no real unit. */
  reportingUnit: string | null;
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

/**
 * Series, status and latest figure of every indicator. Where the plan gives no year for a target
 * (3.3, 5.1, 6.2, 6.3), the pace is measured against the end of the plan's period, `planEnd`;
 * the indicator itself keeps no year, so no page shows a deadline the plan does not set.
 */
export function indicatorsProgress(indicators: readonly Indicator[], snapshots: readonly Snapshot[], planEnd: number): IndicatorProgress[] {
  return indicators.map((indicator) => {
    const series = indicatorSeries(indicator.id, snapshots);
    const latest = series.filter((p) => p.value !== null || p.state !== null).at(-1);
    const target = { ...indicator.target, year: indicator.target.year ?? planEnd };
    return { indicator, series, progress: progressStatus({ kind: indicator.kind, target }, series), latest };
  });
}

/** The records grouped by the plan's chỉ tiêu: 3.2a and 3.2b are one chỉ tiêu. */
function byChiTieu(items: readonly IndicatorProgress[]): IndicatorProgress[][] {
  const groups = new Map<string, IndicatorProgress[]>();
  for (const item of items) {
    const number = planNumber(item.indicator.id);
    groups.set(number, [...(groups.get(number) ?? []), item]);
  }
  return [...groups.values()];
}

/** How many of the plan's chỉ tiêu these records cover (a chỉ tiêu in two parts counts once). */
export function chiTieuCount(items: readonly IndicatorProgress[]): number {
  return byChiTieu(items).length;
}

/** How many chỉ tiêu have each status, in the statuses' order; a chỉ tiêu whose two parts differ counts under both. */
export function statusCounts(items: readonly IndicatorProgress[]): { status: ProgressStatus; count: number }[] {
  const groups = byChiTieu(items);
  return PROGRESS_STATUSES.map((status) => ({ status, count: groups.filter((g) => g.some((i) => i.progress.status === status)).length })).filter(
    (c) => c.count > 0,
  );
}

/** How many chỉ tiêu are achieved or on track: a chỉ tiêu in two parts counts when both parts are. */
export function onTrackCount(items: readonly IndicatorProgress[]): number {
  return byChiTieu(items).filter((g) => g.every((i) => isOnTrack(i.progress.status))).length;
}
