// /tien-do/tiep-can/ built with sample reach files (tests/fixtures/reach/, made up, never published):
// one row per month, small counts as "<10", incomplete months said, the chart only over numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { reachMonthSchema } from '../../src/schemas/reach.ts';
import { monthLabel, reachRows } from '../../src/features/reach/lib/figures.ts';

const FIXTURE = 'tests/fixtures/reach';
const months = readdirSync(join(FIXTURE, 'content/reach')).map((f) =>
  reachMonthSchema.parse(JSON.parse(readFileSync(join(FIXTURE, 'content/reach', f), 'utf8'))),
);
let html: string;

// The fixture site (tools/fixtures/fixture-site.ts) is the real content with tests/fixtures/reach/ laid over it.
beforeAll(() => {
  const { root, status, output } = inject('fixtureSite');
  expect(status, output).toBe(0);
  html = readFileSync(join(root, 'dist/tien-do/tiep-can/index.html'), 'utf8');
});

describe('/tien-do/tiep-can/ with figures', () => {
  it('has one row per month, oldest first, with the counts as shown', () => {
    const rows = [...html.matchAll(/<tr data-month="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(([, month, cells]) => [
      month,
      [...cells!.matchAll(/<td>([^<]*)/g)].map((c) => c[1]),
    ]);
    expect(rows).toEqual(
      reachRows(months).map((r) => [
        monthLabel(r.month),
        [
          expect.stringMatching(new RegExp(`^${r.days}/${r.daysInMonth}`)),
          typeof r.pageViews === 'number' ? new Intl.NumberFormat('vi-VN').format(r.pageViews) : '&lt;10',
          typeof r.courseCompletions === 'number' ? String(r.courseCompletions) : '&lt;10',
        ],
      ]),
    );
  });
  it('puts only counts of 10 or more on the chart, and says which months are incomplete', () => {
    const charted = reachRows(months).filter((r) => r.chartValue !== null);
    expect([...html.matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(charted.map((r) => r.chartValue));
    expect(html).toContain('data-chart-slot');
    expect(html.match(/chưa đủ tháng/g)?.length).toBe(reachRows(months).filter((r) => r.days < r.daysInMonth).length);
    expect(html).not.toContain('data-reach-empty');
  });
});
