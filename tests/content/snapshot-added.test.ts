import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { runBuild, temporaryProject } from '../build-project.ts';

// Adding one snapshot file must be the only step for every page, chart, status and download to update.
const root = temporaryProject(join(ROOT, 'tests', 'fixtures', 'build', 'snapshot-added'));
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
let build: ReturnType<typeof runBuild>;
beforeAll(() => {
  build = runBuild(root);
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build with content/snapshots/2029.json added', () => {
  it('succeeds', () => expect(build.status, build.output).toBe(0));

  it('shows 2029 as the latest figure on the overview, with the new statuses', () => {
    const overview = read('tien-do/index.html');
    expect(overview).toContain('70% (năm 2029)');
    expect(overview).toMatch(/Tỷ số giới tính khi sinh[\s\S]*?status--achieved/);
  });

  it('adds the 2029 row to the indicator table the chart is drawn from, and updates the status', () => {
    const page = read('chi-tieu/1.1/index.html');
    expect(page).toMatch(/<tr data-year="2029" data-value="70">/);
    expect(page).toContain('<indicator-chart');
    expect(read('chi-tieu/4.1/index.html')).toContain('status--achieved');
    expect(read('chi-tieu/6.1/index.html')).toContain('Số liệu sơ bộ');
  });

  it('includes 2029 in every download', () => {
    expect(read('du-lieu/so-lieu.csv')).toMatch(/\r\n2029,2026-11-28,phong-van-hoa-xa-hoi,1\.1,/);
    expect(read('du-lieu/chi-tieu/1.1.csv')).toContain('\r\n2029,');
    expect(JSON.parse(read('du-lieu/chi-tieu/4.1.json'))).toMatchObject({ status: 'achieved' });
    const rows = JSON.parse(read('du-lieu/so-lieu.json')).rows as { period: number }[];
    expect(rows.filter((r) => r.period === 2029)).toHaveLength(19);
    expect(read('du-lieu/index.html')).toContain('2026, 2028, 2029');
  });
});
