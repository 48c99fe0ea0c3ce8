import { describe, expect, it } from 'vitest';
import { longestRun, phraseAnchor, rerankByPhrase, searchCandidates, searchKey } from './rerank.ts';

describe('searchKey', () => {
  it.each([
    ['Ngày Gia đình Việt Nam', ' ngay gia dinh viet nam '],
    ['D\u0335à Nẵng, 28/6!', ' da nang 28 6 '],
    ['  ĐƯỜNG   dây nóng ', ' duong day nong '],
  ])('%s', (text, key) => expect(searchKey(text)).toBe(key));
});

const r = (title: string, content: string) => ({ title, content });

describe('rerankByPhrase', () => {
  const spread = r('Chia sẻ việc nhà', 'gia đình ... ngày nào cũng ... Việt Nam ... nam giới');
  const inText = r('Lịch', 'Ngày Gia đình Việt Nam là 28/6');
  const inTitle = r('Ngày Gia đình Việt Nam', 'tôn vinh gia đình');
  const inHeading = { ...r('Lịch các ngày', 'Ngày Gia đình Việt Nam'), headings: [{ title: 'Ngày Gia đình Việt Nam', url: '/lich/#gia-dinh' }] };
  it.each([
    ['the page holding the phrase moves above one with the syllables apart', [spread, inText], 'ngay gia dinh viet nam', [inText, spread]],
    ['a title holding the phrase comes first', [spread, inText, inTitle], 'ngày gia đình việt nam', [inTitle, inText, spread]],
    ['an exactly marked phrase beats a folded one', [r('a', 'bảo cáo sự'), r('b', 'bao cao su')], 'bao cao su', [r('b', 'bao cao su'), r('a', 'bảo cáo sự')]],
    ['with no phrase anywhere, Pagefind order is kept', [spread, inTitle], 'bao luc', [spread, inTitle]],
    ['a one-word query keeps Pagefind order', [spread, inTitle], 'ngày', [spread, inTitle]],
    ['a heading counts like the title', [inText, inHeading], 'ngày gia đình việt nam', [inHeading, inText]],
  ])('%s', (_, results, query, expected) => expect(rerankByPhrase(results, query)).toEqual(expected));
});

describe('phraseAnchor', () => {
  const page = { title: 'Lịch', content: '', headings: [{ title: 'Ngày Quốc tế Hạnh phúc', url: '/lich/#hanh-phuc' }, { title: 'Ngày Gia đình Việt Nam', url: '/lich/#gia-dinh' }] };
  it.each([
    ['ngay gia dinh viet nam', '/lich/#gia-dinh'],
    ['Ngày Quốc tế Hạnh phúc', '/lich/#hanh-phuc'],
    ['hạnh phúc gia đình', undefined],
    ['gia', undefined],
  ])('%s → %s', (query, url) => expect(phraseAnchor(page, query)).toBe(url));
});

describe('longestRun', () => {
  it.each([
    [[], 0],
    [[5], 1],
    [[3, 9, 10, 11, 20], 3],
    [[11, 10, 9, 9], 3],
    [[1, 3, 5], 1],
  ])('%j → %i', (positions, run) => expect(longestRun(positions)).toBe(run));
});

describe('searchCandidates', () => {
  const r = (id: string, words: number[]) => ({ id, words });
  const results = [r('a', [1, 5]), r('b', [2, 9]), r('c', [1, 9]), r('together', [40, 41, 42]), r('d', [3]), r('pair', [7, 8])];
  it.each([
    ['the first two, plus a later page with the three words side by side', 'bao cao su', ['a', 'b', 'together']],
    ['a two-word query also takes a later adjacent pair', 'gia dinh', ['a', 'b', 'together', 'pair']],
    ['one word: only the first two', 'dinh', ['a', 'b']],
  ])('%s', (_, query, ids) => expect(searchCandidates(results, query, 2).map((x) => x.id)).toEqual(ids));
  it('takes at most `extra` later pages', () => expect(searchCandidates(results, 'gia dinh', 2, 1).map((x) => x.id)).toEqual(['a', 'b', 'together']));
});
