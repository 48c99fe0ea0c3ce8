import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { builtPages } from '../tools/browser/site-pages.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages();
/** Each page waits for the network to be idle (500 ms) after loading: the test's time grows with the site, allow 3 s a page. */
const TIMEOUT_MS = 30_000 + pages.length * 3_000;
let browser: Browser;

beforeAll(async () => (browser = await launchChromium()));
afterAll(async () => browser?.close());

describe('privacy', () => {
  it('no page of the built site requests anything from another origin or sets a cookie', async () => {
    const context = await browser.newContext(PHONE);
    const requests: { page: string; url: string }[] = [];
    let current = '';
    context.on('request', (request) => requests.push({ page: current, url: request.url() }));
    const page = await context.newPage();
    for (const path of pages) {
      current = path;
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
    }
    const origin = new URL(baseUrl).origin;
    const foreign = requests.filter(({ url }) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(pages.length);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  }, TIMEOUT_MS);
});
