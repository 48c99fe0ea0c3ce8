import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../tools/fixtures/content-fixtures.ts';

// Adding one snapshot file must be the only step for every page, chart, status and download to update.
// The fixture site (tools/fixtures/fixture-site.ts) is the real content with tests/fixtures/build/snapshot-added/ laid over it.
const build = inject('fixtureSite');
const read = (path: string) => readFileSync(join(build.root, 'dist', path), 'utf8');

// The fixture adds an illustrative 2025 file (the baseline year): illustrative files describe no year
// that has not come, so the added period is the one before the shipped 2026 file.
const shipped = JSON.parse(readFileSync(join(ROOT, 'content', 'snapshots', '2026.json'), 'utf8')) as { values: Record<string, unknown> };

describe('a build with content/snapshots/2025.json added', () => {
  it('succeeds', () => expect(build.status, build.output).toBe(0));

  it('adds the 2025 row to the indicator table the chart is drawn from, and updates the status', () => {
    const page = read('chi-tieu/1.1/index.html');
    expect(page).toMatch(/<tr data-year="2025" data-value="40">/);
    expect(page).toContain('<indicator-chart');
    expect(page).toContain('status--on-track');
    expect(read('chi-tieu/4.1/index.html')).toContain('status--on-track');
    expect(read('chi-tieu/6.1/index.html')).toContain('Số liệu sơ bộ');
  });

  it('shows the new statuses on the overview, labelled as illustrative', () => {
    expect(read('tien-do/index.html')).toMatch(/Tỷ số giới tính khi sinh[\s\S]*?status--on-track[^<]*<span[^>]*>[^<]*<\/span> Đúng tiến độ \(minh họa\)/);
  });

  it('includes 2025 in every download, each row labelled', () => {
    expect(read('du-lieu/so-lieu.csv')).toMatch(/\r\n"Số liệu minh họa, không phải số liệu chính thức",2025,,,1\.1,/);
    expect(read('du-lieu/chi-tieu/1.1.csv')).toContain(',2025,');
    expect(JSON.parse(read('du-lieu/chi-tieu/4.1.json'))).toMatchObject({ status: 'on-track' });
    const rows = JSON.parse(read('du-lieu/so-lieu.json')).rows as { period: number }[];
    expect(rows.filter((r) => r.period === 2025)).toHaveLength(Object.keys(shipped.values).length);
    expect(read('du-lieu/index.html')).toContain('2025 (minh họa), 2026 (minh họa)');
  });
});
