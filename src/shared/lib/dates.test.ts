import { describe, expect, it } from 'vitest';
import { dayStart, formatDate, inVietnam, isCalendarDay, isoDay, ISO_DAY, ISO_MONTH, isoDayOf, nextDay, vietnamDay } from './dates.ts';

describe('vietnamDay', () => {
  it.each([
    ['2026-11-28T16:59:59Z', '2026-11-28'],
    // 17:00 UTC is midnight in Vietnam (UTC+7).
    ['2026-11-28T17:00:00Z', '2026-11-29'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
  ])('%s → %s', (now, expected) => expect(vietnamDay(new Date(now))).toBe(expected));

  it('agrees with the Asia/Ho_Chi_Minh time zone through a whole year, hour by hour', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) expect(vietnamDay(new Date(t))).toBe(zone.format(t));
  });
});

describe('inVietnam', () => {
  it('reads the wall clock of Vietnam with the UTC getters', () => {
    const local = inVietnam(new Date('2026-12-05T18:30:00Z'));
    expect([local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes()]).toEqual([6, 1, 30]);
  });
});

describe('isoDay and dayStart', () => {
  it('go between a front matter date and its YYYY-MM-DD', () => {
    expect(isoDay(dayStart('2026-05-07'))).toBe('2026-05-07');
    expect(dayStart('2026-05-07').toISOString()).toBe('2026-05-07T00:00:00.000Z');
  });
});

describe('isCalendarDay', () => {
  it.each(['2026-05-07', '2026-02-28', '2028-02-29', '2026-12-31'])('%s is a day', (day) => expect(isCalendarDay(day)).toBe(true));
  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-5-7',
    '2026-2-3',
    '2026',
    '07/05/2026',
    '12/05/2026',
    '2026-05-07T00:00',
    '',
  ])('%s is not', (day) => expect(isCalendarDay(day)).toBe(false));
  it('shares its shape with ISO_DAY', () => expect(ISO_DAY.test('2026-02-30')).toBe(true));
});

describe('nextDay', () => {
  it.each([
    ['2026-05-07', '2026-05-08'],
    ['2026-02-28', '2026-03-01'],
    ['2026-12-31', '2027-01-01'],
  ])('%s → %s', (day, expected) => expect(nextDay(day)).toBe(expected));
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy', () => expect(formatDate(new Date('2026-05-07'))).toBe('07/05/2026'));
  it('reads the day in UTC, as front matter dates are', () => expect(formatDate(dayStart('2026-01-01'))).toBe('01/01/2026'));
});

describe('isoDayOf', () => {
  it.each([
    [2026, 3, 8, '2026-03-08'],
    [2026, 11, 25, '2026-11-25'],
  ])('%i, %i, %i → %s', (y, m, d, expected) => expect(isoDayOf(y, m, d)).toBe(expected));
});

describe('ISO_MONTH', () => {
  it.each(['2027-01', '2026-12'])('accepts %s', (m) => expect(ISO_MONTH.test(m)).toBe(true));
  it.each(['2027-00', '2027-13', '2027-1', '2027-01-01', '01/2027'])('refuses %s', (m) => expect(ISO_MONTH.test(m)).toBe(false));
});
