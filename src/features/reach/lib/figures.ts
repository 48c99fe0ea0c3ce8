// What may be shown of the counts: small numbers hidden, nothing about any reader.
import type { ReachMonth } from '../../../schemas/reach.ts';
import { sumDays, type LeftOut, type MonthCount } from './count.ts';

/** Counts below this are shown as "<10". */
export const SMALL_COUNT = 10;

/** A count as it may be shown: the number, or "<10" when it is small. */
export type ShownCount = number | '<10';

export const shown = (n: number): ShownCount => (n < SMALL_COUNT ? '<10' : n);

const total = (pageViews: Record<string, number>) => Object.values(pageViews).reduce((a, b) => a + b, 0);

/** Sections by page views, most first, then by path. */
const sections = (pageViews: Record<string, number>) => Object.entries(pageViews).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));

/** The figures `npm run reach` prints for a month: counts only, small ones hidden. */
export function publicFigures(month: ReachMonth, leftOut?: Record<LeftOut, number>) {
  const days = [...month.days].sort();
  return {
    month: month.month,
    days: { from: days[0], to: days.at(-1), count: days.length },
    pageViews: {
      total: shown(total(month.pageViews)),
      bySection: Object.fromEntries(sections(month.pageViews).map(([section, n]) => [section, shown(n)])),
    },
    courseCompletions: shown(month.courseCompletions),
    reloadSeconds: month.reloadSeconds,
    ...(leftOut ? { leftOut: Object.fromEntries(Object.entries(leftOut).map(([k, n]) => [k, shown(n)])) } : {}),
  };
}

/** A month's counts over every day the log has, as the content file holds them. */
export function monthFromCount(count: MonthCount, reloadSeconds: number, onlyDays?: (day: string) => boolean): ReachMonth | null {
  const days = Object.keys(count.days)
    .filter((d) => !onlyDays || onlyDays(d))
    .sort();
  if (days.length === 0) return null;
  const sum = sumDays(days.map((d) => count.days[d]!));
  return { month: count.month, days, pageViews: sum.pageViews, courseCompletions: sum.courseCompletions, reloadSeconds };
}

/**
 * Adds to a saved month the days the log has that it does not count yet. The newest day in the log
 * is still being written, so it is left for the next run; a run every day (or at least every
 * 5 days, the log being kept 7) therefore counts every day exactly once.
 */
export function mergeMonth(saved: ReachMonth | null, count: MonthCount, newestLogDay: string, reloadSeconds: number): ReachMonth | null {
  const counted = new Set(saved?.days ?? []);
  const fresh = monthFromCount(count, reloadSeconds, (day) => day < newestLogDay && !counted.has(day));
  if (!fresh) return saved;
  if (!saved) return fresh;
  const sum = sumDays([saved, fresh]);
  return { month: saved.month, days: [...saved.days, ...fresh.days].sort(), pageViews: sum.pageViews, courseCompletions: sum.courseCompletions, reloadSeconds };
}

/** One row of the reach page's table: a month, its days counted and its figures as shown. */
export interface ReachRow {
  month: string;
  days: number;
  /** Days in the month, to say when it is incomplete. */
  daysInMonth: number;
  pageViews: ShownCount;
  /** The exact number for the chart, null when it is hidden as "<10". */
  chartValue: number | null;
  courseCompletions: ShownCount;
  bySection: [string, ShownCount][];
}

/** The reach page's rows, oldest month first. */
export function reachRows(months: readonly ReachMonth[]): ReachRow[] {
  return [...months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => {
      const views = total(m.pageViews);
      const [year, month] = m.month.split('-').map(Number) as [number, number];
      return {
        month: m.month,
        days: m.days.length,
        daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
        pageViews: shown(views),
        chartValue: views < SMALL_COUNT ? null : views,
        courseCompletions: shown(m.courseCompletions),
        bySection: sections(m.pageViews).map(([section, n]) => [section, shown(n)]),
      };
    });
}

/** The plan's indicator about reaching residents with basic knowledge (6.1), which these figures are not. */
export const REACH_INDICATOR = '6.1';

/** A month as readers write it: "2027-01" → "1/2027". */
export const monthLabel = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
