import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumbs.ts';

const home = { href: '/', label: 'Trang chủ' };
const directory = { href: '/ho-tro/', label: 'Nơi hỗ trợ' };

describe('breadcrumbTrail', () => {
  it('keeps a trail that ends with the page, the page as the only current crumb', () => {
    expect(breadcrumbTrail([home, { href: '/ke-hoach/', label: 'Kế hoạch' }], { href: '/ke-hoach/', label: 'Kế hoạch của phường' })).toEqual([
      { ...home, current: false },
      { href: '/ke-hoach/', label: 'Kế hoạch', current: true },
    ]);
  });
  it('links the directory from a service page and names the service as current', () => {
    expect(breadcrumbTrail([home, directory], { href: '/ho-tro/duong-day-111/', label: 'Tổng đài 111' })).toEqual([
      { ...home, current: false },
      { ...directory, current: false },
      { href: '/ho-tro/duong-day-111/', label: 'Tổng đài 111', current: true },
    ]);
  });
  it('matches the page with or without its trailing slash', () => {
    expect(breadcrumbTrail([home, directory], { href: '/ho-tro', label: 'x' }).map((c) => c.current)).toEqual([false, true]);
  });
});
