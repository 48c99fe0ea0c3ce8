import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { builtPages } from '../tools/browser/site-pages.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => (browser = await launchChromium()));
afterAll(async () => browser?.close());

describe('accessibility of the pages people in danger use (axe-core, WCAG 2.2 AA)', () => {
  it.each(['/ho-tro/', '/ho-tro/nhu-cau/bao-luc-gia-dinh/', '/ho-tro/duong-day-111/', '/ho-tro/ngoi-nha-binh-yen/', '/an-toan/', '/ho-tro/the-in/'])('%s has no violations', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ ...PHONE, colorScheme });
      await page.goto(`${baseUrl}${path}`);
      // The CSP forbids inline scripts, so axe is added through the page's own script context.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${path} (${colorScheme})`).toEqual([]);
      await page.close();
    }
  });
});

describe('what the build publishes', () => {
  const drafts = readdirSync('content/services')
    .map((file) => ({ id: file.replace(/\.ya?ml$/, ''), data: parse(readFileSync(join('content/services', file), 'utf8')) }))
    .filter((s) => s.data.draft === true);

  it('builds no page for a draft and names drafts only on the staff data-health page', () => {
    expect(drafts.length).toBeGreaterThan(0);
    const pages = builtPages();
    for (const draft of drafts) {
      expect(pages).not.toContain(`/ho-tro/${draft.id}/`);
      const mentions = pages.filter((p) => p.endsWith('/') && readFileSync(`dist${p}index.html`, 'utf8').includes(`content/services/${draft.id}.yaml`));
      expect(mentions).toEqual(['/ho-tro/tinh-trang-du-lieu/']);
    }
  });

  it('never publishes the retired line 1800 1567 anywhere', () => {
    for (const path of builtPages()) {
      const file = path.endsWith('/') ? `dist${path}index.html` : `dist${path}`;
      expect(readFileSync(file, 'utf8'), path).not.toMatch(/1800[\s.]?1567|18001567/);
    }
  });
});
