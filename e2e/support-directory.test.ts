// The directory as a person in danger reads it: each service once, the emergency line first in every
// need, free before charged, the medium-confidence hedge on every card, honest notes for empty scopes,
// and short pages on a 360×740 phone.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

interface ServiceFile {
  id: string;
  topics: string[];
  scope: string;
  draft?: boolean;
  confidence?: string;
  contacts: { kind: string; value: string; cost: string }[];
}
const all: ServiceFile[] = readdirSync('content/services')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...parse(readFileSync(`content/services/${name}`, 'utf8')) }));
const published = all.filter((s) => !s.draft);
const needs = [...new Set(published.flatMap((s) => s.topics))];
const costOf = (id: string) => published.find((s) => s.id === id)!.contacts.find((c) => c.kind === 'dien-thoai')?.cost ?? 'khong-ro';
const COST_RANK: Record<string, number> = { 'mien-phi': 0, 'khong-ro': 1, 'nguoi-goi-tra-cuoc': 2 };
const SCREEN = 740;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext(PHONE)).newPage();
});
afterAll(async () => browser?.close());

const mainHeight = () => page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height);
const cardIds = () => page.locator('main [data-service-card]').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.serviceCard!));

describe('/ho-tro/', () => {
  it('shows each published service once, and every call link once per service', async () => {
    await page.goto(`${baseUrl}/ho-tro/`);
    const ids = await cardIds();
    expect(ids.toSorted()).toEqual(published.map((s) => s.id).toSorted());
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The directory itself (<main>); the site's header and footer add about one screen on top (their own issue).
  it('holds the whole directory in at most 5 phone screens at 360×740 (about 17 before)', async () => {
    await page.goto(`${baseUrl}/ho-tro/`);
    expect((await mainHeight()) / SCREEN).toBeLessThanOrEqual(5);
  });

  it.each(['thanh-pho', 'phuong'])('the "%s" scope says why it is empty and to call 113, never an empty list', async (scope) => {
    await page.goto(`${baseUrl}/ho-tro/`);
    const section = page.locator(`#pham-vi-${scope}`);
    if (published.some((s) => s.scope === scope)) return expect(await section.locator('[data-service-card]').count()).toBeGreaterThan(0);
    const note = section.locator('[data-scope-pending]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(all.some((s) => s.scope === scope) ? /đang được xác minh/ : /Chưa có nơi hỗ trợ/);
    expect(await note.locator('a[href="tel:113"]').count()).toBe(1);
  });
});

describe.each(needs)('/ho-tro/nhu-cau/%s/', (need) => {
  it('lists the emergency line first, then free lines, then charged ones, the current need marked', async () => {
    await page.goto(`${baseUrl}/ho-tro/nhu-cau/${need}/`);
    const ids = await cardIds();
    expect(ids.toSorted()).toEqual(
      published
        .filter((s) => s.topics.includes(need))
        .map((s) => s.id)
        .toSorted(),
    );
    const emergency = ids.map((id) => published.find((s) => s.id === id)!.topics.includes('khan-cap'));
    expect(emergency).toEqual(emergency.toSorted((a, b) => Number(b) - Number(a)));
    const rest = ids.filter((_, i) => !emergency[i]).map((id) => COST_RANK[costOf(id)]!);
    expect(rest).toEqual(rest.toSorted((a, b) => a - b));
    expect(await page.locator('.filters a[aria-current="page"]').getAttribute('href')).toBe(`/ho-tro/nhu-cau/${need}/`);
  });

  it('holds the need in at most 2 phone screens at 360×740, its chip reading "✓ <need>" with a gap', async () => {
    await page.goto(`${baseUrl}/ho-tro/nhu-cau/${need}/`);
    expect((await mainHeight()) / SCREEN).toBeLessThanOrEqual(2);
    const gap = await page.locator('.filters a[aria-current="page"]').evaluate((a) => parseFloat(getComputedStyle(a, '::before').marginInlineEnd));
    expect(gap).toBeGreaterThan(0);
  });
});

describe('medium confidence', () => {
  const medium = published.filter((s) => s.confidence === 'trung-binh');
  it.each(medium.flatMap((s) => [`/ho-tro/`, `/ho-tro/${s.id}/`, ...s.topics.map((t) => `/ho-tro/nhu-cau/${t}/`)].map((path) => [s.id, path])))(
    '%s carries its hedge and no stronger claim on %s',
    async (id, path) => {
      await page.goto(`${baseUrl}${path}`);
      const where = path === `/ho-tro/${id}/` ? page.locator('main') : page.locator(`[data-service-card="${id}"]`);
      expect(await where.locator('[data-confidence-note]').textContent()).toContain('Cần xác nhận');
      const text = (await where.textContent()) ?? '';
      expect(text).not.toContain('cả ngày lễ');
      expect(await where.locator('open-status').count()).toBe(0);
    },
  );

  it.each(medium.map((s) => s.id))('%s is hedged on the printed poster', async (id) => {
    await page.goto(`${baseUrl}/ho-tro/ap-phich/`);
    const number = published.find((s) => s.id === id)!.contacts.find((c) => c.kind === 'dien-thoai')!.value;
    const line = page.locator('.sheet__lines li', { hasText: number });
    expect(await line.textContent()).toContain('chưa được xác nhận');
  });
});

describe('home', () => {
  it('names domestic violence and links to that need', async () => {
    await page.goto(`${baseUrl}/`);
    const link = page.locator('main a[href="/ho-tro/nhu-cau/bao-luc-gia-dinh/"]');
    expect(await link.textContent()).toMatch(/bạo lực gia đình/);
  });
});
