import { describe, expect, it } from 'vitest';
import { searchSection } from './section.ts';

describe('searchSection', () => {
  it.each([
    ['/ke-hoach/', 'Kế hoạch'],
    ['/ke-hoach/muc-tieu/y-te/', 'Kế hoạch'],
    ['/chi-tieu/3.1/', 'Chỉ tiêu'],
    ['/tien-do/', 'Tiến độ'],
    ['/ho-tro/duong-day-nong-111/', 'Hỗ trợ'],
    ['/bai-viet/thang-hanh-dong-vi-binh-dang-gioi/', 'Bài viết'],
    ['/lich/', 'Lịch'],
    ['/', null],
    ['/khong-co/', null],
  ])('%s → %s', (path, type) => expect(searchSection(path)).toBe(type));
});
