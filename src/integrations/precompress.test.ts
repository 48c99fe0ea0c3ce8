import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { gzip, pays } from './precompress.ts';

describe('pays', () => {
  it.each([
    ['index.html', 20_000, 5_000, true],
    ['_astro/app.Ab12.js', 4_000, 1_500, true],
    ['sitemap-0.xml', 2_000, 600, true],
    ['favicon.svg', 600, 400, true],
    ['tiny.css', 300, 200, false],
    ['random.json', 2_000, 1_950, false],
    ['photo.jpg', 90_000, 10_000, false],
    ['pagefind/fragment/vi_1.pf_fragment', 3_000, 1_000, false],
  ])('%s (%i bytes, %i gzipped) → %s', (path, size, gzipped, expected) => {
    expect(pays(path, size, gzipped)).toBe(expected);
  });
});

describe('gzip', () => {
  it('round-trips and shrinks repetitive text', () => {
    const text = Buffer.from('<p>Bình đẳng giới</p>'.repeat(200));
    const packed = gzip(text);
    expect(packed.length).toBeLessThan(text.length / 10);
    expect(gunzipSync(packed).equals(text)).toBe(true);
  });
});
