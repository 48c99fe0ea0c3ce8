// A keyboard-only reader: only Tab, Shift+Tab and Enter, never the mouse. Every stop shows a
// visible focus indicator, and the main journeys can be completed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/browser/browser.ts';
import { QUICK_EXIT_URL, serveNeutralSite } from '../tools/browser/quick-exit-url.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => browser?.close());

interface Focused {
  text: string;
  href: string | null;
  outline: string;
  inViewport: boolean;
}

/** What has keyboard focus now: its text, link target, focus outline and whether it is on screen. */
function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      text: (element.innerText || element.getAttribute('aria-label') || '').trim(),
      href: element.getAttribute('href'),
      outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
      inViewport: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/**
 * Presses Tab until the focused element's text matches `target` (or, given a CSS selector string,
 * until the focused element matches it), checking that every stop on the way is visibly focused.
 */
async function tabTo(target: RegExp | string, maxStops = 120): Promise<Focused> {
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    expect(now.outline, `focus indicator on "${now.text}"`).not.toBe('none');
    expect(now.inViewport, `"${now.text}" scrolled into view`).toBe(true);
    const reached =
      typeof target === 'string' ? await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target) : target.test(now.text);
    if (reached) return now;
  }
  throw new Error(`Không đến được "${target}" sau ${maxStops} lần nhấn Tab`);
}

describe('keyboard only', () => {
  it('skip link: the first Tab shows it, Enter moves focus to the main content', async () => {
    await page.goto(`${baseUrl}/ke-hoach/`);
    await tabTo(/Bỏ qua|nội dung chính/i, 1);
    await page.keyboard.press('Enter');
    // Waited for: Playwright learns of the in-page navigation a moment after the key (once, on a busy CI run, after the check).
    await page.waitForURL(`${baseUrl}/ke-hoach/#noi-dung`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    // The next Tab starts inside the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('main menu: every link is reached in order and Enter opens it', async () => {
    await page.goto(`${baseUrl}/`);
    const menu = await page.locator('nav.site-nav a').allInnerTexts();
    expect(menu.length).toBeGreaterThanOrEqual(2);
    for (const label of menu) await tabTo(new RegExp(`^${label.trim()}$`));
    await page.goto(`${baseUrl}/`);
    await tabTo(/^Kế hoạch$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/ke-hoach/`);
  });

  it('plan → objective → responsibilities, by Tab and Enter alone', async () => {
    await page.goto(`${baseUrl}/ke-hoach/`);
    await tabTo(/Mục tiêu 4: Y tế/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/ke-hoach/muc-tieu/y-te/`);

    const unit = await tabTo(/^Trạm y tế phường$/);
    expect(unit.href).toBe('/ke-hoach/trach-nhiem/#don-vi-tram-y-te');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/ke-hoach/trach-nhiem/#don-vi-tram-y-te`);
    expect(await page.locator('#don-vi-tram-y-te').isVisible()).toBe(true);

    // The wide table scrolls sideways: its region takes focus, so arrow keys can scroll it.
    await page.goto(`${baseUrl}/ke-hoach/trach-nhiem/`);
    for (let stop = 0; stop < 120; stop++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('table-scroll'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    expect((await focused()).outline).not.toBe('none');
  });

  it('search: Tab to the header field, type without diacritics, Enter, Tab to a result and open it', async () => {
    await page.goto(`${baseUrl}/`);
    await tabTo('input[type="search"]');
    await page.keyboard.type('bao luc gia dinh');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/tim-kiem/?q=bao+luc+gia+dinh`);
    await page.waitForSelector('site-search[data-state="done"]');
    const result = await tabTo('.search-result a');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(result.href ?? '', baseUrl).pathname);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });

  it('support directory: Tab to a kind of help, Enter opens its page, Tab to a service and open it', async () => {
    await page.goto(`${baseUrl}/ho-tro/`);
    await tabTo(/^Mua bán người$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/ho-tro/nhu-cau/mua-ban-nguoi/`, { waitUntil: 'load' });
    // The emergency line leads every need.
    const call = await tabTo('a[href^="tel:"]');
    expect(call.href).toBe('tel:113');
    await tabTo(/Tổng đài điện thoại quốc gia bảo vệ trẻ em/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ho-tro\/duong-day-111\/$/);
  });

  it('quick exit: the first stop after the skip link, and Enter leaves for the neutral site', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const asked = await serveNeutralSite(context);
    const exitPage = await context.newPage();
    await exitPage.goto(`${baseUrl}/ke-hoach/`);
    await exitPage.keyboard.press('Tab');
    await exitPage.keyboard.press('Tab');
    expect(await exitPage.evaluate(() => (document.activeElement as HTMLElement).innerText)).toContain('Thoát nhanh');
    await exitPage.keyboard.press('Enter');
    await exitPage.waitForURL(QUICK_EXIT_URL);
    expect(asked).toContain(QUICK_EXIT_URL);
    await context.close();
  });
});
