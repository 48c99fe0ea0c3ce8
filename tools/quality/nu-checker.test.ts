import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJava, insideBlock, nuProblems, offsetOf, type NuMessage } from './nu-checker.ts';

const css = '.a{color:red}@supports selector(::details-content){@media (min-width: 48rem){.b{padding: 0}}}main{margin:0}';
const html = `<!doctype html>\n<html lang="vi"><head><style>${css}</style></head><body><p>x</p></body></html>`;
const line2 = html.split('\n')[1]!;
const columnOf = (text: string) => line2.indexOf(text) + 1;
const page = (file: string) => (file === '/index.html' ? html : '');
const problems = (messages: NuMessage[]) => nuProblems(messages, (url) => url.replace('file:/dist', ''), page);

describe('offsetOf', () => {
  it('turns a 1-based line and column into an offset in the text', () => {
    expect(html[offsetOf(html, { lastLine: 2, lastColumn: columnOf('<body>') })]).toBe('<');
    expect(offsetOf(html, { lastLine: 1, lastColumn: 1 })).toBe(0);
  });
  it('is -1 without a position or past the last line', () => {
    expect(offsetOf(html, {})).toBe(-1);
    expect(offsetOf(html, { lastLine: 9, lastColumn: 1 })).toBe(-1);
  });
});

describe('insideBlock', () => {
  const prelude = '@supports selector(::details-content)';
  const start = html.indexOf(prelude);
  const end = html.indexOf('}}}') + 2;
  it('spans the block from its prelude to its own closing brace, nested blocks included', () => {
    expect(insideBlock(html, start, prelude)).toBe(true);
    expect(insideBlock(html, html.indexOf('.b{'), prelude)).toBe(true);
    expect(insideBlock(html, end, prelude)).toBe(true);
  });
  it('leaves out what comes before and after the block, and pages without it', () => {
    expect(insideBlock(html, start - 1, prelude)).toBe(false);
    expect(insideBlock(html, end + 1, prelude)).toBe(false);
    expect(insideBlock(html, -1, prelude)).toBe(false);
    expect(insideBlock('<style>.a{}</style>', 3, prelude)).toBe(false);
  });
});

describe('nuProblems', () => {
  const at = (text: string) => ({ lastLine: 2, lastColumn: columnOf(text) });

  it('reports each error and warning under its file with line, column, message and extract', () => {
    const found = problems([
      { type: 'error', url: 'file:/dist/index.html', message: 'Stray start tag “script”.', ...at('<p>'), firstColumn: 3, extract: '</html><script>' },
      { type: 'error', subType: 'fatal', url: 'file:/dist/index.html', message: 'Cannot recover after last error.', ...at('<p>') },
      { type: 'info', subType: 'warning', url: 'file:/dist/a/index.html', message: 'Consider adding a “lang” attribute.', lastLine: 1, lastColumn: 2 },
      { type: 'non-document-error', subType: 'io', message: 'File not found.' },
    ]);
    expect(Object.fromEntries(found)).toEqual({
      '/index.html': [`2:3 error: Stray start tag “script”. near "</html><script>"`, `2:${columnOf('<p>')} fatal error: Cannot recover after last error.`],
      '/a/index.html': ['1:2 warning: Consider adding a “lang” attribute.'],
      '': ['?:? non-document-error: File not found.'],
    });
  });

  it('leaves out info messages that are not warnings', () => {
    expect(problems([{ type: 'info', url: 'file:/dist/index.html', message: 'Trailing slash on void elements has no effect.' }]).size).toBe(0);
  });

  it("allows vnu 25's CSS errors only inside the @supports selector(::details-content) block", () => {
    const inside = { type: 'error', url: 'file:/dist/index.html', message: 'CSS: Parse Error.', ...at('}}}main') } as const;
    const outside = { ...inside, ...at('main{margin') };
    expect(Object.fromEntries(problems([inside, outside]))).toEqual({ '/index.html': [`2:${columnOf('main{margin')} error: CSS: Parse Error.`] });
  });

  it("allows only the 'wasm-unsafe-eval' complaint about the <meta> CSP", () => {
    const csp = (found: string): NuMessage => ({
      type: 'error',
      url: 'file:/dist/index.html',
      message: `Bad value  for attribute “content” on element “meta”: Expecting source-expression but found "${found}". `,
      lastLine: 2,
      lastColumn: 1,
    });
    expect([...problems([csp("'wasm-unsafe-eval'"), csp("'unsafe-inlin'")]).values()].flat()).toEqual([
      `2:1 error: Bad value  for attribute “content” on element “meta”: Expecting source-expression but found "'unsafe-inlin'".`,
    ]);
  });
});

describe('findJava', () => {
  it('says how to install Java when none runs', () => {
    expect(() => findJava({ PATH: '/nonexistent', JAVA_HOME: '/nonexistent' })).toThrow(
      /needs Java.*apt-get install --no-install-recommends default-jre-headless/,
    );
  });
  it('prefers the java of JAVA_HOME to the PATH', () => {
    const home = mkdtempSync(join(tmpdir(), 'java-home-'));
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin/java'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    try {
      expect(findJava({ PATH: '/nonexistent', JAVA_HOME: home })).toBe(join(home, 'bin/java'));
    } finally {
      rmSync(home, { recursive: true });
    }
  });
});
