import { isoDayOf } from '../../../shared/lib/dates.ts';

/** A yearly occasion: a single day, or a period from start to end (inclusive). */
export interface YearlyDates {
  start: { day: number; month: number };
  end?: { day: number; month: number } | undefined;
}

/** A calendar day as YYYY-MM-DD, compared as a string. */
export type Day = string;

const day = (year: number, d: { day: number; month: number }): Day => isoDayOf(year, d.month, d.day);

/** The occurrence that is on now or comes next, from `today`; a period may run into the next year. */
export function nextOccurrence(dates: YearlyDates, today: Day): { start: Day; end: Day; current: boolean } {
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    const end = dates.end ?? dates.start;
    const crossesYear = end.month < dates.start.month;
    const start = day(y, dates.start);
    const last = day(crossesYear ? y + 1 : y, end);
    if (last >= today) return { start, end: last, current: start <= today };
  }
  throw new Error('unreachable: an occurrence always exists within a year');
}

/** Occasions with their next occurrence, soonest first, and which are on now or, if none, which is next. */
export function calendarStatus<T extends YearlyDates>(events: readonly T[], today: Day) {
  const items = events
    .map((event) => ({ event, ...nextOccurrence(event, today) }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const current = items.filter((i) => i.current);
  const highlighted = current.length > 0 ? current : items.slice(0, 1);
  return { items, highlighted: new Set(highlighted.map((i) => i.event)), isCurrent: current.length > 0 };
}
