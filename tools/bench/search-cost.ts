// What one search costs a reader on /tim-kiem/, per query, in Chromium against the built site:
// the bytes of /pagefind/ files fetched and the time from the end of the typing pause (the
// debounce) to the results on screen. Each query runs on a fresh phone with an empty cache, with
// the search engine already loaded (the page loads it on arrival), so the figure is what typing
// that query costs. Beside it, the same query through Pagefind's own default flow (search, then
// the data of the first 5 results, what Pagefind's stock UI and so Starlight's search load), on
// the same index: the reference the site's search should not cost more than.
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, PHONE } from '../browser/browser.ts';
import { foldD } from '../../src/features/search/lib/fold.ts';

export interface SearchCost {
  query: string;
  /** Bytes over the wire (headers and body) of the /pagefind/ files the query fetched. */
  bytes: number;
  files: number;
  /** From the end of the debounce to the results rendered, ms. */
  ms: number;
  /** The first result's path (and query string, for the directory filtered by need). */
  first: string;
}

/** Records the bytes of every finished /pagefind/ request in a context (sizes are read asynchronously, so kept as promises). */
function meter(context: BrowserContext) {
  let sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  return {
    /** Totals what finished so far, and starts counting afresh. */
    take: async () => {
      const taken = sizes;
      sizes = [];
      const all = await Promise.all(taken);
      return { bytes: all.reduce((a, b) => a + b, 0), files: all.length };
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** The site's search page: engine loaded on arrival, then the query typed into the box. */
async function siteQuery(browser: Browser, baseUrl: string, query: string): Promise<SearchCost & { engine: number }> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const bytes = meter(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/tim-kiem/`);
  await page.waitForSelector('site-search[data-engine="ready"]');
  await settle();
  const engine = (await bytes.take()).bytes;
  await page.locator('site-search input[name="q"]').fill(query);
  await page.waitForSelector('site-search[data-state="done"]');
  await settle();
  const ms = await page.evaluate(() => performance.getEntriesByName('site-search').at(-1)?.duration ?? Number.NaN);
  const href = await page.locator('.search-result a').first().getAttribute('href');
  const cost = await bytes.take();
  await context.close();
  return { query, ...cost, ms, first: href ?? '–', engine };
}

/** Pagefind's default flow on the same index (the query with đ folded as the index was built): search, then the data of the first 5 results. */
async function pagefindDefault(browser: Browser, baseUrl: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const bytes = meter(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/an-toan/`);
  await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    await pagefind.filters(); // as Pagefind's UI does on start: loads the WebAssembly and the filters
    (window as unknown as { pf: unknown }).pf = pagefind;
  });
  await settle();
  await bytes.take();
  const { ms, first } = await page.evaluate(async (q) => {
    const pagefind = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pf;
    const start = performance.now();
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    return { ms: performance.now() - start, first: data[0]?.url ?? '–' };
  }, foldD(query));
  await settle();
  const cost = await bytes.take();
  await context.close();
  return { query, ...cost, ms, first };
}

export interface SearchBench {
  engineBytes: number;
  rows: { site: SearchCost; reference: SearchCost }[];
}

/** The run with the median time of `runs` (bytes do not vary between runs). */
async function median<T extends { ms: number }>(runs: number, measure: () => Promise<T>): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  return results.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)] as T;
}

/** Runs every query through the site's search and Pagefind's default flow, `runs` times each. */
export async function searchCosts(baseUrl: string, queries: readonly string[], runs = 3): Promise<SearchBench> {
  const browser = await launchChromium();
  try {
    const rows: SearchBench['rows'] = [];
    let engineBytes = 0;
    for (const query of queries) {
      const { engine, ...site } = await median(runs, () => siteQuery(browser, baseUrl, query));
      engineBytes = engine;
      rows.push({ site, reference: await median(runs, () => pagefindDefault(browser, baseUrl, query)) });
    }
    return { engineBytes, rows };
  } finally {
    await browser.close();
  }
}
