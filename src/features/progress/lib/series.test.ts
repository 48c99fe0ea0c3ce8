import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../schemas/indicator.ts';
import type { Snapshot } from '../../../schemas/snapshot.ts';
import { chiTieuCount, indicatorsProgress, onTrackCount, statusCounts } from './series.ts';

const indicator = (id: string, year: number | null = 2030): Indicator => ({
  id,
  objective: Number(id[0]),
  label: 'Chỉ tiêu',
  statement: 's',
  shortName: 's',
  kind: 'quantitative',
  unit: '%',
  target: { value: 50, comparator: 'gte', year, text: '50%' },
  range: null,
  baseline: null,
  responsible: [],
});
const snap = (period: number, values: Record<string, number>): Snapshot => ({
  period,
  published: new Date('2026-11-28'),
  reportingUnit: null,
  values: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, source: 'x', provisional: false, illustrative: true }])),
});

describe('counts by the plan chỉ tiêu', () => {
  // 3.2a achieved, 3.2b not: 3.2 is one chỉ tiêu, not on track as a whole.
  const items = indicatorsProgress([indicator('1.1'), indicator('3.2a'), indicator('3.2b')], [snap(2026, { '1.1': 60, '3.2a': 60, '3.2b': 10 })], 2030);
  it('counts a chỉ tiêu in two parts once', () => expect(chiTieuCount(items)).toBe(2));
  it('counts it on track only when both parts are', () => expect(onTrackCount(items)).toBe(1));
  it('counts it under each status its parts have', () => {
    expect(statusCounts(items)).toEqual([
      { status: 'achieved', count: 2 },
      { status: 'insufficient-data', count: 1 },
    ]);
  });
});

describe('a target the plan gives no year', () => {
  it('is measured against the end of the plan period, and keeps no year itself', () => {
    const [item] = indicatorsProgress([indicator('6.2', null)], [snap(2026, { '6.2': 10 }), snap(2028, { '6.2': 40 })], 2030);
    expect(item?.progress.elapsed).toBe(0.5);
    expect(item?.indicator.target.year).toBeNull();
  });
});
