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

/**
 * Searches as a reader does on the search page: the query in its field, then Enter. The page is opened
 * once; each query is submitted in it, so the index loads once and each query costs only its search.
 */
async function search(query: string): Promise<string[]> {
  if (new URL(page.url()).pathname !== '/tim-kiem/') {
    await page.goto(`${baseUrl}/tim-kiem/`);
    await page.waitForSelector('site-search[data-engine="ready"]');
  }
  // The field's value set, then the form submitted, as Enter does (typing would also start the 250-ms search-as-you-type).
  await page.locator('site-search').evaluate((element: HTMLElement, value: string) => {
    delete element.dataset.state;
    element.querySelector<HTMLInputElement>('input[name="q"]')!.value = value;
    element.querySelector('form')!.requestSubmit();
  }, query);
  await page.waitForSelector('site-search[data-state="done"]');
  expect(new URL(page.url()).searchParams.get('q')).toBe(query.trim());
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
