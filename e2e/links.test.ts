// No internal link, asset or fragment anywhere in the build leads nowhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findBrokenLinks } from '../src/lib/quality/links.ts';
import { builtFiles, builtHtml } from './built-site.ts';

const origin = new URL(parse(readFileSync('content/ward.yaml', 'utf8')).siteUrl).origin;
const files = new Set(builtFiles());
const pages = builtHtml();

/**
 * Sections built on other branches (issues 3, 4 and 5) that the header, footer and home page
 * already link to. A link into one of them is skipped only while the build has no page at all
 * under it; once the section is merged, every link into it is checked like any other.
 * /og.png is made on main (scripts/make-og-image.ts) after this branch started.
 * Delete this list after the merge.
 */
const SECTIONS_FROM_OTHER_BRANCHES = ['/an-toan/', '/ho-tro/', '/tien-do/', '/bai-viet/', '/tim-kiem/', '/chi-tieu/', '/og.png'];
const notBuiltYet = (href: string) => {
  const path = new URL(href, origin).pathname;
  const section = SECTIONS_FROM_OTHER_BRANCHES.find((prefix) => path.startsWith(prefix));
  return section !== undefined && ![...files].some((file) => file.startsWith(section));
};

describe('links across the build', () => {
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(5));

  it('has no broken internal link, asset or anchor', () => {
    const broken = findBrokenLinks(pages, files, origin);
    const pending = broken.filter((link) => notBuiltYet(link.href));
    if (pending.length > 0) console.info(`Bỏ qua ${pending.length} liên kết tới mục chưa có trên nhánh này: ${[...new Set(pending.map((l) => l.href))].join(', ')}`);
    const report = broken.filter((link) => !notBuiltYet(link.href)).map((l) => `${l.page}: ${l.href} (${l.reason})`);
    expect(report).toEqual([]);
  });
});
