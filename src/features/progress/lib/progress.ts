import type { Comparator } from '../../../schemas/indicator.ts';
import type { QualitativeState } from '../../../schemas/snapshot.ts';

/** Where an indicator stands against its target. */
export type ProgressStatus = 'achieved' | 'on-track' | 'accelerate' | 'slow' | 'regressing' | 'insufficient-data' | 'in-progress' | 'not-started';

/** Every status, best first: the order of badges, filters and counts. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'achieved',
  'on-track',
  'accelerate',
  'slow',
  'regressing',
  'in-progress',
  'not-started',
  'insufficient-data',
];

/** Progress ratio (share of the distance covered ÷ share of the time elapsed) from which a series is on track. */
export const ON_TRACK_RATIO = 0.95;
/** Progress ratio below which progress is too slow to need only acceleration. */
export const ACCELERATE_RATIO = 0.6;

const EPSILON = 1e-9;

/** One period's figure: a number for quantitative indicators, a state for qualitative ones. */
export interface Observation {
  year: number;
  value: number | null;
  state?: QualitativeState | null;
}

/** What the status needs to know about an indicator. */
export interface ProgressTarget {
  kind: 'quantitative' | 'qualitative';
  target: { value: number | null; comparator: Comparator | null; year: number };
}

/** A status with the figures it was worked out from, so pages can explain it. */
export interface ProgressResult {
  status: ProgressStatus;
  baseline?: { year: number; value: number };
  latest?: { year: number; value: number };
  /** Share of the distance from baseline to target covered so far (may be negative). */
  covered?: number;
  /** Share of the time from baseline to target year elapsed so far. */
  elapsed?: number;
  /** covered ÷ elapsed: 1 means exactly on the straight path. */
  ratio?: number;
}

/** Whether a value meets a target under a comparator ("gt 90" is met by 90.1, not by 90). */
export function meetsTarget(value: number, target: number, comparator: Comparator): boolean {
  switch (comparator) {
    case 'gte':
      return value >= target - EPSILON;
    case 'gt':
      return value > target + EPSILON;
    case 'lte':
      return value <= target + EPSILON;
    case 'lt':
      return value < target - EPSILON;
    case 'eq':
      return Math.abs(value - target) <= EPSILON;
  }
}

/** +1 when values must rise to meet the target, −1 when they must fall. */
function requiredSign(baseline: number, target: number, comparator: Comparator): 1 | -1 {
  if (comparator === 'gte' || comparator === 'gt') return 1;
  if (comparator === 'lte' || comparator === 'lt') return -1;
  return target >= baseline ? 1 : -1;
}

const byYear = (a: Observation, b: Observation) => a.year - b.year;

/** Status of a qualitative indicator: its latest reported state. */
function qualitativeStatus(series: readonly Observation[]): ProgressResult {
  const latest = [...series]
    .sort(byYear)
    .reverse()
    .find((o) => o.state != null);
  if (!latest?.state) return { status: 'insufficient-data' };
  const status = ({ 'da-dat': 'achieved', 'dang-trien-khai': 'in-progress', 'chua-trien-khai': 'not-started' } as const)[latest.state];
  return { status };
}

/**
 * Status of an indicator from its series and target. Instead of the growth-rate (CAGR) method,
 * which breaks on values at 0 or near 100%, it compares the share of the distance from the
 * baseline (first figure) to the target covered by the latest figure with the share of the time
 * to the target year elapsed. That works the same for rising targets, falling ones, upper
 * bounds, levels and ratios.
 */
export function progressStatus(indicator: ProgressTarget, series: readonly Observation[]): ProgressResult {
  if (indicator.kind === 'qualitative') return qualitativeStatus(series);
  const { value: target, comparator, year: targetYear } = indicator.target;
  const points = series.filter((o): o is Observation & { value: number } => o.value !== null).sort(byYear);
  const first = points[0];
  const last = points.at(-1);
  if (target === null || comparator === null || !first || !last) return { status: 'insufficient-data' };
  const baseline = { year: first.year, value: first.value };
  const latest = { year: last.year, value: last.value };
  if (meetsTarget(latest.value, target, comparator)) return { status: 'achieved', baseline, latest };
  if (latest.year === baseline.year) return { status: 'insufficient-data', baseline, latest };
  // The target was met at the baseline and is no longer met: that is going backwards.
  if (meetsTarget(baseline.value, target, comparator)) return { status: 'regressing', baseline, latest, covered: -1 };

  const sign = requiredSign(baseline.value, target, comparator);
  const moved = sign * (latest.value - baseline.value);
  const distance = sign * (target - baseline.value);
  // distance is 0 only when the baseline sits exactly on a strict bound ("trên 90%" with 90%).
  const covered = distance > EPSILON ? moved / distance : moved > EPSILON ? 1 : moved < -EPSILON ? -1 : 0;
  const elapsed = targetYear > baseline.year ? Math.min(1, (latest.year - baseline.year) / (targetYear - baseline.year)) : 1;
  const ratio = covered / elapsed;
  const details = { baseline, latest, covered, elapsed, ratio };
  if (moved < -EPSILON) return { status: 'regressing', ...details };
  // The target year has come and the target is not met: however steady the pace, it was too slow.
  if (latest.year >= targetYear) return { status: 'slow', ...details };
  if (ratio >= ON_TRACK_RATIO) return { status: 'on-track', ...details };
  if (ratio >= ACCELERATE_RATIO) return { status: 'accelerate', ...details };
  return { status: 'slow', ...details };
}

/** The statuses that count as "on track" in the overview's summary. */
export function isOnTrack(status: ProgressStatus): boolean {
  return status === 'achieved' || status === 'on-track';
}
