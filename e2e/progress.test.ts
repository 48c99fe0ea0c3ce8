import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { indicatorNumber } from '../src/features/plan/lib/plan.ts';
import { launchChromium, PHONE, sidewaysOverflow } from '../tools/browser/browser.ts';
import { recordCspViolations, watchPage } from '../tools/browser/page-watch.ts';
import { saveShot } from '../tools/browser/shots.ts';

const baseUrl = inject('baseUrl');
const NOTICE = 'Số liệu minh họa, không phải số liệu chính thức';
const INDICATORS = parse(readFileSync('content/plan/indicators.yaml', 'utf8')) as { id: string; responsible: string[] }[];
/** The stored indicator records (3.2 and 5.4 in two parts each): one progress item each. */
const RECORDS = INDICATORS.length;
/** The indicators the ward health station reports, numbered as the overview shows them. */
const HEALTH_STATION = INDICATORS.filter((i) => i.responsible.includes('tram-y-te')).map((i) => indicatorNumber(i.id));
/** The 1.1 figure of the shipped snapshot, as the table shows it, labelled. */
const FIRST_11 = `${String((JSON.parse(readFileSync('content/snapshots/2026.json', 'utf8')) as { values: Record<string, { value: number }> }).values['1.1']?.value).replace('.', ',')}% (minh họa)`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Scripts of the layout, on every page: quick exit, service-worker registration, search warm-up. */
const SITE_WIDE_SCRIPTS = /\/_astro\/(QuickExit|OfflineSupport|SiteHeader)\.astro_astro_type_script/;
const isChartCode = (url: string) => /IndicatorChart|chart-render/.test(url);

/** A page watched for console errors, exceptions and CSP violations (page-watch.ts), recording the JavaScript it downloads (gzip bytes on the wire). */
async function watchedPage(context: BrowserContext) {
  await recordCspViolations(context);
  const page = await context.newPage();
  const watch = watchPage(page);
  const scripts: Request[] = [];
  page.on('requestfinished', (request) => request.resourceType() === 'script' && scripts.push(request));
  const jsBytes = async () => (await Promise.all(scripts.map(async (r) => (await r.sizes()).responseBodySize))).reduce((a, b) => a + b, 0);
  return { page, watch, scripts, jsBytes };
}

describe('an indicator page on a 360×740 phone', () => {
  it('shows the figures as a table in a <figure> without JavaScript, with the illustrative notice', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chi-tieu/1.1/`);
    await expect.poll(() => page.locator('.notice--illustrative').getByText(NOTICE).isVisible()).toBe(true);
    const table = page.locator('figure table');
    await table.scrollIntoViewIfNeeded();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('2026'), expect.stringContaining(FIRST_11)]),
    );
    expect(await page.locator('canvas').count()).toBe(0);
    await saveShot(page, 'progress-1-indicator-no-js', { fullPage: true });
    await context.close();
  });

  it('loads the chart only once it scrolls into view, with no console error or CSP violation', async () => {
    const context = await browser.newContext(PHONE);
    const { page, watch, scripts, jsBytes } = await watchedPage(context);
    await page.goto(`${baseUrl}/chi-tieu/1.1/`, { waitUntil: 'networkidle' });
    const before = await jsBytes();
    expect(scripts.some((s) => s.url().includes('chart-render'))).toBe(false);
    expect(await page.locator('canvas').count()).toBe(0);

    await page.locator('indicator-chart').scrollIntoViewIfNeeded();
    const canvas = page.locator('indicator-chart canvas');
    await expect.poll(() => canvas.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600);
    const after = await jsBytes();
    expect(scripts.some((s) => s.url().includes('chart-render'))).toBe(true);
    expect((await canvas.boundingBox())?.height).toBeGreaterThan(150);
    expect(await page.locator('figure table').isVisible()).toBe(true);
    await canvas.scrollIntoViewIfNeeded();
    await saveShot(page, 'progress-2-indicator-chart');
    console.log(`JS gzip bytes on /chi-tieu/1.1/: before chart ${before}, after chart ${after}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lưu ảnh PNG' }).tap();
    expect((await download).suggestedFilename()).toBe('chi-tieu-1.1.png');
    // Read as a stream: the browser is shared (tools/browser/serve.ts), and a remote browser's file has no local path.
    const png = Buffer.concat(await (await (await download).createReadStream()).toArray());
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
    expect(await watch.problems()).toEqual([]);
    await context.close();
  });

  it('draws the chart in the dark scheme without errors', async () => {
    const context = await browser.newContext({ ...PHONE, colorScheme: 'dark' });
    const { page, watch } = await watchedPage(context);
    await page.goto(`${baseUrl}/chi-tieu/4.1/`);
    await page.locator('indicator-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('indicator-chart canvas').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(600);
    await saveShot(page, 'progress-3-indicator-dark', { fullPage: true });
    expect(await watch.problems()).toEqual([]);
    await context.close();
  });

  it.each([
    ['no-preference', false],
    ['reduce', true],
  ] as const)('with prefers-reduced-motion: %s, the chart is drawn without animation: %s', async (reducedMotion, still) => {
    const context = await browser.newContext({ ...PHONE, reducedMotion });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chi-tieu/1.1/`);
    // In the page: scroll the chart into view, then compare the canvas on its first drawn frame with 700 ms later.
    const unchanged = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      document.querySelector('indicator-chart')?.scrollIntoView();
      const chartCanvas = () => document.querySelector<HTMLCanvasElement>('indicator-chart canvas');
      let canvas = chartCanvas();
      while (!canvas || canvas.width === 0) {
        await frame();
        canvas = chartCanvas();
      }
      await frame();
      const first = canvas.toDataURL();
      await new Promise((resolve) => setTimeout(resolve, 700));
      return first === canvas.toDataURL();
    });
    expect(unchanged).toBe(still);
    await context.close();
  });

  it('loads no chart code on a qualitative indicator', async () => {
    const context = await browser.newContext(PHONE);
    const { page, scripts } = await watchedPage(context);
    await page.goto(`${baseUrl}/chi-tieu/5.1/`, { waitUntil: 'networkidle' });
    expect(scripts.map((s) => s.url()).filter(isChartCode)).toEqual([]);
    expect(await page.locator('figure table').textContent()).toContain('Đang triển khai');
    await context.close();
  });
});

describe('the progress overview', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('groups every indicator by objective with a status badge and the notice', async () => {
    await page.goto(`${baseUrl}/tien-do/`);
    expect(await page.locator('.notice--illustrative').getByText(NOTICE).isVisible()).toBe(true);
    expect(await page.locator('.progress-item').count()).toBe(RECORDS);
    expect(await page.locator('main h2').allTextContents()).toEqual(expect.arrayContaining(['Mục tiêu 1: Chính trị', 'Mục tiêu 6: Thông tin, truyền thông']));
    expect(await page.locator('.progress-item .status').count()).toBe(RECORDS);
    await saveShot(page, 'progress-4-overview', { fullPage: true });
  });

  it('filters by status without JavaScript', async () => {
    await page.goto(`${baseUrl}/tien-do/`);
    // The first status the figures give, whichever it is; its count is of chỉ tiêu (3.2 (a) and (b) count once).
    const link = page.getByRole('navigation', { name: 'Lọc chỉ tiêu' }).locator('a[href^="/tien-do/trang-thai/"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    const count = Number(/\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1]);
    await link.tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}${href}`);
    const statuses = await page.locator('.progress-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    const chiTieu = new Set((await page.locator('.progress-item .indicator__id').allTextContents()).map((id) => id.replace(/ \([a-z]\)$/, '')));
    expect(chiTieu.size).toBe(count);
    expect(new Set(statuses).size).toBe(1);
  });

  it('filters by responsible unit without JavaScript', async () => {
    await page.goto(`${baseUrl}/tien-do/`);
    await page
      .getByRole('navigation', { name: 'Lọc chỉ tiêu' })
      .getByRole('link', { name: /^Trạm y tế/ })
      .tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/tien-do/don-vi/tram-y-te/`);
    const ids = await page.locator('.progress-item .indicator__id').allTextContents();
    expect(HEALTH_STATION.length).toBeGreaterThan(0);
    expect(ids).toEqual(HEALTH_STATION);
    await saveShot(page, 'progress-5-filter-unit');
  });

  it('loads no JavaScript but the quick exit and offline support every page has', async () => {
    const js = await browser.newContext(PHONE);
    const { page: withJs, scripts, jsBytes } = await watchedPage(js);
    await withJs.goto(`${baseUrl}/tien-do/`, { waitUntil: 'networkidle' });
    console.log(`JS gzip bytes on /tien-do/: ${await jsBytes()}`);
    expect(scripts.map((s) => s.url()).filter((url) => !SITE_WIDE_SCRIPTS.test(url))).toEqual([]);
    await js.close();
  });

  it('never scrolls sideways at 360 px', async () => {
    const paths = ['/tien-do/', '/tien-do/phuong-phap/', '/chi-tieu/4.2/', '/chi-tieu/6.1/', '/du-lieu/'];
    expect(await sidewaysOverflow(page, baseUrl, paths)).toEqual(Object.fromEntries(paths.map((path) => [path, 0])));
  });
});

describe('open data', () => {
  it('serves CSV as UTF-8 with a byte order mark, compressed', async () => {
    const response = await fetch(`${baseUrl}/du-lieu/so-lieu.csv`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-type')).toMatch(/text\/csv.*utf-8/i);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Phòng, ban có lãnh đạo chủ chốt là nữ');
  });
});
