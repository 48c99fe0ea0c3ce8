import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RESULTS_PER_STEP } from '../src/features/search/lib/results.ts';
import { launchChromium, openSiteMenu, PHONE } from '../tools/browser/browser.ts';
import { foreignRequests, recordCspViolations, watchPage } from '../tools/browser/page-watch.ts';
import { saveShot } from '../tools/browser/shots.ts';

const baseUrl = inject('baseUrl');
/** A web address as a service card shows it ("tongdai111.vn", "www.a.gov.vn/b"), dropped before looking for glued words. */
const WEB_ADDRESS = /[\w.-]+\.(?:vn|com|org|net|gov)(?:\/\S*)?/gu;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A fresh phone with an empty cache that records every request, console error, exception and CSP violation (page-watch.ts). */
async function freshPhone(options: { javaScriptEnabled?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext({ ...PHONE, ...options });
  await recordCspViolations(context);
  const page: Page = await context.newPage();
  const watch = watchPage(page);
  const requests: string[] = [];
  /** Bytes over the wire (headers and compressed body) of every finished request, the search worker's included. */
  const bytes = new Map<string, number>();
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfinished', async (r) => {
    // A request can finish as the test closes its page; its size no longer matters then.
    const sizes = await r.sizes().catch(() => null);
    if (sizes) bytes.set(r.url(), sizes.responseBodySize + sizes.responseHeadersSize);
  });
  return { context, page, requests, watch, bytes };
}

describe('search from the header', () => {
  it('loads nothing of search on an ordinary page, and the header box goes to /tim-kiem/ without JavaScript', async () => {
    const { context, page, requests } = await freshPhone({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/ke-hoach/`);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await openSiteMenu(page);
    await page.getByRole('searchbox', { name: 'Tìm trong trang' }).first().fill('bạo lực');
    await page.getByRole('search').first().getByRole('button', { name: 'Tìm' }).tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/tim-kiem/?q=b%E1%BA%A1o+l%E1%BB%B1c`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Tìm kiếm cần JavaScript');
    expect(await page.getByRole('link', { name: 'Danh bạ nơi hỗ trợ' }).getAttribute('href')).toBe('/ho-tro/');
    expect(await page.getByRole('link', { name: 'Kế hoạch' }).last().getAttribute('href')).toBe('/ke-hoach/');
    await saveShot(page, 'search-no-js', { fullPage: true });
    await context.close();
  });
});

describe('search warm-up', () => {
  it('fetches nothing of search until the reader focuses the header box, then warms the cache', async () => {
    const { context, page, requests } = await freshPhone();
    await page.goto(`${baseUrl}/ke-hoach/`);
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await openSiteMenu(page);
    await page.getByRole('searchbox', { name: 'Tìm trong trang' }).focus();
    await expect.poll(() => requests.filter((u) => u.includes('/pagefind/')).length).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});

describe('the search page', () => {
  it('finds đ words typed without marks, shows type and excerpt with highlights, under the CSP, and measures a first query', async () => {
    const { context, page, requests, watch, bytes } = await freshPhone();
    await page.goto(`${baseUrl}/tim-kiem/?q=tim%20su%20giup%20do`);
    await page.waitForSelector('site-search[data-state="done"]');
    const results = page.locator('.search-result');
    const article = results.first();
    expect(await article.locator('a').textContent()).toBe('Tìm sự giúp đỡ ở đâu và như thế nào');
    expect(await article.locator('.tag').textContent()).toBe('Bài viết');
    const marks = await article.locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['tìm', 'sự', 'giúp', 'đỡ']));
    expect(await page.locator('site-search [role="status"]').textContent()).toMatch(/kết quả cho “tim su giup do”/);
    await saveShot(page, 'search-results', { fullPage: true });

    await page.waitForTimeout(200);
    const searchFiles = [...bytes].filter(([url]) => url.includes('/pagefind/'));
    const pagefindBytes = searchFiles.reduce((sum, [, n]) => sum + n, 0);
    console.log(searchFiles.map(([url, n]) => `  ${new URL(url).pathname} ${(n / 1024).toFixed(1)} KB`).join('\n'));
    const firstQueryMs = await page.evaluate(() => performance.getEntriesByName('site-search')[0]?.duration ?? -1);
    console.log(
      `First query: ${(pagefindBytes / 1024).toFixed(1)} KB in ${searchFiles.length} /pagefind/ files over the wire, ${firstQueryMs.toFixed(0)} ms from query to results (index loading included).`,
    );

    const timings: number[] = [];
    for (const q of ['bao luc gia dinh', 'dang ky', 'Đà Nẵng', 'thang hanh dong', 'mua ban nguoi', 'ke hoach hoa gia dinh']) {
      await page.getByRole('searchbox', { name: 'Tìm trong trang' }).last().fill(q);
      await page.getByRole('search').last().getByRole('button', { name: 'Tìm' }).tap();
      await page.waitForFunction((query) => document.querySelector('site-search [role="status"]')?.textContent?.includes(query), q);
      timings.push(await page.evaluate(() => performance.getEntriesByName('site-search').at(-1)?.duration ?? -1));
    }
    timings.sort((a, b) => a - b);
    console.log(`Later queries, warm: median ${timings[Math.floor(timings.length / 2)]?.toFixed(0)} ms, max ${timings.at(-1)?.toFixed(0)} ms.`);

    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(await watch.problems()).toEqual([]);
    await context.close();
  });

  it('filters by type of content and keeps the filter in the address', async () => {
    const { context, page } = await freshPhone();
    await page.goto(`${baseUrl}/tim-kiem/?q=gia%20dinh`);
    await page.waitForSelector('site-search[data-state="done"]');
    const types = async () => new Set(await page.locator('.search-result .tag').allTextContents());
    expect((await types()).size).toBeGreaterThan(1);
    await page.getByRole('radio', { name: 'Kế hoạch' }).check();
    await page.waitForFunction(() => location.search.includes('loai='));
    await page.waitForSelector('site-search[data-state="done"]');
    await expect.poll(types).toEqual(new Set(['Kế hoạch']));
    await saveShot(page, 'search-filter', { fullPage: true });
    await context.close();
  });

  it("shows the type filter and result types as written, never with the index's folded đ (d + U+0335)", async () => {
    const { context, page } = await freshPhone();
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('tiến độ')}`);
    await page.waitForSelector('site-search[data-state="done"]');
    const filter = page.getByRole('radio', { name: 'Tiến độ' });
    expect(await filter.getAttribute('value')).toBe('tien-do');
    const seen = await page
      .locator('site-search')
      .evaluate(
        (el) =>
          `${(el as HTMLElement).innerText} ${[...el.querySelectorAll('[aria-label], [title]')].map((e) => e.getAttribute('aria-label') ?? e.getAttribute('title')).join(' ')}`,
      );
    expect(seen).toContain('Tiến độ');
    expect(seen).not.toMatch(/\u0335/);
    await filter.check();
    await page.waitForFunction(() => location.search.includes('loai=tien-do'));
    await page.waitForSelector('site-search[data-state="done"]');
    expect(new Set(await page.locator('.search-result .tag').allTextContents())).toEqual(new Set(['Tiến độ']));
    await context.close();
  });

  it('never glues the words of neighbouring elements in an excerpt ("113Công an")', async () => {
    const { context, page } = await freshPhone();
    for (const q of ['113', 'da kiem tra ngay', 'nguon']) {
      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('site-search[data-state="done"]');
      // A web address shown as text ("tongdai111.vn") holds letters and digits together by itself.
      for (const excerpt of await page.locator('.search-result p').allTextContents())
        expect(excerpt.replace(WEB_ADDRESS, ' '), q).not.toMatch(/[\p{Ll}\p{N}][\p{Lu}]|\p{L}\d|\d\p{L}{2}/u);
    }
    await context.close();
  });

  it(`downloads only the results shown, ${RESULTS_PER_STEP} at a time, and "Xem thêm kết quả" brings the next ${RESULTS_PER_STEP} with focus on the first`, async () => {
    const { context, page, requests } = await freshPhone();
    await page.goto(`${baseUrl}/tim-kiem/?q=gia%20dinh`);
    await page.waitForSelector('site-search[data-state="done"]');
    const fragments = () => requests.filter((u) => u.includes('/pagefind/fragment/')).length;
    expect(await page.locator('.search-result').count()).toBe(RESULTS_PER_STEP);
    expect(fragments()).toBeLessThanOrEqual(RESULTS_PER_STEP);
    const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
    await more.tap();
    await expect.poll(() => page.locator('.search-result').count()).toBe(2 * RESULTS_PER_STEP);
    expect(fragments()).toBeLessThanOrEqual(2 * RESULTS_PER_STEP);
    expect(
      await page.evaluate(
        (first) => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[first],
        RESULTS_PER_STEP,
      ),
    ).toBe(true);
    await context.close();
  });

  it('ranks the exactly marked word first when the same letters mean different words', async () => {
    const { context, page } = await freshPhone();
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('đình')}`);
    await page.waitForSelector('site-search[data-state="done"]');
    const marks = (await page.locator('.search-result').first().locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.some((m) => m.startsWith('đình'))).toBe(true);
    await context.close();
  });
});
