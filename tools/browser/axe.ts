// axe-core in a page of the build: the one way every browser test checks WCAG 2.2 AA.
//
// Why axe can run although the site's CSP allows no inline script and no eval: Playwright's
// page.evaluate hands the source to Chromium through the DevTools protocol (Runtime.evaluate), and
// a page's CSP governs only what the page itself runs (its <script> elements, eval from its own
// scripts), not what the protocol evaluates. So no context needs bypassCSP and the CSP under test
// stays the one readers get. e2e/every-page.test.ts checks this claim on a served page: a <script>
// the page adds is blocked and reported, while axe, evaluated the same moment, runs. The same holds for
// a context's init script (Page.addScriptToEvaluateOnNewDocument), which axeInEveryPage uses; the test
// checks both ways.
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** The rules this site promises: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Makes axe present in every page the context opens, from the start, instead of sending its 650 KB
 * source through the protocol for each page (axeViolations then finds it there). For a context that
 * visits many pages: the every-page crawl took 134–137 CPU-seconds instead of 147–153 (three runs of each,
 * alternated), and 72–73 s instead of 80–84 s.
 */
export async function axeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/** axe's WCAG 2.2 AA violations on the page as it is now, one line each: rule, impact, help, the elements. */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    [...WCAG_22_AA],
  );
  return results.violations.map((v) => `${label}${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The violations in the light, then the dark colour scheme; the page is left in the light scheme. */
export async function axeViolationsLightAndDark(page: Page): Promise<string[]> {
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    violations.push(...(await axeViolations(page, `${colorScheme}: `)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return violations;
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
