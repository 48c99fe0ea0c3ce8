import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

// The fixture site (tools/fixtures/fixture-site.ts) is the real content with tests/fixtures/build/articles/ laid over it.
const { root, status, output } = inject('fixtureSite');
beforeAll(() => {
  expect(status, output).toBe(0);
});
const dist = (...path: string[]) => join(root, 'dist', ...path);

describe('building articles', () => {
  it.each([
    ['a draft', 'bai-nhap-kiem-thu'],
    ['an article dated in 2099', 'bai-tuong-lai-kiem-thu'],
  ])('leaves out %s: no page, not in the listing, the feed or the search index', (_, slug) => {
    expect(existsSync(dist('bai-viet', slug))).toBe(false);
    expect(readFileSync(dist('bai-viet', 'index.html'), 'utf8')).not.toContain(slug);
    expect(readFileSync(dist('bai-viet', 'rss.xml'), 'utf8')).not.toContain(slug);
    expect(readFileSync(dist('sitemap-0.xml'), 'utf8')).not.toContain(slug);
  });

  it('builds a cover image through the image pipeline, with its alt text and as the Open Graph image', () => {
    const html = readFileSync(dist('bai-viet', 'bai-anh-bia-kiem-thu', 'index.html'), 'utf8');
    expect(html).toMatch(/<img[^>]+alt="Ô màu tím dùng để kiểm thử"/);
    expect(html).toMatch(/<img[^>]+src="\/_astro\/[^"]+\.webp"/);
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/_astro\/[^"]+\.jpe?g"/);
    expect(html).toContain('<meta property="og:image:alt" content="Ô màu tím dùng để kiểm thử"');
    expect(readdirSync(dist('_astro')).some((f) => f.endsWith('.webp'))).toBe(true);
  });
});
