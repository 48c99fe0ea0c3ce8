import { describe, expect, it } from 'vitest';
import { closestName, editDistance, unknownFieldMessage } from './suggest.ts';

describe('editDistance', () => {
  it.each([
    ['draft', 'draft', 0],
    ['darft', 'draft', 1],
    ['drat', 'draft', 1],
    ['verifedAt', 'verifiedAt', 1],
    ['abc', '', 3],
  ])('%s → %s is %d', (a, b, n) => expect(editDistance(a, b)).toBe(n));
});

describe('unknownFieldMessage', () => {
  const known = ['title', 'draft', 'publishDate', 'topics', 'sources'];
  it.each([
    ['darft', 'draft'],
    ['Draft', 'draft'],
    ['publishdate', 'publishDate'],
    ['topic', 'topics'],
    ['soruces', 'sources'],
  ])('suggests the field %s was meant to be', (typo, meant) => {
    expect(closestName(typo, known)).toBe(meant);
    expect(unknownFieldMessage(typo, known)).toBe(`trường \`${typo}\` không có — có phải \`${meant}\`?`);
  });

  it('lists the known fields when nothing is close', () => {
    expect(closestName('slug', known)).toBeUndefined();
    expect(unknownFieldMessage('slug', known)).toContain('title, draft, publishDate');
  });
});
