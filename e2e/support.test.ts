import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { QUICK_EXIT_URL, serveNeutralSite } from '../tools/browser/quick-exit-url.ts';
import { saveShot } from '../tools/browser/shots.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Whether an element lies inside the 360×740 screen without scrolling. */
async function onScreen(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 740;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());
afterEach(async () => context?.close());

const newPhone = async (options: Parameters<Browser['newContext']>[0] = {}) => {
  context = await browser.newContext({ ...PHONE, ...options });
  await serveNeutralSite(context);
  page = await context.newPage();
  return page;
};

describe('a person in danger on a 360×740 phone', () => {
  it('reaches the 24/7 trafficking hotline 111 from the home page in 2 taps, its call link on screen', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/`);
    await page.locator('main .cards').getByRole('link', { name: 'Nơi hỗ trợ' }).tap(); // tap 1
    await expect.poll(() => page.url()).toBe(`${baseUrl}/ho-tro/`);
    expect(await page.getByText('Nếu bạn đang gặp nguy hiểm, gọi 113').isVisible()).toBe(true);
    expect(await page.locator('offline-notice').isHidden()).toBe(true);
    await saveShot(page, 'support-1-directory');

    await page.locator('.filters a', { hasText: /^Mua bán người$/ }).tap(); // tap 2
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ho-tro/nhu-cau/mua-ban-nguoi/');
    const card = page.locator('[data-service-card="duong-day-111"]');
    // The emergency line leads the need, on the first screen; 111 follows it.
    await expect.poll(() => onScreen(page, 'main [data-service-card] a[href="tel:113"]')).toBe(true);
    expect((await card.locator('a[href="tel:111"]').boundingBox())!.y).toBeLessThan(2 * 740);
    expect(await card.textContent()).toContain('24 giờ mỗi ngày');
    await saveShot(page, 'support-2-trafficking');
  });

  it('computes "open now" or the next opening for Vietnam time in the browser', async () => {
    await newPhone({ timezoneId: 'Europe/Berlin' });
    const legalAid = '[data-service-card="tro-giup-phap-ly-1800-1233"] open-status';
    // Monday 30/11/2026 09:00 in Vietnam is 02:00 UTC; the phone's own time zone must not matter.
    await page.clock.setFixedTime(new Date('2026-11-30T02:00:00Z'));
    await page.goto(`${baseUrl}/ho-tro/`);
    expect(await page.locator(legalAid).first().textContent()).toBe('Đang hoạt động đến 17:00 (trừ ngày lễ)');
    // Saturday 05/12/2026 10:00 in Vietnam.
    await page.clock.setFixedTime(new Date('2026-12-05T03:00:00Z'));
    await page.reload();
    expect(await page.locator(legalAid).first().textContent()).toBe('Đang nghỉ. Mở lại lúc 08:00 thứ Hai (trừ ngày lễ)');
  });

  it('without JavaScript still shows hours, call links, and a need chooser of real pages', async () => {
    await newPhone({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/ho-tro/`);
    expect(await page.locator('[data-service-card="tro-giup-phap-ly-1800-1233"]').textContent()).toContain('Thứ Hai – thứ Sáu: 08:00–17:00; nghỉ các ngày lễ');
    await page.locator('.filters a', { hasText: /^Mua bán người$/ }).tap();
    await page.waitForURL(`${baseUrl}/ho-tro/nhu-cau/mua-ban-nguoi/`);
    expect(await page.locator('.filters a[aria-current="page"]').count()).toBe(1);
    expect(await page.locator('[data-service-card]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Thoát nhanh' }).getAttribute('href')).toBe(QUICK_EXIT_URL);
  });

  it('old shared filter links (?nhu-cau=, ?pham-vi=) still lead to the need or the scope', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/ho-tro/?nhu-cau=bao-luc-gia-dinh`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ho-tro/nhu-cau/bao-luc-gia-dinh/');
    await page.goto(`${baseUrl}/ho-tro/?pham-vi=phuong`);
    await expect.poll(() => new URL(page.url()).hash).toBe('#pham-vi-phuong');
    expect(await onScreen(page, '#pham-vi-phuong h2')).toBe(true);
  });
});

describe('quick exit', () => {
  it('Shift pressed 3 times blanks the page before the neutral site answers', async () => {
    context = await browser.newContext(PHONE);
    const asked = await serveNeutralSite(context, { noContent: true });
    page = await context.newPage();
    await page.goto(`${baseUrl}/ho-tro/`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(() => asked).toEqual([QUICK_EXIT_URL]);
    expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('hidden');
    expect(await page.title()).toBe('');
    await saveShot(page, 'quick-exit-1-blank');
  });

  it('Shift pressed 3 times leaves for the neutral site and Back does not return to this site', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/ho-tro/`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(() => page.url()).toBe(QUICK_EXIT_URL);
    await page.waitForLoadState();
    await saveShot(page, 'quick-exit-2-neutral');
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(baseUrl)).toBe(false);
  });

  it('two Shift presses, or three spread over more than 5 seconds, do not leave', async () => {
    await newPhone();
    await page.clock.install();
    await page.goto(`${baseUrl}/ho-tro/`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe('Shift: nhấn thêm 1 lần nữa để thoát nhanh.');
    await page.clock.runFor(6000);
    await page.keyboard.press('Shift');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.url()).toBe(`${baseUrl}/ho-tro/`);
  });

  it('the sticky button leaves with one tap and stays on screen while reading', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/an-toan/`);
    await page.mouse.wheel(0, 2000);
    await page.evaluate(() => window.scrollTo(0, 2000));
    expect(await onScreen(page, '.quick-exit__button')).toBe(true);
    await saveShot(page, 'quick-exit-3-sticky');
    await page.locator('.quick-exit__button').tap();
    await expect.poll(() => page.url()).toBe(QUICK_EXIT_URL);
  });

  it('a focused link is never hidden under the sticky bar', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/ho-tro/`);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.locator('main a').nth(20).focus();
    const bar = await page.locator('.quick-exit').boundingBox();
    const link = await page.locator(':focus').boundingBox();
    expect(link!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  });
});

describe('offline', () => {
  it('after a first visit, /ho-tro/ and /an-toan/ reload with no network and show the numbers', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/ho-tro/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('main a[href="tel:113"]').first().isVisible()).toBe(true);
    expect(await page.locator('main a[href="tel:111"]').first().textContent()).toContain('111');
    expect(await page.locator('a[href="tel:18001233"]').first().isVisible()).toBe(true);
    expect(await page.locator('offline-notice').isVisible()).toBe(true);
    expect(await page.locator('offline-notice').textContent()).toMatch(/^Bản lưu ngày \d{2}\/\d{2}\/\d{4}/);
    await saveShot(page, 'offline-1-ho-tro');
    await page.goto(`${baseUrl}/an-toan/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('An toàn khi tìm hỗ trợ trên điện thoại');
    // A page not kept offline shows the directory instead of the browser's error page.
    await page.goto(`${baseUrl}/ke-hoach/`);
    expect(await page.locator('main a[href="tel:113"]').first().isVisible()).toBe(true);
    await saveShot(page, 'offline-2-fallback');
  });
});
