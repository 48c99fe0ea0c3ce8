import { describe, expect, it } from 'vitest';
import { assetsOf, HASHED_ASSETS, importsOf, KEPT_AFTER_VISIT, pageFile, savedCopyDate } from './offline.ts';

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

describe('kept after a visit', () => {
  it.each([
    ['https://x.example/kien-thuc/', true],
    ['https://x.example/kien-thuc/nhan-biet-bao-luc/', true],
    ['https://x.example/bai-viet/x/', false],
    ['https://x.example/ho-tro/kien-thuc/', false],
  ])('%s is a course page kept after a visit: %s', (url, kept) => expect(KEPT_AFTER_VISIT.test(url)).toBe(kept));
  it.each([
    ['https://x.example/_astro/Base.Ab12.css', true],
    ['https://x.example/_astro/listen-aloud.Xy.js', true],
    ['https://x.example/_astro/photo.Ab.webp', false],
    ['https://x.example/sw.js', false],
  ])('%s is a hashed style or script: %s', (url, kept) => expect(HASHED_ASSETS.test(url)).toBe(kept));
});

describe('savedCopyDate', () => {
  it.each([
    ['Sat, 05 Dec 2026 10:00:00 GMT', '05/12/2026'],
    // 18:30 UTC is already the next day in Vietnam (UTC+7).
    ['Sat, 05 Dec 2026 18:30:00 GMT', '06/12/2026'],
    ['', null],
    [null, null],
    ['không phải ngày', null],
  ])('%s → %s', (header, expected) => expect(savedCopyDate(header)).toBe(expected));
});

describe('importsOf', () => {
  it('lists the chunks a built script imports, beside it', () =>
    expect(importsOf('import"./offline-notice.Dz.js";import{a as b}from"./shared.B1.js";', '_astro/index.astro.js')).toEqual([
      '_astro/offline-notice.Dz.js',
      '_astro/shared.B1.js',
    ]));
});
