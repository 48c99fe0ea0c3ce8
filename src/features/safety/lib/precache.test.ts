import { describe, expect, it } from 'vitest';
import { precacheEntry } from './precache.ts';

describe('precacheEntry', () => {
  it('gives a file outside _astro/ the MD5 of its bytes, as workbox-build did', () => {
    // md5("abc"), the RFC 1321 test vector.
    expect(precacheEntry('ho-tro/index.html', new TextEncoder().encode('abc'))).toEqual({
      url: 'ho-tro/index.html',
      revision: '900150983cd24fb0d6963f7d28e17f72',
    });
  });
  it('gives a hashed file under _astro/ no revision', () => {
    expect(precacheEntry('_astro/help.CLrBsXJH.css', new Uint8Array([1]))).toEqual({ url: '_astro/help.CLrBsXJH.css', revision: null });
  });
  it('changes the revision when the content changes', () => {
    const a = precacheEntry('favicon.svg', new Uint8Array([1]));
    const b = precacheEntry('favicon.svg', new Uint8Array([2]));
    expect(a.revision).not.toBe(b.revision);
  });
});
