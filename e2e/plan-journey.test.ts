import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openSiteMenu, PHONE, sidewaysOverflow } from '../tools/browser/browser.ts';
import { saveShot, shotPath } from '../tools/browser/shots.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
});
afterAll(async () => browser?.close());

describe('a resident on a 360×740 phone reads the plan', () => {
  it('sees 113 and 111 as call links without scrolling on the home page', async () => {
    await page.goto(`${baseUrl}/`);
    for (const number of ['113', '111']) {
      const link = page.locator(`main a[href="tel:${number}"]`).first();
      await expect.poll(() => link.isVisible()).toBe(true);
      const box = await link.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    }
    await saveShot(page, '1-home');
  });

  it('walks home → plan → an objective → the responsibilities table', async () => {
    await openSiteMenu(page);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/ke-hoach/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Chiến lược quốc gia về bình đẳng giới');
    await saveShot(page, '2-plan');

    await page.getByRole('link', { name: /Mục tiêu 4: Y tế/ }).tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/ke-hoach/muc-tieu/y-te/`);
    await expect.poll(() => page.locator('#chi-tieu-4\\.1').textContent()).toContain('109 bé trai/100 bé gái');
    await saveShot(page, '3-objective', { fullPage: true });

    await page.getByRole('link', { name: 'Trạm y tế phường' }).first().tap();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/ke-hoach/trach-nhiem/#don-vi-tram-y-te`);
    const table = page.getByRole('table', { name: /Đơn vị và các chỉ tiêu/ });
    const row = table.getByRole('row', { name: /Trạm y tế phường/ });
    for (const id of ['3.3', '3.4', '4.1', '4.2', '4.3']) await expect.poll(() => row.textContent()).toContain(id);
    await table.scrollIntoViewIfNeeded();
    await saveShot(page, '4-responsibilities');
  });

  it('never scrolls sideways at 360 px', async () => {
    const paths = ['/', '/ke-hoach/', '/ke-hoach/muc-tieu/gia-dinh/', '/ke-hoach/trach-nhiem/', '/ke-hoach/toan-van/'];
    expect(await sidewaysOverflow(page, baseUrl, paths)).toEqual(Object.fromEntries(paths.map((path) => [path, 0])));
  });
});

describe('the full plan prints as a clean A4 document', () => {
  it('renders to a PDF of several A4 pages', async () => {
    const desktop = await browser.newPage();
    await desktop.goto(`${baseUrl}/ke-hoach/toan-van/`);
    await desktop.emulateMedia({ media: 'print' });
    expect(await desktop.locator('.site-header').isVisible()).toBe(false);
    const pdf = await desktop.pdf({ path: shotPath('ke-hoach-toan-van.pdf'), format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(20);
    await desktop.close();
  });
});
