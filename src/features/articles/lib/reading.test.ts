import { describe, expect, it } from 'vitest';
import { readingMinutes, relatedArticles, tableOfContents } from './reading.ts';

const words = (n: number) => Array.from({ length: n }, () => 'chữ').join(' ');

describe('readingMinutes', () => {
  it.each([
    ['an empty body', '', 1],
    ['100 words', words(100), 1],
    ['400 words', words(400), 2],
    ['1000 words', words(1000), 5],
    ['markup is not counted', `## ${words(200)}\n\n<Note>${words(200)}</Note>\n\n[liên kết](/ho-tro/) **đậm** - - -`, 2],
  ])('%s → %i min', (_, body, minutes) => expect(readingMinutes(body)).toBe(minutes));
});

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('tableOfContents', () => {
  it.each([
    ['no headings', [], []],
    ['three sections: too short for a table', [h(2, 'a'), h(2, 'b'), h(2, 'c')], []],
    ['four sections with a sub-section and an h4', [h(2, 'a'), h(3, 'a1'), h(4, 'x'), h(2, 'b'), h(2, 'c'), h(2, 'd')], ['a', 'a1', 'b', 'c', 'd']],
  ])('%s', (_, headings, slugs) => expect(tableOfContents(headings).map((x) => x.slug)).toEqual(slugs));
});

const a = (id: string, topics: string[], date: string) => ({ id, topics, publishDate: new Date(date) });

describe('relatedArticles', () => {
  const self = a('self', ['gia-dinh', 'y-te'], '2026-11-01');
  const all = [
    self,
    a('one-shared-old', ['gia-dinh'], '2026-10-01'),
    a('one-shared-new', ['y-te'], '2026-11-10'),
    a('two-shared', ['y-te', 'gia-dinh', 'kinh-te'], '2026-09-01'),
    a('none-shared', ['kinh-te'], '2026-11-20'),
  ];
  it.each([
    [3, ['two-shared', 'one-shared-new', 'one-shared-old']],
    [1, ['two-shared']],
  ])('the %i best, most shared topics first then newest', (count, ids) => expect(relatedArticles(self, all, count).map((x) => x.id)).toEqual(ids));
  it('never lists the article itself or one with no shared topic', () => {
    expect(relatedArticles(self, all, 10).map((x) => x.id)).not.toContain('none-shared');
    expect(relatedArticles(self, all, 10).map((x) => x.id)).not.toContain('self');
  });
  it('breaks ties by date then id, as a full sort would, over many articles', () => {
    const topics = ['gia-dinh', 'y-te', 'kinh-te', 'giao-duc'];
    const many = Array.from({ length: 200 }, (_, i) =>
      a(
        `bai-${String((i * 37) % 200).padStart(3, '0')}`,
        topics.filter((_, t) => (i >> t) % 3 === 0),
        `2026-${String((i % 9) + 1).padStart(2, '0')}-0${(i % 7) + 1}`,
      ),
    );
    const shared = (x: (typeof many)[number]) => x.topics.filter((t) => self.topics.includes(t)).length;
    const expected = many
      .filter((x) => shared(x) > 0)
      .sort((x, y) => shared(y) - shared(x) || y.publishDate.getTime() - x.publishDate.getTime() || x.id.localeCompare(y.id))
      .slice(0, 5)
      .map((x) => x.id);
    expect(relatedArticles(self, many, 5).map((x) => x.id)).toEqual(expected);
  });
});
