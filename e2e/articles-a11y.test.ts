import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';

const baseUrl = inject('baseUrl');
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('WCAG 2.2 AA (axe-core) on the pages of this section', () => {
  it.each([
    '/bai-viet/',
    '/bai-viet/chu-de/gia-dinh/',
    '/bai-viet/nhan-biet-bao-luc-gia-dinh-va-phap-luat-quy-dinh-gi/',
    '/lich/',
    '/tim-kiem/?q=bao%20luc%20gia%20dinh',
  ])('%s has no violations, light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...PHONE, colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${path}`);
      if (path.startsWith('/tim-kiem/')) await page.waitForSelector('site-search[data-state="done"]');
      // axe is injected through the CDP, which the page's CSP does not govern.
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      expect(violations, `${path} (${colorScheme})`).toEqual([]);
      await context.close();
    }
  });
});
