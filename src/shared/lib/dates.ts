// Dates, written one way across the site: a calendar day is YYYY-MM-DD text (front matter dates are read
// as UTC midnight of that day), "today" is the day in Vietnam, and readers see dd/mm/yyyy.
// No imports: client scripts bundle this file, so it must stay small and free of node: and zod.

/** Vietnam time is UTC+7 all year (Asia/Ho_Chi_Minh has no daylight saving). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant moved to Vietnam's wall clock: read it with the getUTC… methods. */
export const inVietnam = (instant: Date): Date => new Date(instant.getTime() + VIETNAM_OFFSET_MS);

/** A calendar day written YYYY-MM-DD (shape only; `isCalendarDay` also checks the day exists). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The YYYY-MM-DD of a date read in UTC, as front matter dates are (UTC midnight of their day). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The day it is in Vietnam at an instant, as YYYY-MM-DD: the ward publishes and counts by its own calendar. */
export const vietnamDay = (now: Date): string => isoDay(inVietnam(now));

/** YYYY-MM-DD text as the UTC midnight of that day (the way front matter dates are read). */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** Whether YYYY-MM-DD text is a day that exists (no 2026-02-30, no month 13). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = dayStart(value);
  return !Number.isNaN(date.getTime()) && isoDay(date) === value;
}

/** The day after a YYYY-MM-DD day, as YYYY-MM-DD. */
export function nextDay(day: string): string {
  const date = dayStart(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return isoDay(date);
}

/** A date as readers see it, dd/mm/yyyy the way Vietnamese documents write it (read in UTC). */
export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
