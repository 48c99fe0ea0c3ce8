// One fresh 360×740 touch phone per test, with the neutral quick-exit site answered inside the browser.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, PHONE } from './browser.ts';
import { serveNeutralSite } from './quick-exit-url.ts';

export interface PhoneSession {
  /** A new phone (browser context) and page; closed after the test. */
  open(options?: Parameters<Browser['newContext']>[0]): Promise<Page>;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Registers the hooks that connect to Chromium once per file (browser.ts) and close each phone after its test. */
export function phoneSession(): PhoneSession {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => context?.close());
  return {
    async open(options = {}) {
      context = await browser.newContext({ ...PHONE, ...options });
      await serveNeutralSite(context);
      page = await context.newPage();
      return page;
    },
    get context() {
      return context!;
    },
    get page() {
      return page!;
    },
  };
}
