import { describe, expect, it } from 'vitest';
import { calendarIcs } from './ics.ts';

const site = new URL('https://example.vn/');
const occasions = [
  {
    id: 'thang-hanh-dong',
    name: 'Tháng hành động vì bình đẳng giới',
    about: 'Từ 15/11 đến 15/12.',
    start: { day: 15, month: 11 },
    end: { day: 15, month: 12 },
  },
  { id: 'ngay-gia-dinh', name: 'Ngày Gia đình Việt Nam', about: 'Ngày 28/6.', start: { day: 28, month: 6 }, link: '/bai-viet/a/' },
];

describe('calendarIcs', () => {
  const ics = calendarIcs(occasions, '2026-11-28', site, 'Lịch bình đẳng giới');
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  it('holds one yearly all-day event per occasion', () => {
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded.match(/RRULE:FREQ=YEARLY/g)).toHaveLength(2);
  });
  it.each([
    ['the period on now, with an exclusive end day', 'DTSTART;VALUE=DATE:20261115', 'DTEND;VALUE=DATE:20261216'],
    ['a single day that has passed, next year', 'DTSTART;VALUE=DATE:20270628', 'DTEND;VALUE=DATE:20270629'],
  ])('%s', (_, start, end) => {
    expect(unfolded).toContain(start);
    expect(unfolded).toContain(end);
  });
  it('keeps Vietnamese names and links each event to the site', () => {
    expect(unfolded).toContain('SUMMARY:Tháng hành động vì bình đẳng giới');
    expect(unfolded).toContain('URL:https://example.vn/lich/#thang-hanh-dong');
    expect(unfolded).toContain('URL:https://example.vn/bai-viet/a/');
    expect(unfolded).toContain('UID:thang-hanh-dong@example.vn');
  });
});
