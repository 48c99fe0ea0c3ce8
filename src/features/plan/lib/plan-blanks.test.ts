import { describe, expect, it } from 'vitest';
import { blankParts, blanksNote } from './plan-blanks.ts';

describe('blankParts', () => {
  it.each([
    ['Số:      /KH-UBND', 'Phường Lê Chân, ngày      tháng 5 năm 2026', ['số văn bản', 'ngày ký']],
    ['Số: 12/KH-UBND', 'Phường Lê Chân, ngày      tháng 5 năm 2026', ['ngày ký']],
    ['Số: /KH-UBND', 'Phường Lê Chân, ngày 20 tháng 5 năm 2026', ['số văn bản']],
    ['Số: 12/KH-UBND', 'Phường Lê Chân, ngày 20 tháng 5 năm 2026', []],
  ])('%s · %s', (number, date, parts) => expect(blankParts(number, date)).toEqual(parts));
});

describe('blanksNote', () => {
  it('says the blanks are the original’s, and nothing when there are none', () => {
    expect(blanksNote('Số: /KH-UBND', 'ngày  tháng 5 năm 2026')).toBe(
      'Bản kế hoạch được công bố để trống số văn bản và ngày ký; trang này giữ nguyên như bản gốc.',
    );
    expect(blanksNote('Số: 12/KH-UBND', 'ngày 20 tháng 5 năm 2026')).toBeNull();
  });
});
