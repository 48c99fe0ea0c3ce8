// The reach page, the privacy notice and the accessibility statement on the real build: what they
// say is what the site does (nothing kept in the browser but the offline copy), and they are found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_PATHS } from '../src/features/content/lib/files.ts';
import { isHelpPath } from '../src/features/safety/lib/help-history.ts';
import { OFFLINE_PAGES, RUNTIME_CACHES } from '../src/features/safety/lib/offline.ts';
import { LOG_DAYS } from '../src/features/reach/lib/count.ts';
import { REACH_INDICATOR } from '../src/features/reach/lib/figures.ts';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';

const baseUrl = inject('baseUrl');
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const text = (path: string) =>
  html(path)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const STATEMENTS = ['/quyen-rieng-tu/', '/kha-nang-tiep-can/', '/tien-do/tiep-can/'];
let browser: Browser;

beforeAll(async () => (browser = await launchChromium()));
afterAll(async () => browser?.close());

describe('reach page', () => {
  it('says what the figures are and are not, and shows none while no real figures exist', () => {
    const page = text('/tien-do/tiep-can/');
    expect(page).toContain('không phải số người');
    expect(page).toContain(`không phải chỉ tiêu ${REACH_INDICATOR}`);
    expect(page).toContain('khảo sát');
    const saved = existsSync(CONTENT_PATHS.reach) ? readdirSync(CONTENT_PATHS.reach).filter((f) => f.endsWith('.json')) : [];
    if (saved.length === 0) {
      expect(html('/tien-do/tiep-can/')).toContain('data-reach-empty');
      expect(html('/tien-do/tiep-can/')).not.toMatch(/<table|data-chart-slot/);
    } else {
      expect(html('/tien-do/tiep-can/').match(/<tr data-month=/g)).toHaveLength(saved.length);
    }
  });

  it(`is linked from indicator ${REACH_INDICATOR}, and links back to it`, () => {
    expect(html(`/chi-tieu/${REACH_INDICATOR}/`)).toContain('href="/tien-do/tiep-can/"');
    expect(html('/tien-do/tiep-can/')).toContain(`href="/chi-tieu/${REACH_INDICATOR}/"`);
  });
});

describe('statements', () => {
  it('are in the sitemap and in search', () => {
    const sitemap = readdirSync('dist')
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(`dist/${f}`, 'utf8'))
      .join('');
    for (const path of STATEMENTS) {
      expect(sitemap).toContain(`${path}</loc>`);
      expect(html(path)).toContain('data-pagefind-body');
    }
  });

  it('the privacy notice names the log fields, how long it is kept, every page kept offline, and the law', () => {
    const page = text('/quyen-rieng-tu/');
    expect(page).toContain(`${LOG_DAYS} ngày`);
    for (const path of OFFLINE_PAGES) expect(html('/quyen-rieng-tu/')).toContain(`href="${path}"`);
    for (const words of ['ba số đầu', '48 bit', 'phần sau dấu “?”', 'tên trình duyệt', 'không tạo cookie', '91/2025/QH15']) expect(page).toContain(words);
    expect(readFileSync('deploy/logrotate-binh-dang-gioi', 'utf8')).toMatch(new RegExp(`rotate ${LOG_DAYS}\\b[\\s\\S]*maxage ${LOG_DAYS}\\b`));
  });

  it('the accessibility statement names the standard and how to report, with no contact made up', () => {
    const page = text('/kha-nang-tiep-can/');
    expect(page).toContain('WCAG 2.2');
    expect(page).toContain('mức AA');
    expect(page).toContain('Hạn chế đã biết');
    expect(page).toContain('Báo khi bạn gặp khó khăn');
    expect(html('/kha-nang-tiep-can/')).not.toMatch(/mailto:|tel:(?!11[1-5])/);
  });

  it('what the privacy notice says holds: after reading and searching, no cookie and no storage but the offline copy', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    for (const path of ['/', '/ho-tro/', '/tim-kiem/?q=bao%20luc', '/tien-do/tiep-can/', '/quyen-rieng-tu/']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
    }
    const stored = await page.evaluate(
      async (helpCache) => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
        helpPages: (await caches.has(helpCache)) ? (await (await caches.open(helpCache)).keys()).map((r) => new URL(r.url).pathname) : [],
      }),
      RUNTIME_CACHES.helpPages,
    );
    expect(await context.cookies()).toEqual([]);
    expect(stored.local).toBe(0);
    expect(stored.session).toBe(0);
    // Only workbox's own record of when each offline file was saved, which the notice names.
    expect(stored.databases.filter((name) => name !== 'workbox-expiration')).toEqual([]);
    for (const name of stored.databases) expect(text('/quyen-rieng-tu/')).toContain(`IndexedDB (tên “${name}”)`);
    const runtime: string[] = Object.values(RUNTIME_CACHES);
    expect(stored.caches.filter((name) => !name.startsWith('workbox-precache') && !runtime.includes(name))).toEqual([]);
    // Of the pages read, the phone keeps only those of the help section.
    expect(stored.helpPages.filter((path) => !isHelpPath(path))).toEqual([]);
    await context.close();
  });
});
