import { describe, expect, it } from 'vitest';
import { calendarStatus, nextOccurrence } from './occurrence.ts';

const actionMonth = { start: { day: 15, month: 11 }, end: { day: 15, month: 12 } };
const familyDay = { start: { day: 28, month: 6 } };
const newYearPeriod = { start: { day: 20, month: 12 }, end: { day: 10, month: 1 } };

describe('nextOccurrence', () => {
  it.each([
    ['before the action month', actionMonth, '2026-10-01', { start: '2026-11-15', end: '2026-12-15', current: false }],
    ['on its first day', actionMonth, '2026-11-15', { start: '2026-11-15', end: '2026-12-15', current: true }],
    ['inside it', actionMonth, '2026-11-28', { start: '2026-11-15', end: '2026-12-15', current: true }],
    ['on its last day', actionMonth, '2026-12-15', { start: '2026-11-15', end: '2026-12-15', current: true }],
    ['the day after: next year', actionMonth, '2026-12-16', { start: '2027-11-15', end: '2027-12-15', current: false }],
    ['a single day, today', familyDay, '2026-06-28', { start: '2026-06-28', end: '2026-06-28', current: true }],
    ['a single day, passed', familyDay, '2026-06-29', { start: '2027-06-28', end: '2027-06-28', current: false }],
    ['a period across the new year, in January', newYearPeriod, '2027-01-05', { start: '2026-12-20', end: '2027-01-10', current: true }],
    ['a period across the new year, in December', newYearPeriod, '2026-12-25', { start: '2026-12-20', end: '2027-01-10', current: true }],
  ])('%s', (_, dates, today, expected) => expect(nextOccurrence(dates, today)).toEqual(expected));
});

describe('calendarStatus', () => {
  const events = [familyDay, actionMonth, { start: { day: 25, month: 11 } }];
  it.each([
    ['highlights every occasion on now', '2026-11-25', [actionMonth, events[2]], true],
    ['highlights the next one when none is on', '2026-07-01', [actionMonth], false],
    ['after the last one of the year, the first of next year', '2026-12-20', [familyDay], false],
  ])('%s', (_, today, highlighted, isCurrent) => {
    const status = calendarStatus(events, today);
    expect([...status.highlighted]).toEqual(highlighted);
    expect(status.isCurrent).toBe(isCurrent);
    expect(status.items.map((i) => i.start)).toEqual([...status.items.map((i) => i.start)].sort());
  });
});
