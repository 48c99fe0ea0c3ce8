import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criticalStyle, cspHash, headerStyleSources, minifyCss, siteConfStyleProblem, stylesheetsAfterFirstPaint } from './critical-style.ts';

describe('minifyCss', () => {
  it('drops comments and the spaces around braces, semicolons and commas, keeping quoted names whole', () => {
    const css = `/* note */\n:root {\n  --font: system-ui, 'Segoe UI', Arial;\n}\n.a > b:hover { color: red; }\n`;
    expect(minifyCss(css)).toBe(":root{--font: system-ui,'Segoe UI',Arial}.a > b:hover{color: red}");
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact UTF-8 text, as CSP hash sources are', () => {
    const text = ".quick-exit__button::after{content:'\\a0✕'}";
    expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('the deployed header CSP', () => {
  const conf = readFileSync('deploy/site.conf', 'utf8');
  const { hash } = criticalStyle(readFileSync('src/shared/styles/critical.css', 'utf8'));

  it('allows exactly the hash of src/shared/styles/critical.css, so the inline style is never blocked', () => {
    expect(siteConfStyleProblem(conf, hash)).toBeNull();
    expect(headerStyleSources(conf)?.sources).toEqual(["'self'", `'${hash}'`]);
  });

  it('is reported with its file, line and the style-src to write when the hash lags behind', () => {
    const stale = conf.replace(`'${hash}'`, `'${cspHash('old')}'`);
    const line = conf.split('\n').findIndex((text) => text.includes('Content-Security-Policy "')) + 1;
    expect(siteConfStyleProblem(stale, hash)).toBe(
      `deploy/site.conf, dòng ${line}, style-src: phải cho phép đúng mã băm của CSS trọng yếu (src/shared/styles/critical.css), ` +
        `nếu không trình duyệt chặn nó và số khẩn cấp hiện ra không có kiểu. Sửa thành: style-src 'self' '${hash}'`,
    );
    expect(siteConfStyleProblem(conf.replace(`'${hash}'`, `'${hash}' '${cspHash('old')}'`), hash)).not.toBeNull();
    expect(siteConfStyleProblem('server_tokens off;', hash)).toBe('deploy/site.conf: không có dòng add_header Content-Security-Policy.');
  });
});

describe('stylesheetsAfterFirstPaint', () => {
  const head =
    '<head><meta charset="utf-8"><style>a{}</style><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/i.svg"><link rel="stylesheet" href="/_astro/b.css"></head>';

  it('moves every stylesheet link of <head> to just after the marked block, in order, leaving other links', () => {
    const html = `<html>${head}<body><h1>T</h1><section class="e" data-first-paint="true"><h2>X</h2><ul><li>113</li></ul></section><p>rest</p></body></html>`;
    expect(stylesheetsAfterFirstPaint(html)).toBe(
      '<html><head><meta charset="utf-8"><style>a{}</style><link rel="icon" href="/i.svg"></head><body><h1>T</h1>' +
        '<section class="e" data-first-paint="true"><h2>X</h2><ul><li>113</li></ul></section>' +
        '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><p>rest</p></body></html>',
    );
  });

  it('leaves a page without the mark, or without stylesheets, unchanged', () => {
    const plain = `<html>${head}<body><section class="e"><h2>X</h2></section></body></html>`;
    expect(stylesheetsAfterFirstPaint(plain)).toBe(plain);
    const bare = '<html><head></head><body><section data-first-paint="true"></section></body></html>';
    expect(stylesheetsAfterFirstPaint(bare)).toBe(bare);
  });

  it('looks for the mark in the body only, not in the words of a description', () => {
    const described = `<html><head><meta name="description" content="x data-first-paint y">${head.slice(6)}`;
    const html = `${described}<body><p>x</p></body></html>`;
    expect(stylesheetsAfterFirstPaint(html)).toBe(html);
    const marked = stylesheetsAfterFirstPaint(`${described}<body><div data-first-paint>1</div><p>x</p></body></html>`);
    expect(marked).toMatch(
      /<div data-first-paint>1<\/div><link rel="stylesheet" href="\/_astro\/a.css"><link rel="stylesheet" href="\/_astro\/b.css"><p>x<\/p>/,
    );
  });
});
