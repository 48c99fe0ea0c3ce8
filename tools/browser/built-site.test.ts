import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtHtml, builtPages, pageAddress, pageFile } from './built-site.ts';

function fakeBuild(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'built-site-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  return dist;
}

describe('the walker over a build', () => {
  const dist = fakeBuild({
    'index.html': 'home',
    'index.html.gz': 'x',
    'ke-hoach/trach-nhiem/index.html': 'nested',
    '404.html': 'missing',
    'du-lieu/so-lieu.csv': 'a,b',
  });

  it('lists every file by its path on the site, precompressed copies left out', () => {
    expect(builtFiles(dist)).toEqual(['/404.html', '/du-lieu/so-lieu.csv', '/index.html', '/ke-hoach/trach-nhiem/index.html']);
  });

  it('reads every HTML file with its text', () => {
    expect(builtHtml(dist)).toEqual([
      { file: '/404.html', html: 'missing' },
      { file: '/index.html', html: 'home' },
      { file: '/ke-hoach/trach-nhiem/index.html', html: 'nested' },
    ]);
  });

  it('lists the home page, nested pages and the 404 as reader addresses', () => {
    expect(builtPages(dist)).toEqual(['/', '/404.html', '/ke-hoach/trach-nhiem/']);
  });

  it('maps a file to its address and back', () => {
    for (const [file, address] of [
      ['/index.html', '/'],
      ['/ke-hoach/index.html', '/ke-hoach/'],
      ['/404.html', '/404.html'],
    ]) {
      expect(pageAddress(file!)).toBe(address);
      expect(pageFile(address!)).toBe(file);
    }
  });
});
