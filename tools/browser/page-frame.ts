// What every page shares, checked in Chromium on a 320-px phone (the narrowest WCAG 2.2 SC 1.4.10 asks
// for): no sideways scroll, and nothing cut off or past the screen edge at 200% text (SC 1.4.4); no
// words run together across elements; the breadcrumb trail names the page and links every ancestor;
// no link reads as a bare URL or path. e2e/every-page.test.ts runs it on every built page.
import type { Page } from 'playwright-core';
import { isRawAddress } from '../../src/shared/lib/link-text.ts';
import { gluedJoins, type TextJoin } from '../quality/glued-text.ts';

/** The viewport of the check: a 320-px phone. */
export const NARROW = { width: 320, height: 640 } as const;

/** Pieces of text side by side on one line but in different elements (no block, line break or flex item between). */
function textJoins(page: Page): Promise<TextJoin[]> {
  return page.evaluate(() => {
    const INLINE = new Set(['inline', 'inline-block', 'inline-flex', 'contents']);
    const breaksLine = (from: Element | null, stop: Node) => {
      for (let el = from; el && el !== stop; el = el.parentElement) if (!INLINE.has(getComputedStyle(el).display)) return true;
      return false;
    };
    const joins: { before: string; after: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let previous: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (['BR', 'IMG', 'SVG', 'INPUT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName.toUpperCase())) previous = null;
        continue;
      }
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent?.checkVisibility() || text.data === '') continue;
      if (previous && previous.parentElement !== parent) {
        const range = document.createRange();
        range.setStartBefore(previous);
        range.setEndAfter(text);
        const common = range.commonAncestorContainer;
        if (!breaksLine(previous.parentElement, common) && !breaksLine(parent, common)) joins.push({ before: previous.data, after: text.data });
      }
      previous = text;
    }
    return joins;
  });
}

/** Breadcrumb faults: a current crumb that is a link or not last, an ancestor that links to the page itself. */
function breadcrumbFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const trail = document.querySelector('nav.breadcrumbs');
    if (!trail) return [];
    const faults: string[] = [];
    const items = [...trail.querySelectorAll('li')];
    const current = trail.querySelectorAll('[aria-current="page"]');
    if (current.length !== 1 || !items.at(-1)?.contains(current[0] ?? null)) faults.push('the page itself is not the one last, current crumb');
    if (current[0]?.closest('a')) faults.push('the current crumb is a link');
    for (const link of trail.querySelectorAll('a')) {
      if (new URL(link.href).pathname === location.pathname) faults.push(`"${link.textContent}" links to this page`);
    }
    return faults;
  });
}

/** Elements whose content is clipped (overflow hidden or clip and content larger than the box), visually hidden text apart. */
function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body, body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        if (el.clientWidth <= 1 || el.clientHeight <= 1 || !el.checkVisibility()) return false;
        // A text field holding a value scrolls it sideways inside the field, as every text field does; an empty one must show its placeholder whole.
        const scrollsItsValue = (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.value !== '';
        return (
          (clips(style.overflowX) && !scrollsItsValue && el.scrollWidth > el.clientWidth + 1) ||
          (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
  );
}

/**
 * What sticks out past the right edge of the screen or above the top of the page: the innermost elements that do, outside scrollable
 * regions (a wide table scrolls in its own box). A phone number alone is let through: it must not break
 * across lines, and at 200% text "1900 969 680" is wider than a 320-px screen.
 */
function outOfScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    // Past the right edge, or cut by the top of the page (half shown above it, as a skip link that peeks in).
    const out = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > edge || (box.top + scrollY < -1 && box.bottom + scrollY > 1));
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => out(el) && ![...el.children].some(out))
      .filter((el) => !/^[\d\s\u00a0.+]+$/.test(el.textContent ?? ''))
      .filter((el) => {
        for (let a = el.parentElement; a; a = a.parentElement) if (scrolls(a)) return false;
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`);
  });
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The faults of the page shown now, by kind ({} when there are none). Sets the viewport to 320 px first;
 * ends by setting the text to 200%, so the page is left changed: run it last on a visit.
 */
export async function pageFrameFaults(page: Page): Promise<Record<string, unknown>> {
  await page.setViewportSize(NARROW);
  // Let the page answer the resize before measuring: a chart redraws at the new width some frames later,
  // later still when two pages share a busy CPU. Waits up to 3 s; a page that still overflows then fails.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const deadline = performance.now() + 3000;
    while (performance.now() < deadline && document.documentElement.scrollWidth > document.documentElement.clientWidth) await frame();
  });
  const faults: Record<string, unknown> = {};
  const overflow = await sideways(page);
  if (overflow > 0) faults['scrolls sideways at 320 px by (px)'] = overflow;
  const glued = gluedJoins(await textJoins(page));
  if (glued.length > 0) faults['words glued across elements'] = glued;
  const crumbs = await breadcrumbFaults(page);
  if (crumbs.length > 0) faults.breadcrumbs = crumbs;
  const raw = (await page.locator('a').allInnerTexts()).map((t) => t.trim()).filter(isRawAddress);
  if (raw.length > 0) faults['links that read as an address'] = raw;
  // Text at 200%, as a phone's largest font setting makes it: still no sideways scroll, nothing clipped.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const zoomed = await outOfScreen(page);
  if (zoomed.length > 0) faults['past the screen edge at 320 px with 200% text'] = zoomed;
  const clipped = await clippedElements(page);
  if (clipped.length > 0) faults['clipped with 200% text'] = clipped;
  return faults;
}
