import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, HOME_CRUMB, SECTION_CRUMBS } from './breadcrumbs.ts';

const home = { href: '/', label: 'Trang chủ' };
const directory = { href: '/ho-tro/', label: 'Nơi hỗ trợ' };

describe('breadcrumbTrail', () => {
  it('keeps a trail that ends with the page, the page as the only current crumb', () => {
    expect(breadcrumbTrail(home, [{ href: '/ke-hoach/', label: 'Kế hoạch' }], { href: '/ke-hoach/', label: 'Kế hoạch của phường' })).toEqual([
      { ...home, current: false },
      { href: '/ke-hoach/', label: 'Kế hoạch', current: true },
    ]);
  });
  it('links the directory from a service page and names the service as current', () => {
    expect(breadcrumbTrail(home, [directory], { href: '/ho-tro/duong-day-111/', label: 'Tổng đài 111' })).toEqual([
      { ...home, current: false },
      { ...directory, current: false },
      { href: '/ho-tro/duong-day-111/', label: 'Tổng đài 111', current: true },
    ]);
  });
  it('matches the page with or without its trailing slash', () => {
    expect(breadcrumbTrail(home, [directory], { href: '/ho-tro', label: 'x' }).map((c) => c.current)).toEqual([false, true]);
  });
  it('starts every trail at home, even a page under it alone', () => {
    expect(breadcrumbTrail(home, [], { href: '/lich/', label: 'Lịch' })).toEqual([
      { ...home, current: false },
      { href: '/lich/', label: 'Lịch', current: true },
    ]);
  });
});

describe('HOME_CRUMB and SECTION_CRUMBS', () => {
  it('lead home and to each section', () => {
    expect(HOME_CRUMB.href).toBe('/');
    expect(Object.values(SECTION_CRUMBS).map((c) => c.href)).toEqual(['/ke-hoach/', '/tien-do/', '/ho-tro/', '/bai-viet/', '/kien-thuc/']);
    for (const crumb of [HOME_CRUMB, ...Object.values(SECTION_CRUMBS)]) expect(crumb.label.trim()).not.toBe('');
  });
});
