// The build against its sources: the plan as issued (tests/fixtures/plan/ke-hoach-goc.md) and the
// snapshots' illustrative figures, read from dist/ and its downloads as a reader gets them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeEntities } from '../src/shared/lib/html-entities.ts';
import { isPlaceholderSiteUrl, SAMPLE_MARK } from '../src/shared/lib/site-url.ts';
import { sectionFourHeadings, sourceIndicators } from '../tools/fixtures/plan-source.ts';
import { builtFiles, builtHtml } from '../tools/browser/built-site.ts';

const LABEL = 'minh họa';
const ward = parse(readFileSync('content/ward.yaml', 'utf8')) as { siteUrl: string; units: { id: string; name: string }[] };
const snapshots = builtFiles('content/snapshots').map(
  (file) =>
    JSON.parse(readFileSync(join('content/snapshots', file), 'utf8')) as {
      period: number;
      published: string;
      reportingUnit: string | null;
      values: Record<string, { value?: number | null; state?: string | null; illustrative?: boolean }>;
    },
);
const illustrativeSnapshots = snapshots.filter((s) => Object.values(s.values).some((v) => v.illustrative));
const pages = builtHtml();
const page = (path: string) => pages.find((p) => p.file === `${path}index.html`)?.html ?? '';
/** The visible text of some HTML, tags dropped, entities decoded, spaces collapsed. */
const text = (html: string) =>
  decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
const words = (s: string) => s.replace(/[–-]/g, '-').replace(/\s+/g, ' ').trim();
/** Where a section's <h2> starts in the full text (not its line in the contents list above, which names it too). */
const headingAt = (html: string, heading: string) => html.search(new RegExp(`<h2\\b[^>]*>${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

describe('the plan as issued', () => {
  const source = sourceIndicators();
  const headings = sectionFourHeadings();

  it('lists in the full text one chỉ tiêu per chỉ tiêu of the plan, with the plan words', () => {
    const fullText = page('/ke-hoach/toan-van/');
    const sectionI = fullText.slice(0, headingAt(fullText, 'II. Nhiệm vụ'));
    const items = [...sectionI.matchAll(/<li[^>]*><strong[^>]*>(Chỉ tiêu(?: \d+)?):<\/strong>([\s\S]*?)<\/li>/g)].map((m) => [m[1], text(m[2] ?? '')]);
    expect(items).toEqual(source.map((s) => [s.label, s.text]));
  });

  it('prints section IV in the plan order and numbering, the Đề nghị paragraphs as in the plan', () => {
    const fullText = page('/ke-hoach/toan-van/');
    const sectionIV = fullText.slice(headingAt(fullText, 'IV. Tổ chức thực hiện'));
    const shown = [...sectionIV.matchAll(/<h[34][^>]*>([\s\S]*?)<\/h[34]>/g)].map((m) => words(text(m[1] ?? '').replace(/:$/, '')));
    expect(shown).toEqual(headings.map((h) => words(h.number === null ? h.heading : `${h.number}. ${h.heading}`)));
  });

  it('counts chỉ tiêu, assigned and requested units from the plan on the home, plan and responsibilities pages', () => {
    const requested = headings.filter((h) => h.heading.startsWith('Đề nghị')).length;
    const assigned = headings.length - requested;
    expect(text(page('/'))).toContain(`${source.length} chỉ tiêu`);
    for (const path of ['/ke-hoach/', '/ke-hoach/trach-nhiem/']) {
      const shown = text(page(path));
      expect(shown, path).toContain(`giao nhiệm vụ cho ${assigned} cơ quan, đơn vị`);
      expect(shown, path).toContain(`đề nghị ${requested} tổ chức`);
    }
    expect(text(page('/tien-do/'))).toMatch(new RegExp(`\\d+ trong ${source.length} chỉ tiêu`));
  });

  it('shows no deadline the plan does not give', () => {
    for (const s of source.filter((s) => !/năm \d{4}/.test(s.text))) {
      const ids = (parse(readFileSync('content/plan/indicators.yaml', 'utf8')) as { id: string; objective: number; label: string }[])
        .filter((i) => i.objective === s.objective && i.label === s.label)
        .map((i) => i.id);
      for (const id of ids) expect(text(page(`/chi-tieu/${id}/`)), id).not.toMatch(/Mục tiêu năm \d{4}/);
    }
  });
});

describe('illustrative figures', () => {
  it('are shipped, so these checks bite', () => expect(illustrativeSnapshots.length).toBeGreaterThan(0));

  it('name no real unit as publisher, and are dated neither in the future nor for a year to come', () => {
    const today = new Date();
    for (const s of illustrativeSnapshots) {
      expect(s.reportingUnit).toBeNull();
      expect(new Date(s.published).getTime()).toBeLessThanOrEqual(today.getTime());
      expect(s.period).toBeLessThanOrEqual(today.getUTCFullYear());
    }
    for (const { file, html } of pages) for (const unit of ward.units) expect(text(html), file).not.toContain(`${unit.name} công bố`);
  });

  it('carry their label on every table row, figure, status badge and link preview built from them', () => {
    const data = pages.filter((p) => /^\/(chi-tieu|tien-do)\//.test(p.file) && !p.file.startsWith('/tien-do/phuong-phap/'));
    expect(data.length).toBeGreaterThan(0);
    for (const { file, html } of data) {
      for (const [row] of html.matchAll(/<tr data-year="\d+" data-value="[^"]*"[^>]*>[\s\S]*?<\/tr>/g)) expect(text(row), file).toContain(LABEL);
      for (const [item] of html.matchAll(/<li class="progress-item"[\s\S]*?<\/li>\s*(?=<li class="progress-item"|<\/ul>)/g)) {
        if (!/chưa có số liệu/.test(text(item)) || /status--(achieved|in-progress|on-track)/.test(item)) expect(text(item), file).toContain(LABEL);
      }
      for (const [badge] of html.matchAll(/<span class="status status--(?!insufficient-data)[^"]*"[^>]*>[\s\S]*?<\/span>\s*[^<]*<\/span>/g))
        expect(text(badge), file).toContain(LABEL);
      // A page that shows illustrative figures says so in its link preview too.
      if (!html.includes('notice--illustrative')) continue;
      const previews = [...html.matchAll(/<meta (?:name="description"|property="og:description"|name="twitter:description") content="([^"]*)"/g)];
      expect(previews.length, file).toBeGreaterThan(0);
      for (const [, content] of previews) expect(decodeEntities(content ?? ''), file).toMatch(/^Số liệu minh họa/);
    }
  });

  it('label every row of every download in their first column', () => {
    const downloads = builtFiles().filter((f) => f.startsWith('/du-lieu/') && /\.(csv|json)$/.test(f));
    expect(downloads.length).toBeGreaterThan(0);
    for (const file of downloads) {
      const body = readFileSync(join('dist', file), 'utf8');
      if (file.endsWith('.csv')) {
        const [header, ...rows] = body
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n');
        expect(header?.startsWith('loai_so_lieu,'), file).toBe(true);
        expect(header?.endsWith(',illustrative'), file).toBe(true);
        for (const row of rows) expect(row.replace(/^"/, '').startsWith('Số liệu minh họa'), `${file}: ${row}`).toBe(row.endsWith(',true'));
      } else {
        const json = JSON.parse(body) as { notice?: string; rows: { loai_so_lieu: string | null; illustrative: boolean; published?: string | null }[] };
        if (json.rows.some((r) => r.illustrative)) expect(json.notice, file).toMatch(/^Số liệu minh họa/);
        for (const row of json.rows.filter((r) => r.illustrative)) {
          expect(row.loai_so_lieu, file).toMatch(/^Số liệu minh họa/);
          expect(row.published ?? null, file).toBeNull();
        }
      }
    }
  });
});

describe('printed material while the site address is a placeholder', () => {
  // The hotline card and poster, and every lesson's A4 sheet (its QR code leads to the course).
  const lessonSheets = pages.filter((p) => /^\/kien-thuc\/[^/]+\/in\/index\.html$/.test(p.file)).map((p) => p.file.replace(/index\.html$/, ''));
  it('finds the lesson sheets to check', () => expect(lessonSheets.length).toBeGreaterThan(0));
  it.each(['/ho-tro/the-in/', '/ho-tro/ap-phich/', ...lessonSheets])('%s says it is a sample exactly while siteUrl is a placeholder, in print too', (path) => {
    const html = page(path);
    const mark = /<div class="sample-mark[^"]*"[^>]*>\s*<p class="sample-mark__label[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    if (isPlaceholderSiteUrl(ward.siteUrl)) {
      expect(text(mark?.[1] ?? '')).toBe(SAMPLE_MARK);
      expect(mark?.[0]).not.toContain('no-print');
    } else {
      expect(mark).toBeNull();
    }
  });
});
