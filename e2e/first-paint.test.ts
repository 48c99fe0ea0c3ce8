// The emergency numbers paint, styled, from the HTML alone (src/shared/styles/critical.css inlined, the site's
// stylesheets after the numbers): the inline style is allowed by the CSP nginx sends and by the <meta>
// CSP, nothing is blocked, and nothing painted before the stylesheets arrive moves or changes colour
// when they do (no flash of unstyled content), light and dark, at 320 and 360 px.
import { get } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspHash } from '../src/shared/lib/critical-style.ts';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { builtHtml } from '../tools/browser/built-site.ts';
import { recordCspViolations, watchPage } from '../tools/browser/page-watch.ts';

const baseUrl = inject('baseUrl');
// Every page that marks its emergency numbers for the first paint, by address (/404.html stays a file).
const PAGES = builtHtml()
  .filter((page) => page.html.includes(' data-first-paint'))
  .map((page) => page.file.replace(/index\.html$/, ''));

it('marks the numbers for the first paint on the pages a person in danger opens first', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/ho-tro/', '/404.html']));
});

function fetchPage(path: string): Promise<{ csp: string; html: string }> {
  return new Promise((resolve, reject) => {
    get(`${baseUrl}${path}`, (res) => {
      let html = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (html += chunk));
      res.on('end', () => resolve({ csp: String(res.headers['content-security-policy']), html }));
    }).on('error', reject);
  });
}

const styleSources = (csp: string) =>
  csp
    .split(';')
    .find((part) => part.trim().startsWith('style-src'))
    ?.trim()
    .split(/\s+/)
    .slice(1) ?? [];

describe.each(PAGES)('%s', (path) => {
  it('has one inline style, whose hash both the header CSP and the meta CSP allow', async () => {
    const { csp, html } = await fetchPage(path);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles).toHaveLength(1);
    const hash = `'${cspHash(styles[0]!)}'`;
    expect(styleSources(csp)).toContain(hash);
    expect(csp).not.toContain("'unsafe-inline'");
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(styleSources(meta)).toContain(hash);
  });

  it('loads its stylesheets after the emergency numbers, not in <head>', async () => {
    const { html } = await fetchPage(path);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/rel="?stylesheet/);
    const numbers = html.indexOf('href="tel:');
    const firstSheet = html.search(/<link[^>]+rel="?stylesheet/);
    expect(numbers).toBeGreaterThan(0);
    expect(firstSheet).toBeGreaterThan(numbers);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('%s reports no Content Security Policy violation, console error or exception, light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...PHONE, colorScheme });
      await recordCspViolations(context);
      const page = await context.newPage();
      const watch = watchPage(page);
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(await watch.problems(), `${path} ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });

  /** Box and look of every element up to the end of the emergency numbers, in document order. */
  const paintedBeforeStylesheets = () => {
    const end = document.querySelector('[data-first-paint]');
    if (!end) return null;
    return [...document.body.querySelectorAll('*')]
      .filter((element) => element === end || end.contains(element) || element.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING)
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        const look = [style.color, style.backgroundColor, style.fontSize, style.fontWeight, style.borderTopColor, style.visibility].join(' ');
        // An element around the numbers (main, body) also holds what comes after them: its height is not compared.
        const height = element !== end && element.contains(end) ? '' : `×${Math.round(box.height)}`;
        return `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}${height} ${look}`;
      });
  };

  it.each(PAGES)('%s paints the same first screen before and after its stylesheets arrive, light and dark, 320 and 360 px', async (path) => {
    for (const width of [320, 360]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const looks: (string[] | null)[] = [];
        for (const withStylesheets of [false, true]) {
          // A first visit, with no service worker: it registers only after the load compared here, and
          // installing it in each of these 24 fresh phones cost about 2 CPU-seconds in all.
          const context = await browser.newContext({ ...PHONE, viewport: { width, height: 740 }, colorScheme, serviceWorkers: 'block' });
          const page = await context.newPage();
          // No script may change what is compared: quick exit and the menu enhance only after a tap.
          if (!withStylesheets) await page.route('**/_astro/*.css', (route) => route.abort());
          await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
          looks.push(await page.evaluate(paintedBeforeStylesheets));
          await context.close();
        }
        expect(looks[0], `${path} ${width}px ${colorScheme}`).not.toBeNull();
        expect(looks[0], `${path} ${width}px ${colorScheme}`).toEqual(looks[1]);
      }
    }
  });
});
