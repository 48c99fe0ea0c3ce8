import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLES_PER_PAGE } from '../src/features/articles/lib/pages.ts';
import { isPublished } from '../src/features/articles/lib/publish.ts';
import { checkCollection } from '../src/features/content/lib/check-entries.ts';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { saveShot } from '../tools/browser/shots.ts';

const baseUrl = inject('baseUrl');
const ARTICLE = '/bai-viet/nhan-biet-bao-luc-gia-dinh-va-phap-luat-quy-dinh-gi/';
/** The articles the build publishes: not drafts, their date come. */
const PUBLISHED = checkCollection('.', 'articles').values.filter((article) => isPublished(article, new Date())).length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function phone() {
  const context = await browser.newContext({ ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return { context, page, requests };
}

describe('articles', () => {
  it(`lists every published article, ${ARTICLES_PER_PAGE} to a page, with topic pages`, async () => {
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/bai-viet/`);
    // Page by page through "Trang sau": every page full but the last, every article once.
    const perPage: number[] = [];
    for (let n = 1; ; n++) {
      await expect.poll(() => page.url()).toBe(`${baseUrl}/bai-viet/${n === 1 ? '' : `${n}/`}`);
      perPage.push(await page.locator('.article-list > li').count());
      const next = page.getByRole('link', { name: /Trang sau/ });
      if ((await next.count()) === 0) break;
      await next.tap();
    }
    const pages = Math.ceil(PUBLISHED / ARTICLES_PER_PAGE);
    expect(perPage).toEqual(Array.from({ length: pages }, (_, i) => (i < pages - 1 ? ARTICLES_PER_PAGE : PUBLISHED - ARTICLES_PER_PAGE * (pages - 1))));
    await page.goto(`${baseUrl}/bai-viet/chu-de/y-te/`);
    const titles = await page.locator('.article-list h2').allTextContents();
    expect(titles).toContain('Làm mẹ an toàn và phòng tránh mang thai ở tuổi vị thành niên');
    await saveShot(page, 'articles-topic', { fullPage: true });
    await context.close();
  });

  it('shows an article with reading time, contents, objective and help links, sources and related articles, loading nothing from elsewhere', async () => {
    const { context, page, requests } = await phone();
    await page.goto(`${baseUrl}${ARTICLE}`);
    expect(await page.locator('.article__meta').textContent()).toMatch(/Đọc khoảng \d+ phút/);
    const toc = page.getByRole('navigation', { name: 'Trong bài này' });
    expect(await toc.getByRole('link').count()).toBeGreaterThanOrEqual(4);
    const firstSection = await toc.getByRole('link').first().getAttribute('href');
    expect(await page.locator(firstSection ?? '#none').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Xem danh bạ nơi hỗ trợ' }).getAttribute('href')).toBe('/ho-tro/');
    expect(await page.getByRole('link', { name: /Mục tiêu 3:/ }).getAttribute('href')).toBe('/ke-hoach/muc-tieu/gia-dinh/');
    expect(await page.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: 'Bài viết liên quan' }).getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
    expect(await page.locator('meta[property="article:published_time"]').getAttribute('content')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    await saveShot(page, 'article');
    await context.close();
  });

  it('shares by plain links to Zalo and Facebook, and copies the address with the copy link', async () => {
    const { context, page } = await phone();
    await page.goto(`${baseUrl}${ARTICLE}`);
    const share = page.getByRole('region', { name: 'Chia sẻ bài viết' });
    expect(await share.getByRole('link', { name: 'Chia sẻ qua Zalo' }).getAttribute('href')).toMatch(/^https:\/\/zalo\.me\/share\?url=https?%3A%2F%2F/);
    expect(await share.getByRole('link', { name: 'Chia sẻ qua Facebook' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/,
    );
    await share.getByRole('link', { name: 'Sao chép liên kết' }).tap();
    await expect.poll(() => share.locator('[role="status"]').textContent()).toBe('Đã sao chép liên kết');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${ARTICLE}$`));
    expect(page.url()).toBe(`${baseUrl}${ARTICLE}`);
    await share.scrollIntoViewIfNeeded();
    await saveShot(page, 'article-share');
    await context.close();
  });

  it('offers an RSS feed of every article', async () => {
    const response = await fetch(`${baseUrl}/bai-viet/rss.xml`);
    const xml = await response.text();
    expect(xml.match(/<item>/g)).toHaveLength(PUBLISHED);
    expect(xml).toContain('<language>vi</language>');
  });
});

describe('the calendar', () => {
  it.each([
    ['2026-11-28T03:00:00Z', 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới', 'Đang diễn ra'],
    ['2027-06-28T03:00:00Z', 'Ngày Gia đình Việt Nam', 'Đang diễn ra'],
    ['2027-07-01T03:00:00Z', 'Ngày toàn dân phòng, chống mua bán người', 'Sắp tới'],
  ])('on %s highlights "%s" as %s, in the browser from the reader\'s date', async (now, name, badge) => {
    const { context, page } = await phone();
    await context.clock.setFixedTime(new Date(now));
    await page.goto(`${baseUrl}/lich/`);
    const item = page.locator('.calendar__item--highlight').filter({ has: page.getByRole('heading', { name, exact: true }) });
    // The highlight is drawn by the page's script once it has run; on a busy machine that takes more than a second.
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.locator('.calendar__badge').textContent()).toBe(badge);
    if (now.startsWith('2026')) await saveShot(page, 'calendar', { fullPage: true });
    await context.close();
  });

  it('offers an .ics file of yearly events', async () => {
    const response = await fetch(`${baseUrl}/lich/lich.ics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = (await response.text()).replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength((parse(readFileSync('content/calendar.yaml', 'utf8')) as { events: unknown[] }).events.length);
    expect(ics).toContain('RRULE:FREQ=YEARLY');
  });
});
