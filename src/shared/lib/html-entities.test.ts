import { describe, expect, it } from 'vitest';
import { decodeEntities } from './html-entities.ts';

describe('decodeEntities', () => {
  it.each([
    ['/tim-kiem/?q=a&amp;b=c', '/tim-kiem/?q=a&b=c'],
    ['&#39;x&#x27;', "'x'"],
    ['&quot;Đ&quot;', '"Đ"'],
    ['&unknown;', '&unknown;'],
  ])('%s → %s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});
