// A keyboard-only reader: only Tab, Shift+Tab and Enter, never the mouse. Every stop shows a
// visible focus indicator, and the main journeys can be completed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';

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

/** Presses Tab until the focused element's text matches, checking that every stop on the way is visibly focused. */
async function tabTo(name: RegExp, maxStops = 120): Promise<Focused> {
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    expect(now.outline, `focus indicator on "${now.text}"`).not.toBe('none');
    expect(now.inViewport, `"${now.text}" scrolled into view`).toBe(true);
    if (name.test(now.text)) return now;
  }
  throw new Error(`Không đến được "${name}" sau ${maxStops} lần nhấn Tab`);
}

describe('keyboard only', () => {
  it('skip link: the first Tab shows it, Enter moves focus to the main content', async () => {
    await page.goto(`${baseUrl}/ke-hoach/`);
    await tabTo(/Bỏ qua|nội dung chính/i, 1);
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(`${baseUrl}/ke-hoach/#noi-dung`);
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

  // Journeys built on other branches: add their keyboard walk here after the merge.
  it.todo('search (issue 5): Tab to the search field, type a word without diacritics, Enter, Tab to a result and open it');
  it.todo('support directory filter (issue 3): Tab to the filter, choose a kind of help, Tab to a service and open it');
  it.todo('quick exit (issue 3): the button is the first stop after the skip link; Enter (and Shift pressed 3 times) leaves for the neutral site');
});
