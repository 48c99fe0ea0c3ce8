import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { saveShot, shotPath } from '../tools/browser/shots.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Page count and the size of the first page in points, read from a PDF's MediaBox. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages: text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, width: Number(box?.[1]), height: Number(box?.[2]) };
}

describe('the staff data-health page', () => {
  it('is noindex, outside the site search and the navigation, and flags entries to confirm and drafts', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${baseUrl}/ho-tro/tinh-trang-du-lieu/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('nav a[href="/ho-tro/tinh-trang-du-lieu/"]').count()).toBe(0);
    const row = page.getByRole('row', { name: /Ngôi nhà Bình Yên/ });
    expect(await row.textContent()).toContain('cần xác nhận');
    expect(await page.getByText('content/services/cong-an-phuong.yaml').isVisible()).toBe(true);
    await saveShot(page, 'support-data-health', { fullPage: true });
    const sitemap = await (await page.request.get(`${baseUrl}/sitemap-0.xml`)).text();
    expect(sitemap).toContain('/ho-tro/</loc>');
    expect(sitemap).not.toContain('tinh-trang-du-lieu');
    await page.close();
  });
});

describe('printable hotline card and poster', () => {
  it.each([
    ['/ho-tro/the-in/', 'A6', 297.6, 419.5],
    ['/ho-tro/ap-phich/', 'A4', 595.3, 841.9],
  ])('%s prints on one %s page with a QR code to /ho-tro/', async (path, _size, width, height) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${path}`);
    expect(await page.locator('.sheet svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.sheet figcaption').textContent()).toContain('/ho-tro/');
    expect(await page.locator('.sheet').textContent()).toContain('113');
    await page.emulateMedia({ media: 'print' });
    const pdf = pdfPages(await page.pdf({ path: shotPath(`print${path.replaceAll('/', '-').slice(0, -1)}.pdf`), preferCSSPageSize: true }));
    expect(pdf.pages).toBe(1);
    expect(Math.abs(pdf.width - width)).toBeLessThan(2);
    expect(Math.abs(pdf.height - height)).toBeLessThan(2);
    await saveShot(page, `print${path.replaceAll('/', '-').slice(0, -1)}`, { fullPage: true });
    await page.close();
  });
});
