import { describe, expect, it } from 'vitest';
import { dayStart as d } from '../../../shared/lib/dates.ts';
import { freshness, monthsBetween } from './freshness.ts';

describe('monthsBetween', () => {
  it.each([
    ['2026-11-28', '2026-11-28', 0],
    ['2026-11-28', '2027-05-27', 5],
    ['2026-11-28', '2027-05-28', 6],
    ['2026-01-31', '2026-03-01', 1],
    ['2026-11-28', '2027-11-28', 12],
  ])('%s → %s is %i months', (from, to, months) => expect(monthsBetween(d(from), d(to))).toBe(months));
});

describe('freshness', () => {
  it.each([
    ['2027-05-27', 'fresh'],
    ['2027-05-28', 'stale'],
    ['2027-11-27', 'stale'],
    ['2027-11-28', 'expired'],
  ])('checked 2026-11-28, on %s it is %s', (today, expected) => expect(freshness(d('2026-11-28'), d(today))).toBe(expected));
});
