// The frame around every page on a 360×640 phone: a short header whose menu works without JavaScript,
// the emergency numbers first and once, unmistakable in both colour schemes, breadcrumbs back to the
// directory, and a footer that says who publishes the site and when its content last changed.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { contrastRatio, isStrongRed, luminance, parseColour } from '../tools/quality/contrast.ts';
import { blanksNote } from '../src/features/plan/lib/plan-blanks.ts';
import { VIOLENCE_TOPICS } from '../src/features/support/lib/violence-help.ts';
import { launchChromium } from '../tools/browser/browser.ts';
import { builtHtml, builtPages } from '../tools/browser/built-site.ts';

const baseUrl = inject('baseUrl');
const FIRST_SCREEN = { width: 360, height: 640 };
const ward = parse(readFileSync('content/ward.yaml', 'utf8')) as { committee: string };
const plan = parse(readFileSync('content/plan/plan.yaml', 'utf8')) as { number: string; placeAndDate: string };
const services = readdirSync('content/services')
  .map((file) => parse(readFileSync(`content/services/${file}`, 'utf8')) as { draft?: boolean; topics: string[]; verifiedAt?: string })
  .filter((s) => !s.draft);
const servicePages = builtPages().filter(
  (p) => /^\/ho-tro\/[^/]+\/$/.test(p) && !['/ho-tro/the-in/', '/ho-tro/ap-phich/', '/ho-tro/tinh-trang-du-lieu/'].includes(p),
);
const SAMPLE = ['/', '/ho-tro/', servicePages[0]!, '/an-toan/', '/ke-hoach/', '/ke-hoach/toan-van/', '/chi-tieu/4.1/', '/bai-viet/'];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: FIRST_SCREEN, hasTouch: true, isMobile: true });
  page = await context.newPage();
});
afterAll(async () => browser?.close());

describe('header', () => {
  it.each(SAMPLE)('%s: at most a quarter of a 360×640 first screen (and of 320×640), with one way into search', async (path) => {
    await page.goto(`${baseUrl}${path}`);
    for (const width of [FIRST_SCREEN.width, 320]) {
      await page.setViewportSize({ ...FIRST_SCREEN, width });
      const bottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom, `${width} px wide`).toBeLessThanOrEqual(FIRST_SCREEN.height / 4);
    }
    await page.setViewportSize(FIRST_SCREEN);
    expect(await page.locator('.site-header form[role="search"], .site-header a[href^="/tim-kiem/"]').count()).toBe(1);
  });

  it('home: 113 and 111 come first, whole in the first screen', async () => {
    await page.goto(`${baseUrl}/`);
    for (const number of ['113', '111']) {
      const box = await page.locator(`main a[href="tel:${number}"]`).first().boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
    }
  });

  it('the menu opens and leads to a section without JavaScript', async () => {
    const noJs = await browser.newContext({ viewport: FIRST_SCREEN, hasTouch: true, isMobile: true, javaScriptEnabled: false });
    const plain = await noJs.newPage();
    try {
      await plain.goto(`${baseUrl}/ho-tro/`);
      const planLink = plain.locator('.site-nav a[href="/ke-hoach/"]');
      expect(await planLink.isVisible()).toBe(false);
      await plain.locator('.site-menu > summary').click();
      expect(await planLink.isVisible()).toBe(true);
      expect(await plain.locator('.site-header input[type="search"]').isVisible()).toBe(true);
      await planLink.click();
      await plain.waitForURL(`${baseUrl}/ke-hoach/`);
    } finally {
      await noJs.close();
    }
  });
});

describe('colours in the light and the dark scheme', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: emergency cards strong red with text at AA contrast; header calm, text at AA`, async () => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${baseUrl}/`);
      const cards = await page.locator('.call-link, .quick-exit__button').evaluateAll((els) =>
        els
          .flatMap((el) => [el, ...el.querySelectorAll('*')])
          .map((el) => ({
            bg: getComputedStyle(el.closest('.call-link, .quick-exit__button')!).backgroundColor,
            fg: getComputedStyle(el).color,
            text: el.textContent?.trim() ?? '',
          })),
      );
      expect(cards.length).toBeGreaterThan(0);
      for (const { bg, fg, text } of cards) {
        expect(isStrongRed(parseColour(bg)), `${text}: ${bg}`).toBe(true);
        expect(contrastRatio(parseColour(bg), parseColour(fg)), `${text}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      const header = await page.locator('.site-header').evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
      expect(contrastRatio(parseColour(header.bg), parseColour(header.fg))).toBeGreaterThanOrEqual(4.5);
      // Calm in the dark: a dark band, not a bright one.
      if (colorScheme === 'dark') expect(luminance(parseColour(header.bg))).toBeLessThan(0.05);
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }
});

describe('help pages', () => {
  it.each([...servicePages, '/an-toan/'])('%s: the trail links back to the directory and names this page; 113/111 shown once', async (path) => {
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('nav.breadcrumbs a[href="/ho-tro/"]').count()).toBe(1);
    const current = (await page.locator('nav.breadcrumbs [aria-current="page"]').innerText()).trim();
    expect(current).toBe((await page.locator('h1').innerText()).trim());
    expect(await page.locator('.emergency-block:visible').count()).toBe(1);
  });

  it('home: the help card counts the lines for violence, abuse or trafficking, from the services’ needs', async () => {
    await page.goto(`${baseUrl}/`);
    const count = services.filter((s) => s.topics.some((t) => (VIOLENCE_TOPICS as readonly string[]).includes(t))).length;
    expect(await page.locator('.card:has(a[href="/ho-tro/"]) p').innerText()).toMatch(new RegExp(`^${count} đường dây`));
  });
});

describe('plan pages', () => {
  it('/ke-hoach/ explains the blank number and day where they are shown', async () => {
    await page.goto(`${baseUrl}/ke-hoach/`);
    const note = blanksNote(plan.number, plan.placeAndDate);
    const text = await page.locator('main').innerText();
    if (note) expect(text).toContain(note);
    else expect(text).not.toContain('để trống');
  });

  it('/ke-hoach/toan-van/: a contents list of every section heading, working as plain links, not printed', async () => {
    const noJs = await browser.newContext({ viewport: FIRST_SCREEN, javaScriptEnabled: false });
    const plain = await noJs.newPage();
    try {
      await plain.goto(`${baseUrl}/ke-hoach/toan-van/`);
      const targets = await plain.locator('.contents-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const headings = await plain
        .locator('.full-plan h2[id], .full-plan h3[id]')
        .evaluateAll((hs) => hs.filter((h) => !h.closest('.contents-list')).map((h) => `#${h.id}`));
      expect(targets).toEqual(headings);
      expect(await plain.locator('.full-plan h2:not([id]), .full-plan h3:not([id])').count()).toBe(0);
      const last = plain.locator('.contents-list a').last();
      await last.click();
      const id = (await last.getAttribute('href'))!.slice(1);
      const top = await plain.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(FIRST_SCREEN.height / 2);
      await plain.emulateMedia({ media: 'print' });
      expect(await plain.locator('.contents-list').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });

  it('/chi-tieu/: a reference figure reads as one sentence, its value right after its label', async () => {
    let checked = 0;
    for (const path of builtPages().filter((p) => p.startsWith('/chi-tieu/'))) {
      await page.goto(`${baseUrl}${path}`);
      const items = await page
        .locator('h3:text-is("Số liệu tham chiếu") + ul > li')
        .evaluateAll((lis) => lis.map((li) => ({ label: (li as HTMLElement).querySelector('strong')?.innerText ?? '', text: (li as HTMLElement).innerText })));
      for (const { label, text } of items) expect(text, path).toMatch(new RegExp(`^${RegExp.escape(label)}: \\S`));
      checked += items.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('footer', () => {
  it('names the publisher and the newest date in the content', async () => {
    const articleDates = builtHtml().flatMap(({ html }) =>
      [...html.matchAll(/property="article:(?:published|modified)_time" content="([\d-]+)"/g)].map((m) => m[1]!),
    );
    const snapshotDates = readdirSync('content/snapshots').map(
      (f) => (JSON.parse(readFileSync(`content/snapshots/${f}`, 'utf8')) as { published: string }).published,
    );
    const serviceDates = services.flatMap((s) => (s.verifiedAt ? [String(s.verifiedAt).slice(0, 10)] : []));
    const newest = [...articleDates, ...snapshotDates, ...serviceDates].sort().at(-1);
    await page.goto(`${baseUrl}/`);
    const footer = page.locator('.site-footer');
    expect(await footer.innerText()).toContain(`Đơn vị công bố: ${ward.committee}`);
    expect(await footer.locator('time').getAttribute('datetime')).toBe(newest);
    for (const href of ['/kha-nang-tiep-can/', '/quyen-rieng-tu/']) expect(await footer.locator(`a[href="${href}"]`).count()).toBe(1);
  });
});
