import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, temporaryProject } from '../../tools/fixtures/build-project.ts';
import { ROOT } from '../../tools/fixtures/content-fixtures.ts';

const root = temporaryProject(join(ROOT, 'tests', 'fixtures', 'build', 'articles'));
let output = '';
beforeAll(() => {
  const build = runBuild(root);
  output = build.output;
  expect(build.status, output).toBe(0);
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));
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
