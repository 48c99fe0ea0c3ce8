import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { parse } from 'yaml';

/** The neutral site the quick exit leaves for, as content/ward.yaml sets it. */
export const QUICK_EXIT_URL: string = parse(readFileSync('content/ward.yaml', 'utf8')).quickExitUrl;

/**
 * Answers navigations to the neutral site inside the browser, so no request ever leaves the machine.
 * With `noContent` it answers 204, which cancels the navigation: the page stays as the exit left it,
 * to check it was blanked. Returns the URLs asked for.
 */
export async function serveNeutralSite(context: BrowserContext, { noContent = false } = {}) {
  const origin = new URL(QUICK_EXIT_URL).origin;
  const asked: string[] = [];
  await context.route(
    (url) => url.origin === origin,
    async (route) => {
      asked.push(route.request().url());
      if (noContent) return route.fulfill({ status: 204 });
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>Tin tức</title><h1>Trang tin tức (giả lập trong kiểm thử)</h1>',
      });
    },
  );
  return asked;
}
