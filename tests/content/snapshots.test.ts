import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanContent } from '../../src/features/content/lib/check-plan.ts';
import { checkReferenceData } from '../../src/features/content/lib/check-reference.ts';
import { checkSnapshots } from '../../src/features/content/lib/check-snapshots.ts';
import { contentWithFixture, ROOT } from '../../tools/fixtures/content-fixtures.ts';

const plan = checkPlanContent(ROOT);
const context = { indicators: plan.indicators, unitIds: new Set(plan.ward?.units.map((u) => u.id)), period: plan.plan?.period ?? null };
const { snapshots, problems } = checkSnapshots(ROOT, context);

describe('content/snapshots as committed', () => {
  it('ships no snapshot for a year that has not come, and no problems', () => {
    expect(problems).toEqual([]);
    expect(snapshots.length).toBeGreaterThan(0);
    const year = new Date().getUTCFullYear();
    for (const { snapshot } of snapshots) expect(snapshot.period).toBeLessThanOrEqual(year);
  });

  it('credits illustrative figures to no real unit, and dates none in the future', () => {
    for (const { snapshot } of snapshots) {
      expect(snapshot.reportingUnit).toBeNull();
      expect(snapshot.published.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it('marks every figure illustrative, since the plan has no measured values', () => {
    for (const { snapshot } of snapshots) for (const entry of Object.values(snapshot.values)) expect(entry.illustrative).toBe(true);
  });

  it('has an entry for every indicator, with a state for qualitative ones', () => {
    for (const { snapshot } of snapshots) {
      expect(Object.keys(snapshot.values).sort()).toEqual(plan.indicators.map((i) => i.id).sort());
      expect(snapshot.values['5.1']?.state).not.toBeNull();
      expect(snapshot.values['6.3']?.state).not.toBeNull();
    }
  });

  it('keeps 6.1 empty: the ward population is not known from a source', () => {
    for (const { snapshot } of snapshots) expect(snapshot.values['6.1']?.value).toBeNull();
    const population = checkReferenceData(ROOT, null).figures.find((f) => f.id === 'dan-so-phuong');
    expect(population).toMatchObject({ value: null, scope: 'ward' });
    expect(population?.note).toContain('không phải của phường');
  });

  it('shows national figures only as national comparisons, each with a source', () => {
    const national = checkReferenceData(ROOT, null).figures.filter((f) => f.value !== null);
    expect(national.length).toBeGreaterThan(0);
    for (const figure of national) {
      expect(figure.scope).toBe('national');
      expect(figure.source?.title.length).toBeGreaterThan(10);
    }
  });
});

describe('a snapshot for a year that has not come yet, or illustrative', () => {
  const withFile = (entry: object, reportingUnit: string | null, published = '2026-11-28') => {
    const root = contentWithFixture();
    mkdirSync(join(root, 'content', 'snapshots'), { recursive: true });
    writeFileSync(join(root, 'content', 'snapshots', '2030.json'), JSON.stringify({ period: 2030, published, reportingUnit, values: { '4.1': entry } }));
    return root;
  };
  it.each([
    ['measured figure', { value: 110, source: 'sổ hộ tịch' }, 'tram-y-te', undefined, ['values › "4.1" › illustrative']],
    ['illustrative figure for a future year', { value: 110, source: 'minh họa', illustrative: true }, null, undefined, ['period']],
    [
      'illustrative figure credited to a real unit',
      { value: 110, source: 'minh họa', illustrative: true },
      'tram-y-te',
      undefined,
      ['reportingUnit', 'period'],
    ],
    ['figures without a publisher', { value: null, note: 'chưa có' }, null, undefined, ['reportingUnit']],
    ['a publication date in the future', { value: null, note: 'chưa có' }, 'tram-y-te', '2027-07-01', ['published']],
    ['no figure', { value: null, note: 'chưa có' }, 'tram-y-te', undefined, []],
  ])('%s', (_name, entry, unit, published, fields) => {
    const root = withFile(entry, unit, published);
    try {
      const found = checkSnapshots(root, { ...context, today: new Date('2027-06-01') }).problems.filter(
        (p) => p.file.endsWith('2030.json') && p.level !== 'warning',
      );
      expect(found.map((p) => p.field)).toEqual(fields);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
