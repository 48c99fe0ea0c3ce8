import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkServices } from '../../src/features/content/lib/check-services.ts';
import { freshnessProblems } from '../../src/features/content/lib/check-freshness.ts';
import { dayStart as day } from '../../src/shared/lib/dates.ts';
import { ROOT } from '../../tools/fixtures/content-fixtures.ts';

const { services } = checkServices(ROOT);

describe('freshness of the bundled directory (checked 2026-11-28)', () => {
  it.each([
    ['2027-05-27', 0, 0],
    ['2027-05-28', services.filter((s) => !s.draft).length, 0],
    ['2027-11-28', 0, services.filter((s) => !s.draft).length],
  ])('on %s: %i warnings, %i errors, all on verifiedAt', (today, warnings, errors) => {
    const problems = freshnessProblems(services, day(today));
    expect(problems.filter((p) => p.level === 'warning')).toHaveLength(warnings);
    expect(problems.filter((p) => p.level === 'error')).toHaveLength(errors);
    for (const p of problems) expect(p.field).toBe('verifiedAt');
  });
});

describe('npm run check:data', () => {
  const run = (date: string) =>
    spawnSync(process.execPath, ['scripts/check-data.ts'], { cwd: ROOT, env: { ...process.env, CHECK_DATE: date }, encoding: 'utf8' });

  it.each([
    ['2026-12-01', 0, /✔ Danh bạ/],
    ['2027-06-01', 0, /cảnh báo · verifiedAt/],
    ['2027-12-01', 1, /lỗi · verifiedAt/],
  ])('on %s exits %i', (date, status, output) => {
    const result = run(date);
    expect(result.status).toBe(status);
    expect(result.stdout + result.stderr).toMatch(output);
  });
});
