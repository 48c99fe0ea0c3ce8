// No internal link, asset or fragment anywhere in the build leads nowhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findBrokenLinks } from '../tools/quality/links.ts';
import { builtFiles, builtHtml } from '../tools/browser/built-site.ts';

const origin = new URL(parse(readFileSync('content/ward.yaml', 'utf8')).siteUrl).origin;
const files = new Set(builtFiles());
const pages = builtHtml();

describe('links across the build', () => {
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(5));

  it('has no broken internal link, asset or anchor', () => {
    const report = findBrokenLinks(pages, files, origin).map((l) => `${l.page}: ${l.href} (${l.reason})`);
    expect(report).toEqual([]);
  });
});
