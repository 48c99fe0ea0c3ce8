import { describe, expect, it } from 'vitest';
import { VIETNAM_OFFSET_MS } from '../../../shared/lib/dates.ts';
import { describeDays, describeHours, describeStatus, openingStatus, vietnamClock, type Hours } from './opening-hours.ts';

const officeHours: Hours = { weekly: [{ days: ['t2', 't3', 't4', 't5', 't6'], from: '08:00', to: '17:00' }], publicHolidays: 'nghi' };
const split: Hours = {
  weekly: [
    { days: ['t2', 't3', 't4', 't5', 't6'], from: '07:30', to: '11:30' },
    { days: ['t2', 't3', 't4', 't5', 't6'], from: '13:30', to: '17:00' },
    { days: ['t7'], from: '08:00', to: '11:00' },
  ],
  publicHolidays: 'mo',
};
// Instants written in UTC; Vietnam is UTC+7. 2026-11-30 is a Monday.
const at = (vietnamTime: string) => new Date(new Date(`${vietnamTime}Z`).getTime() - VIETNAM_OFFSET_MS);

describe('vietnamClock', () => {
  it.each([
    ['2026-11-30T00:30:00Z', 1, 7 * 60 + 30],
    ['2026-11-29T17:00:00Z', 1, 0],
    ['2026-11-29T16:59:00Z', 0, 23 * 60 + 59],
  ])('%s is weekday %i minute %i in Vietnam', (utc, weekday, minute) => {
    expect(vietnamClock(new Date(utc))).toEqual({ weekday, minute });
  });
});

describe('openingStatus', () => {
  it('a 24/7 line is always open', () => expect(openingStatus('24/7', at('2026-12-25T03:00:00'))).toEqual({ state: 'always' }));

  it.each([
    ['Monday 07:59, before hours', '2026-11-30T07:59:00', { state: 'closed', opensAt: '08:00', day: 't2', inDays: 0, holidayCaveat: true }],
    ['Monday 08:00, opening minute', '2026-11-30T08:00:00', { state: 'open', closesAt: '17:00', holidayCaveat: true }],
    ['Wednesday 16:59', '2026-12-02T16:59:00', { state: 'open', closesAt: '17:00', holidayCaveat: true }],
    ['Wednesday 17:00, after hours', '2026-12-02T17:00:00', { state: 'closed', opensAt: '08:00', day: 't5', inDays: 1, holidayCaveat: true }],
    ['Friday evening', '2026-12-04T19:00:00', { state: 'closed', opensAt: '08:00', day: 't2', inDays: 3, holidayCaveat: true }],
    ['Saturday', '2026-12-05T10:00:00', { state: 'closed', opensAt: '08:00', day: 't2', inDays: 2, holidayCaveat: true }],
    ['Sunday late night', '2026-12-06T23:30:00', { state: 'closed', opensAt: '08:00', day: 't2', inDays: 1, holidayCaveat: true }],
  ])('office hours, %s', (_label, time, expected) => expect(openingStatus(officeHours, at(time))).toEqual(expected));

  it.each([
    ['lunch break', '2026-11-30T12:00:00', { state: 'closed', opensAt: '13:30', day: 't2', inDays: 0, holidayCaveat: false }],
    ['afternoon', '2026-11-30T14:00:00', { state: 'open', closesAt: '17:00', holidayCaveat: false }],
    ['Saturday morning', '2026-12-05T09:00:00', { state: 'open', closesAt: '11:00', holidayCaveat: false }],
    ['Saturday afternoon', '2026-12-05T12:00:00', { state: 'closed', opensAt: '07:30', day: 't2', inDays: 2, holidayCaveat: false }],
  ])('split hours, %s', (_label, time, expected) => expect(openingStatus(split, at(time))).toEqual(expected));
});

describe('describeStatus', () => {
  it.each([
    [{ state: 'always' } as const, 'Đang hoạt động, 24/7'],
    [{ state: 'open', closesAt: '17:00', holidayCaveat: true } as const, 'Đang hoạt động đến 17:00 (trừ ngày lễ)'],
    [{ state: 'closed', opensAt: '08:00', day: 't2', inDays: 0, holidayCaveat: false } as const, 'Đang nghỉ. Mở lại lúc 08:00 hôm nay'],
    [{ state: 'closed', opensAt: '08:00', day: 't5', inDays: 1, holidayCaveat: true } as const, 'Đang nghỉ. Mở lại lúc 08:00 ngày mai (trừ ngày lễ)'],
    [{ state: 'closed', opensAt: '08:00', day: 't2', inDays: 3, holidayCaveat: true } as const, 'Đang nghỉ. Mở lại lúc 08:00 thứ Hai (trừ ngày lễ)'],
  ])('%j → %s', (status, text) => expect(describeStatus(status)).toBe(text));
});

describe('describeHours and describeDays', () => {
  it.each([
    [['t2', 't3', 't4', 't5', 't6'], 'thứ Hai – thứ Sáu'],
    [['t7', 'cn'], 'thứ Bảy, Chủ nhật'],
    [['t2', 't4', 't5', 't6', 't7'], 'thứ Hai, thứ Tư – thứ Bảy'],
  ] as const)('%j → %s', (days, text) => expect(describeDays(days)).toBe(text));

  it('says 24/7 plainly', () => expect(describeHours('24/7')).toBe('24 giờ mỗi ngày, cả ngày lễ (24/7)'));
  it('with medium confidence, says only what the source describes', () => {
    expect(describeHours('24/7', 'trung-binh')).toBe('nguồn tin mô tả là 24/7, chưa được xác nhận chính thức');
    expect(describeHours('24/7', 'trung-binh')).not.toContain('ngày lễ');
    expect(describeHours(officeHours, 'trung-binh')).toBe('nguồn tin mô tả là thứ Hai – thứ Sáu: 08:00–17:00, chưa được xác nhận chính thức');
  });
  it('says office hours and the public-holiday rule', () => {
    expect(describeHours(officeHours)).toBe('Thứ Hai – thứ Sáu: 08:00–17:00; nghỉ các ngày lễ');
  });
});
