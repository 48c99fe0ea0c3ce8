import { describe, expect, it } from 'vitest';
import { isRawAddress, rawAddressLinks } from './link-text.ts';

describe('isRawAddress', () => {
  it.each([
    ['/ho-tro/', true],
    [' /ho-tro/ ', true],
    ['https://example.gov.vn/van-ban', true],
    ['www.example.vn', true],
    ['/', true],
    ['danh bạ nơi hỗ trợ', false],
    ['Xem /ho-tro/ để biết thêm', false],
    ['111', false],
    ['', false],
  ])('%j → %s', (text, raw) => expect(isRawAddress(text)).toBe(raw));
});

describe('rawAddressLinks', () => {
  it('finds links whose text is an address, with their line, and leaves links in words alone', () => {
    const doc = ['# Tiêu đề', '', '- Xem thêm tại [/ho-tro/](/ho-tro/).', '- Xem [danh bạ hỗ trợ](/ho-tro/) và [https://x.vn](https://x.vn).'].join('\n');
    expect(rawAddressLinks(doc)).toEqual([
      { line: 3, text: '/ho-tro/' },
      { line: 4, text: 'https://x.vn' },
    ]);
  });
});
