import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';

const baseUrl = inject('baseUrl');
const { queries, help } = JSON.parse(readFileSync('e2e/search-queries.json', 'utf8')) as {
  queries: { query: string; kind: string; expected: string }[];
  help: { query: string; first: string[] }[];
};
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext(PHONE)).newPage();
});
afterAll(async () => browser?.close());

/** Types a query into the search page and returns the result links, best first. */
async function search(query: string): Promise<string[]> {
  await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('site-search[data-state="done"]');
  return page.$$eval('[data-results] a', (links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.search;
    }),
  );
}

describe('search relevance (e2e/search-queries.json)', () => {
  it('has at least 40 queries, half of them unmarked, some with đ and some with wrong marks', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => q.kind === 'unmarked').length).toBeGreaterThanOrEqual(queries.length / 2);
    expect(queries.filter((q) => q.kind === 'unmarked' && /\bd/.test(q.query) && /đ/i.test(q.expected + q.query) === false).length).toBeGreaterThan(3);
    expect(queries.filter((q) => q.kind === 'wrong').length).toBeGreaterThanOrEqual(3);
  });

  it('finds the expected page in the top 3 for at least 95% of queries', async () => {
    const misses: string[] = [];
    for (const { query, expected } of queries) {
      const top = (await search(query)).slice(0, 3);
      if (!top.includes(expected)) misses.push(`"${query}" → ${expected}; got ${top.join(', ') || 'nothing'}`);
    }
    const rate = (queries.length - misses.length) / queries.length;
    console.log(
      `Top-3 hit rate: ${(rate * 100).toFixed(1)}% (${queries.length - misses.length}/${queries.length})${misses.length ? `\nMisses:\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});

describe('help first (e2e/search-queries.json, help)', () => {
  it('covers the queries of issue 9: a line by name and number, legal advice, a shelter typed without marks, "so dien thoai", "hotline"', () => {
    for (const query of ['đường dây 111', 'tư vấn pháp lý', 'nha tam lanh', 'so dien thoai', 'hotline']) expect(help.map((h) => h.query)).toContain(query);
  });

  it.each(help)('"$query" puts that service, or the page of that need, first', async ({ query, first }) => {
    const results = await search(query);
    expect(first).toContain(results[0]);
  });

  it('never leads with a print sheet', async () => {
    for (const query of ['so dien thoai', 'hotline', 'the in', 'ap phich'])
      expect((await search(query)).filter((url) => /\/ho-tro\/(the-in|ap-phich)\//.test(url))).toEqual([]);
  });
});
