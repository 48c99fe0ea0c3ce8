import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanContent } from '../../src/lib/content/check-plan.ts';
import { checkReferenceData } from '../../src/lib/content/check-reference.ts';
import { checkSnapshots } from '../../src/lib/content/check-snapshots.ts';
import { contentWithFixture, ROOT } from '../helpers.ts';

const plan = checkPlanContent(ROOT);
const context = { indicators: plan.indicators, unitIds: new Set(plan.ward?.units.map((u) => u.id)), period: plan.plan?.period ?? null };
const { snapshots, problems } = checkSnapshots(ROOT, context);

describe('content/snapshots as committed', () => {
  it('has a baseline and a mid-term snapshot, without problems', () => {
    expect(problems).toEqual([]);
    expect(snapshots.map((s) => s.snapshot.period)).toEqual([2026, 2028]);
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

describe('a snapshot for a year that has not come yet', () => {
  const withFile = (entry: object) => {
    const root = contentWithFixture();
    mkdirSync(join(root, 'content', 'snapshots'), { recursive: true });
    writeFileSync(join(root, 'content', 'snapshots', '2030.json'), JSON.stringify({ period: 2030, published: '2026-11-28', reportingUnit: 'tram-y-te', values: { '4.1': entry } }));
    return root;
  };
  it.each([
    ['measured figure', { value: 110, source: 'sổ hộ tịch' }, ['values › "4.1" › illustrative']],
    ['illustrative figure', { value: 110, source: 'minh họa', illustrative: true }, []],
    ['no figure', { value: null, note: 'chưa có' }, []],
  ])('%s', (_name, entry, fields) => {
    const root = withFile(entry);
    try {
      const found = checkSnapshots(root, { ...context, today: new Date('2027-06-01') }).problems.filter((p) => p.file.endsWith('2030.json') && p.level !== 'warning');
      expect(found.map((p) => p.field)).toEqual(fields);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
