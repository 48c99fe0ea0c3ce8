import { describe, expect, it } from 'vitest';
import { ui } from '../../../i18n/ui.ts';
import { searchSection, sectionLabel } from './section.ts';

describe('searchSection', () => {
  it.each([
    ['/ke-hoach/', 'ke-hoach'],
    ['/ke-hoach/muc-tieu/y-te/', 'ke-hoach'],
    ['/chi-tieu/3.1/', 'chi-tieu'],
    ['/tien-do/', 'tien-do'],
    ['/ho-tro/duong-day-nong-111/', 'ho-tro'],
    ['/bai-viet/thang-hanh-dong-vi-binh-dang-gioi/', 'bai-viet'],
    ['/lich/', 'lich'],
    ['/', null],
    ['/khong-co/', null],
    ['/constructor/', null],
  ])('%s → %s', (path, type) => expect(searchSection(path)).toBe(type));
});

describe('sectionLabel', () => {
  it('gives every section its Vietnamese name, with đ as written', () => {
    expect(sectionLabel('tien-do')).toBe('Tiến độ');
    for (const [key, label] of Object.entries(ui.search.sections)) expect(sectionLabel(key)).toBe(label);
  });
  it('knows no other value', () => expect(sectionLabel('toString')).toBeNull());
});
