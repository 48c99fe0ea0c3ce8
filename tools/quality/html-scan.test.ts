import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/shared/lib/html-entities.ts';
import { scanTags } from './html-scan.ts';

describe('decodeEntities', () => {
  it.each([
    ['/tim-kiem/?q=a&amp;b=c', '/tim-kiem/?q=a&b=c'],
    ['&#39;x&#x27;', "'x'"],
    ['&quot;Đ&quot;', '"Đ"'],
    ['&unknown;', '&unknown;'],
  ])('%s → %s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});

describe('scanTags', () => {
  it('reads quoted, single-quoted, bare and empty attributes, lower-casing names', () => {
    expect(scanTags(`<A HREF="/a/" data-x='y' hidden id=top>`)).toEqual([{ name: 'a', attributes: { href: '/a/', 'data-x': 'y', hidden: '', id: 'top' } }]);
  });

  it('skips comments and the contents of scripts and styles, keeping their tags', () => {
    const tags = scanTags(`<!-- <a href="/old/"> --><script src="/s.js">const a = "<a href='/x/'>";</script><style>a{}</style><p id="p">`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]?.attributes.src).toBe('/s.js');
  });
});
