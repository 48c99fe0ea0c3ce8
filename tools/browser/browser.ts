import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, started the way this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** The phone the site is designed for first: 360×740, touch. */
export const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

/** How many CSS pixels each page scrolls sideways (0 when it fits the viewport), by path. */
export async function sidewaysOverflow(page: Page, baseUrl: string, paths: readonly string[]): Promise<Record<string, number>> {
  const overflow: Record<string, number> = {};
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    overflow[path] = Math.max(0, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
  }
  return overflow;
}

/** Opens the header's "Danh mục" menu (a <details> on a phone, holding the search box and the site links) unless it is shown already. */
export async function openSiteMenu(page: Page): Promise<void> {
  const menu = page.locator('.site-menu').first();
  if (await menu.locator('.site-nav').isVisible()) return;
  await menu.locator(':scope > summary').tap();
  await menu.locator('.site-nav').waitFor({ state: 'visible' });
}
