// How long ago a directory entry was checked, and whether that is too long.

export const WARN_AFTER_MONTHS = 6;
export const FAIL_AFTER_MONTHS = 12;

export type Freshness = 'fresh' | 'stale' | 'expired';

/** Whole months from one date to another (a month counts once its day of month is reached). */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() < from.getUTCDate() ? months - 1 : months;
}

/** fresh under 6 months, stale from 6 months (a warning), expired from 12 months (an error). */
export function freshness(verifiedAt: Date, today: Date): Freshness {
  const months = monthsBetween(verifiedAt, today);
  if (months >= FAIL_AFTER_MONTHS) return 'expired';
  return months >= WARN_AFTER_MONTHS ? 'stale' : 'fresh';
}
