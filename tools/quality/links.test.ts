import { describe, expect, it } from 'vitest';
import { scanTags } from './html-scan.ts';
import { findBrokenLinks, pageAnchors, pageReferences, resolveFile } from './links.ts';

const ORIGIN = 'https://binhdanggioi.example.vn';
const FILES = new Set(['/index.html', '/ke-hoach/index.html', '/ke-hoach/muc-tieu/y-te/index.html', '/favicon.svg', '/404.html', '/_astro/a.css']);

describe('pageReferences', () => {
  it('collects href, src, srcset candidates, form actions and preview images', () => {
    const tags = scanTags(`<link rel="stylesheet" href="/_astro/a.css"><img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x"><form action="/tim-kiem/"></form>
      <meta property="og:image" content="${ORIGIN}/og.png"><meta name="description" content="/not-a-link">`);
    expect(pageReferences(tags)).toEqual(['/_astro/a.css', '/a.png', '/a-1x.png', '/a-2x.png', '/tim-kiem/', `${ORIGIN}/og.png`]);
  });
});

describe('pageAnchors', () => {
  it('holds ids and named anchors', () => {
    expect([...pageAnchors(scanTags(`<h2 id="chi-tieu-4.1">x</h2><a name="cu">y</a><p name="no">`))]).toEqual(['chi-tieu-4.1', 'cu']);
  });
});

describe('resolveFile', () => {
  it.each([
    ['/ke-hoach/', { file: '/ke-hoach/index.html' }],
    ['/favicon.svg', { file: '/favicon.svg' }],
    ['/ke-hoach', { reason: 'thiếu dấu "/" ở cuối: viết /ke-hoach/' }],
    ['/tien-do/', { reason: 'không có trang này' }],
    ['/logo.png', { reason: 'không có tệp này' }],
  ])('%s → %j', (path, expected) => expect(resolveFile(path, FILES)).toEqual(expected));
});

describe('findBrokenLinks', () => {
  const y_te = { file: '/ke-hoach/muc-tieu/y-te/index.html', html: '<h1 id="noi-dung">Y tế</h1><p id="chi-tieu-4.1">x</p>' };
  const check = (html: string) => findBrokenLinks([{ file: '/ke-hoach/index.html', html }, y_te], FILES, ORIGIN);

  it.each([
    ['an absolute path', '<a href="/ke-hoach/muc-tieu/y-te/">'],
    ['a relative path', '<a href="muc-tieu/y-te/">'],
    ['a fragment on another page', '<a href="/ke-hoach/muc-tieu/y-te/#chi-tieu-4.1">'],
    ['a percent-encoded fragment', '<a href="/ke-hoach/muc-tieu/y-te/#chi-tieu-4%2E1">'],
    ['the site origin written in full', `<link rel="canonical" href="${ORIGIN}/ke-hoach/">`],
    ['a query string', '<a href="/ke-hoach/?in=1">'],
    ['another origin', '<a href="https://thuvienphapluat.vn/x">'],
    ['phone, mail and empty fragments', '<a href="tel:111">1</a><a href="mailto:a@b.vn">m</a><a href="#">t</a><a href="#top">t</a>'],
  ])('accepts %s', (_what, html) => expect(check(html)).toEqual([]));

  it.each([
    ['a missing page', '<a href="/tien-do/">', 'không có trang này'],
    ['a missing asset', '<img src="/_astro/b.png" alt="">', 'không có tệp này'],
    ['a page without its slash', '<a href="../ke-hoach/muc-tieu/y-te">', 'thiếu dấu "/" ở cuối'],
    ['a missing id on another page', '<a href="/ke-hoach/muc-tieu/y-te/#chi-tieu-9.9">', 'id="chi-tieu-9.9"'],
    ['a missing id on the same page', '<a href="#khong-co">', 'id="khong-co"'],
    ['a missing page on the site origin', `<meta property="og:image" content="${ORIGIN}/og.png">`, 'không có tệp này'],
  ])('reports %s', (_what, html, reason) => {
    const broken = check(html);
    expect(broken).toHaveLength(1);
    expect(broken[0]?.page).toBe('/ke-hoach/index.html');
    expect(broken[0]?.reason).toContain(reason);
  });
});
