// Quick exit as a person in danger meets it on a 360×740 touch phone: typing never throws them off
// the site, three Shift presses in a row still do, and after leaving no Back press shows a help page.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isHelpPath } from '../src/features/safety/lib/help-history.ts';
import { openSiteMenu } from '../tools/browser/browser.ts';
import { phoneSession } from '../tools/browser/phone-session.ts';
import { saveShot } from '../tools/browser/shots.ts';
import { QUICK_EXIT_URL } from '../tools/browser/quick-exit-url.ts';

const baseUrl = inject('baseUrl');
const phone = phoneSession();
let page: Page;
const newPhone = async (options?: Parameters<typeof phone.open>[0]) => (page = await phone.open(options));

/** Types text as a phone keyboard with a Vietnamese input method does: Shift before each capital, accented letters composed. */
async function typeVietnamese(text: string) {
  const cdp = await phone.context.newCDPSession(page);
  for (const ch of text) {
    const capital = ch !== ch.toLowerCase();
    if (capital) await page.keyboard.down('Shift');
    if (/^[a-zA-Z ]$/.test(ch)) await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    else {
      // An IME composes the accented letter, then commits it.
      await cdp.send('Input.imeSetComposition', { text: ch, selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: ch });
    }
    if (capital) await page.keyboard.up('Shift');
  }
}

/** Every text field a reader can type in on a page. */
const fieldsOn = (p: Page) => p.locator('input[type="search"], input[type="text"], input:not([type]), textarea').evaluateAll((els) => els.map((_, i) => i));

describe('typing never exits', () => {
  it.each(['/', '/ho-tro/', '/tim-kiem/', '/an-toan/'])('mixed-case Vietnamese in every text field on %s stays on the page', async (path) => {
    await newPhone();
    await page.goto(`${baseUrl}${path}`);
    const fields = await fieldsOn(page);
    expect(fields.length).toBeGreaterThan(0);
    for (const i of fields) {
      const field = page.locator('input[type="search"], input[type="text"], input:not([type]), textarea').nth(i);
      if (!(await field.isVisible())) continue;
      await field.tap();
      await typeVietnamese('Luật Bình Đẳng Giới');
      await typeVietnamese(' LÊ CHÂN HN');
      expect(await field.inputValue()).toContain('Luật Bình Đẳng Giới');
      expect(new URL(page.url()).origin).toBe(new URL(baseUrl).origin);
      await field.fill('');
    }
    expect(await page.evaluate(() => document.documentElement.classList.contains('quick-exit-active'))).toBe(false);
  });

  it('three Shift presses in a row in a search field still exit', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/ho-tro/`);
    await openSiteMenu(page); // the search box is in the header's Danh mục menu
    await page.locator('input[type="search"]').first().tap();
    await typeVietnamese('Bạo lực');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(() => page.url()).toBe(QUICK_EXIT_URL);
  });
});

/**
 * The pages Back would show, newest first: the tab's session history before the current entry, as
 * Chromium keeps it (CDP Page.getNavigationHistory), then checked by really going Back once.
 */
async function backWalk(): Promise<string[]> {
  const cdp = await phone.context.newCDPSession(page);
  const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
  const shown = entries
    .slice(0, currentIndex)
    .map((e) => e.url)
    .reverse();
  if (shown.length) {
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    expect(page.url()).toBe(shown[0]);
  }
  return shown;
}
const helpShown = (urls: string[]) => urls.filter((url) => url.startsWith(baseUrl) && isHelpPath(new URL(url).pathname));

/** Home → Hỗ trợ → scope jump → a need → a service → its need → safety advice → home → plan, by tapping links. */
async function journey(shots = false) {
  await page.goto(`${baseUrl}/`);
  const tapTo = async (locator: ReturnType<Page['locator']>, path: RegExp | string, shot?: string) => {
    await locator.first().tap();
    await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname + url.hash)));
    if (shots && shot) await saveShot(page, `quick-exit-walk-${shot}`);
  };
  await tapTo(page.locator('main .cards a[href="/ho-tro/"]'), '/ho-tro/', '1-directory');
  await tapTo(page.locator('a[href="#pham-vi-phuong"]'), /#pham-vi-phuong$/);
  await tapTo(page.locator('.filters a[href="/ho-tro/nhu-cau/bao-luc-gia-dinh/"]'), '/ho-tro/nhu-cau/bao-luc-gia-dinh/', '2-need');
  await tapTo(page.locator('main [data-service-card] h3 a').last(), /^\/ho-tro\/[^/]+\/$/, '3-service');
  await tapTo(page.locator('main .facts a[href^="/ho-tro/nhu-cau/"]'), /^\/ho-tro\/nhu-cau\//);
  await openSiteMenu(page);
  await tapTo(page.locator('.site-header a[href="/ho-tro/"]'), '/ho-tro/');
  await tapTo(page.locator('main a[href="/an-toan/"]'), '/an-toan/');
  await tapTo(page.locator('main a[href="/ho-tro/"]'), '/ho-tro/');
  await tapTo(page.locator('.site-header a[href="/"]'), '/');
  await tapTo(page.locator('main .cards a[href="/ke-hoach/"]'), '/ke-hoach/');
}

describe('after quick exit, Back never shows a help page', () => {
  it('with JavaScript: the walk back from the neutral site passes only pages outside the help section', async () => {
    await newPhone();
    await journey(true);
    await page.locator('.quick-exit__button').tap();
    await expect.poll(() => page.url()).toBe(QUICK_EXIT_URL);
    await page.waitForLoadState();
    await saveShot(page, 'quick-exit-walk-4-neutral');
    const shown = await backWalk();
    expect(shown.length).toBeGreaterThan(0);
    expect(helpShown(shown)).toEqual([]);
    // Back was only committed (backWalk): the headless shell refuses to capture a page still loading.
    await page.waitForLoadState();
    await saveShot(page, 'quick-exit-walk-5-back');
  });

  it('with JavaScript, exiting from a help page itself leaves the page before it', async () => {
    await newPhone();
    await page.goto(`${baseUrl}/`);
    await page.locator('main a[href="/ho-tro/nhu-cau/bao-luc-gia-dinh/"]').tap();
    await page.waitForURL(`${baseUrl}/ho-tro/nhu-cau/bao-luc-gia-dinh/`);
    await page.locator('main [data-service-card] h3 a').first().tap();
    await page.waitForURL(/\/ho-tro\/[^/]+\/$/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(() => page.url()).toBe(QUICK_EXIT_URL);
    expect(helpShown(await backWalk())).toEqual([]);
  });

  it('without JavaScript: help pages say that Back will show them again, and the safety page says so too', async () => {
    await newPhone({ javaScriptEnabled: false });
    await journey();
    await page.goto(`${baseUrl}/ho-tro/`);
    expect(await page.locator('[data-noscript-exit]').isVisible()).toBe(true);
    await page.locator('.quick-exit__button').tap();
    await page.waitForURL(QUICK_EXIT_URL);
    // Without JavaScript no page can replace its history entry: Back shows the help page again, as the note warned.
    const shown = await backWalk();
    expect(helpShown(shown).length).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/an-toan/`);
    expect(await page.locator('main').textContent()).toContain('Nếu trình duyệt tắt JavaScript');
  });
});
