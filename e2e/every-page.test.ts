// Every page of the build, served by nginx with the production headers, on the phone the site is
// designed for: no WCAG 2.2 AA violation found by axe-core in the light or the dark scheme, no
// console error, no uncaught exception and no Content-Security-Policy violation.
import axe from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { recordCspViolations, watchPage } from '../tools/browser/page-watch.ts';
import { builtPages } from '../tools/browser/site-pages.ts';

const baseUrl = inject('baseUrl');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext(PHONE);
  await recordCspViolations(context);
});
afterAll(async () => browser?.close());

describe('every built page', () => {
  it.each(builtPages())('%s: no console error or CSP violation, and no axe violation in light and dark', async (path) => {
    const page = await context.newPage();
    const watch = watchPage(page);
    try {
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      await page.evaluate(axe.source);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), WCAG_22_AA);
        const violations = results.violations.map((v) => `${colorScheme}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations).toEqual([]);
      }
      expect(await watch.problems()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
