import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './collation.ts';

describe('compareVietnamese', () => {
  it('sorts đ after d and letters with marks after the bare letter, as Vietnamese dictionaries do', () =>
    expect(['Đường dây', 'Ân', 'Dịch vụ', 'Bệnh viện', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ân', 'Bệnh viện', 'Dịch vụ', 'Đường dây']));
  it('agrees with localeCompare in Vietnamese', () => {
    const words = ['Tư pháp', 'Trạm y tế', 'Tổng đài', 'Công an', 'Hội Liên hiệp Phụ nữ', 'Ủy ban'];
    expect([...words].sort(compareVietnamese)).toEqual([...words].sort((a, b) => a.localeCompare(b, 'vi')));
  });
});
