import { describe, expect, it } from 'vitest';
import { HELP_SECTIONS } from '../../../shared/lib/routes.ts';
import { HELP_PATHS, isHelpPath, replacesHistory } from './help-history.ts';

const page = (path: string) => new URL(`https://le-chan.example${path}`);

describe('isHelpPath', () => {
  it.each([
    ['/ho-tro/', true],
    ['/ho-tro/nhu-cau/bao-luc-gia-dinh/', true],
    ['/ho-tro/duong-day-111/', true],
    ['/an-toan/', true],
    ['/', false],
    ['/ke-hoach/', false],
    ['/bai-viet/ho-tro-nan-nhan/', false],
  ])('%s → %s', (path, expected) => expect(isHelpPath(path)).toBe(expected));
});

describe('replacesHistory', () => {
  it('replaces every ordinary link followed from a help page', () => {
    expect(replacesHistory(page('/ho-tro/'), { href: 'https://le-chan.example/ho-tro/duong-day-113/' })).toBe(true);
    expect(replacesHistory(page('/ho-tro/'), { href: 'https://le-chan.example/ho-tro/#pham-vi-phuong' })).toBe(true);
    expect(replacesHistory(page('/ho-tro/duong-day-113/'), { href: 'https://le-chan.example/ke-hoach/' })).toBe(true);
    expect(replacesHistory(page('/an-toan/'), { href: 'https://tienphong.vn/bai' })).toBe(true);
  });

  it('leaves other pages, call links and new tabs alone', () => {
    expect(replacesHistory(page('/'), { href: 'https://le-chan.example/ho-tro/' })).toBe(false);
    expect(replacesHistory(page('/ho-tro/'), { href: 'tel:113' })).toBe(false);
    expect(replacesHistory(page('/ho-tro/'), { href: 'https://le-chan.example/ke-hoach/', target: '_blank' })).toBe(false);
    expect(replacesHistory(page('/ho-tro/'), { href: 'https://le-chan.example/ke-hoach/', modified: true })).toBe(false);
    expect(replacesHistory(page('/ho-tro/'), { href: 'https://le-chan.example/du-lieu/a.csv', download: true })).toBe(false);
  });
});

describe('HELP_PATHS', () => {
  it('are the help sections of the routes module', () => expect(HELP_PATHS).toEqual(HELP_SECTIONS));
});
