import { describe, expect, it } from 'vitest';
import { foldD, unfoldD } from './fold.ts';

describe('foldD / unfoldD', () => {
  it.each([
    ['Đà Nẵng', 'D\u0335à Nẵng'],
    ['đường dây nóng', 'd\u0335ường dây nóng'],
    ['bao luc gia dinh', 'bao luc gia dinh'],
    ['<mark>đình</mark>', '<mark>d\u0335ình</mark>'],
  ])('%s', (text, folded) => {
    expect(foldD(text)).toBe(folded);
    expect(unfoldD(foldD(text))).toBe(text);
  });
  it('the folded form loses its marks like any other Vietnamese letter under NFD', () => {
    expect(foldD('Đăng ký').normalize('NFD').replace(/\p{M}/gu, '')).toBe('Dang ky');
  });
});
