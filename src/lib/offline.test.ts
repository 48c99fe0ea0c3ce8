import { describe, expect, it } from 'vitest';
import { assetsOf, pageFile } from './offline.ts';

describe('pageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/ho-tro/', 'ho-tro/index.html'],
    ['/404.html', '404.html'],
  ])('%s → %s', (path, file) => expect(pageFile(path)).toBe(file));
});

describe('assetsOf', () => {
  it('lists the stylesheets, scripts and icons a page loads from this site, once each', () => {
    const html = `<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="canonical" href="https://x.example/ho-tro/">
      <link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/q.js"></script>
      <script type="module" src="/_astro/q.js"></script><a href="/ke-hoach/">x</a><img src="//cdn.example/x.png">`;
    expect(assetsOf(html)).toEqual(['_astro/a.css', '_astro/q.js', 'favicon.svg']);
  });
});
