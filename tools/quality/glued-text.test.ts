import { describe, expect, it } from 'vitest';
import { gluedJoins, isGlued } from './glued-text.ts';

describe('isGlued', () => {
  it.each([
    ['Chỉ tiêu 3.1', 'Giờ làm việc nhà', true],
    ['Tỷ số giới tính khi sinh', 'Cả nước', true],
    ['113', 'Công an', true],
    ['Chỉ tiêu 3.1', ' Giờ', false],
    ['Chỉ tiêu 3.1 ', 'Giờ', false],
    ['Chỉ tiêu 3.1', ': Giờ', false],
    ['Gọi 113', ' miễn phí', false],
    ['Hỗ trợ', 'về', false],
    ['Mục tiêu 1', '.', false],
    ['(', 'Đã đạt', false],
  ])('%s | %s → %s', (before, after, glued) => expect(isGlued({ before, after })).toBe(glued));
});

describe('gluedJoins', () => {
  it('names each glued join with the text on both sides', () => {
    expect(
      gluedJoins([
        { before: 'Chỉ tiêu 3.1', after: 'Giờ làm việc' },
        { before: 'a ', after: 'B' },
      ]),
    ).toEqual(['Chỉ tiêu 3.1|Giờ làm việc']);
  });
});
