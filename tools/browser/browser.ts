import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell): the same Blink and V8 as
 * /usr/bin/chromium, without the desktop browser the full binary's headless mode starts around each
 * page, and what Playwright itself drives for headless Chromium. Measured on the 2-core CI machine:
 * 40 pages opened each in a new tab took 7.5 s against 20.8 s in /usr/bin/chromium, and the browser
 * tests 246 s against 412 s. Where only the full browser is installed, the tests run in it.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

/** How Debian's Chromium is started: the way this closed network needs (no background connections). */
const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

/** Set by the browser tests' global setup (tools/browser/serve.ts): the address of the one Chromium they share. */
export const SHARED_CHROMIUM_VARIABLE = 'E2E_CHROMIUM_ENDPOINT';

/**
 * Debian's Chromium. In the browser tests, a connection to the one Chromium their global setup started,
 * so no test file pays for starting its own; closing it closes only that file's contexts. Elsewhere
 * (benchmarks, scripts), a Chromium of its own: the variable counts only inside Vitest, so one left
 * in a developer's shell never sends a script to a browser that may be gone.
 */
export function launchChromium(): Promise<Browser> {
  const shared = process.env.VITEST ? process.env[SHARED_CHROMIUM_VARIABLE] : undefined;
  return shared ? chromium.connect(shared) : chromium.launch(LAUNCH_OPTIONS);
}

/** Starts the Chromium the browser tests share, reachable at its wsEndpoint(). */
export function launchSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS);
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
