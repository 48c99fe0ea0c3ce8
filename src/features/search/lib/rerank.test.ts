import { describe, expect, it } from 'vitest';
import { phraseAnchor, phraseFirst, searchKey } from './rerank.ts';

describe('searchKey', () => {
  it.each([
    ['Ngày Gia đình Việt Nam', ' ngay gia dinh viet nam '],
    ['D\u0335à Nẵng, 28/6!', ' da nang 28 6 '],
    ['  ĐƯỜNG   dây nóng ', ' duong day nong '],
  ])('%s', (text, key) => expect(searchKey(text)).toBe(key));
});

describe('phraseFirst', () => {
  const r = (id: string, score: number) => ({ id, score });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  it.each([
    ['a page holding the phrase overtakes one scored up to twice as high', [r('a', 9), r('b', 6), r('c', 2)], ['b'], ['b', 'a', 'c']],
    ['but not one scored more than twice as high (a service found by its number)', [r('a', 20), r('b', 6)], ['b'], ['a', 'b']],
    ['no phrase anywhere: Pagefind order', [r('a', 2), r('b', 2)], [], ['a', 'b']],
    ['a phrase result outside the results (another filter) is ignored', [r('a', 2), r('b', 1)], ['z'], ['a', 'b']],
  ])('%s', (_, all, phrase, expected) =>
    expect(
      ids(
        phraseFirst(
          all,
          phrase.map((id) => ({ id })),
          2,
        ),
      ),
    ).toEqual(expected),
  );
});

describe('phraseAnchor', () => {
  const page = {
    title: 'Lịch',
    headings: [
      { title: 'Ngày Quốc tế Hạnh phúc', url: '/lich/#hanh-phuc' },
      { title: 'Ngày Gia đình Việt Nam', url: '/lich/#gia-dinh' },
    ],
  };
  it.each([
    ['ngay gia dinh viet nam', '/lich/#gia-dinh'],
    ['Ngày Quốc tế Hạnh phúc', '/lich/#hanh-phuc'],
    ['hạnh phúc gia đình', undefined],
    ['gia', undefined],
  ])('%s → %s', (query, url) => expect(phraseAnchor(page, query)).toBe(url));
});
