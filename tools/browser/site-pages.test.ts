import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages } from './site-pages.ts';

// A unit test runs before the build (npm test), so it lists a small build of its own; the every-page
// browser check (e2e/) walks the real dist/ with the same function.
const dist = mkdtempSync(join(tmpdir(), 'site-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
for (const file of ['index.html', 'ke-hoach/trach-nhiem/index.html', '404.html', '_astro/page.js', 'ke-hoach/index.html.gz']) {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), '');
}

describe('builtPages', () => {
  it('lists the home page, nested pages and the 404 as reader URLs', () => {
    const pages = builtPages(dist);
    expect(pages).toContain('/');
    expect(pages).toContain('/ke-hoach/trach-nhiem/');
    expect(pages).toContain('/404.html');
    expect(pages).toEqual(['/', '/404.html', '/ke-hoach/trach-nhiem/']);
  });
});
