// Watches a browser page for what must never happen on this site: a console error, an uncaught
// exception, a Content-Security-Policy violation (the header's or the <meta>'s), a request to another origin.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Makes every page of the context record its CSP violations in window.__cspViolations. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** Collects console errors and uncaught exceptions of a page; read with problems(), stop listening with stop(). */
export function watchPage(page: Page): { problems: () => Promise<string[]>; stop: () => void } {
  const seen: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  };
  const onPageError = (error: Error) => seen.push(`exception: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    problems: async () => [...seen, ...(await page.evaluate(() => window.__cspViolations ?? [])).map((v) => `CSP: ${v}`)],
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}

/** The requests among `urls` that leave the site's origin; data: and blob: URLs stay inside the page. */
export function foreignRequests(urls: readonly string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}
