import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../schemas/indicator.ts';
import type { Snapshot } from '../../../schemas/snapshot.ts';
import { pointText, progressSummary } from './progress-summary.ts';
import { indicatorsProgress } from './series.ts';

const base: Indicator = {
  id: '1.1',
  objective: 1,
  label: 'Chỉ tiêu',
  statement: 's',
  shortName: 's',
  kind: 'quantitative',
  unit: '%',
  target: { value: 75, comparator: 'gte', year: 2030, text: '75%' },
  range: { min: 0, max: 100 },
  baseline: null,
  responsible: [],
};
const qualitative: Indicator = {
  ...base,
  id: '5.1',
  kind: 'qualitative',
  unit: null,
  target: { value: null, comparator: null, year: 2030, text: 'duy trì' },
  range: null,
};
const snap = (period: number, values: Snapshot['values']): Snapshot => ({ period, published: new Date('2026-11-28'), reportingUnit: 'a', values });
const m = (value: number | null, illustrative = false) => ({ value, source: 'x', provisional: false, illustrative });
const summary = (indicator: Indicator, snapshots: Snapshot[]) => progressSummary(indicatorsProgress([indicator], snapshots, 2030)[0]!);

describe('progressSummary', () => {
  it.each<[string, Indicator, Snapshot[], string]>([
    ['no data', base, [], 'Chưa có số liệu; mục tiêu năm 2030 là 75%.'],
    ['one period', base, [snap(2026, { '1.1': m(50) })], 'Mới có số liệu năm 2026 (50%), chưa đủ hai kỳ để đánh giá tiến độ; mục tiêu năm 2030 là 75%.'],
    [
      'on track',
      base,
      [snap(2026, { '1.1': m(50) }), snap(2028, { '1.1': m(62.5) })],
      'Năm 2028: 62,5%, so với 50% năm 2026: đã đi được 50% quãng đường tới mục tiêu 75% trong 50% thời gian đến năm 2030, nên đúng tiến độ.',
    ],
    ['achieved', base, [snap(2026, { '1.1': m(80) })], 'Năm 2026: 80%, đã đạt mục tiêu năm 2030 là 75%.'],
    [
      'regressing',
      base,
      [snap(2026, { '1.1': m(50) }), snap(2028, { '1.1': m(40) })],
      'Năm 2028: 40%, so với 50% năm 2026: xa mục tiêu hơn, tức là đi lùi; mục tiêu năm 2030 là 75%.',
    ],
    [
      'qualitative',
      qualitative,
      [snap(2026, { '5.1': { state: 'dang-trien-khai', source: 'x', provisional: false, illustrative: false } })],
      'Năm 2026: đang triển khai; mục tiêu năm 2030 là duy trì.',
    ],
    ['qualitative, nothing yet', qualitative, [], 'Chưa có đánh giá; mục tiêu năm 2030 là duy trì.'],
  ])('%s', (_name, indicator, snapshots, expected) => expect(summary(indicator, snapshots)).toBe(expected));

  it('says so first when the figures are illustrative', () => {
    expect(summary(base, [snap(2026, { '1.1': m(80, true) })])).toBe(
      'Số liệu minh họa, không phải số liệu chính thức. Năm 2026: 80%, đã đạt mục tiêu năm 2030 là 75%.',
    );
  });

  it('adds no year where the plan gives none', () => {
    const noYear: Indicator = { ...base, target: { ...base.target, year: null } };
    expect(summary(noYear, [])).toBe('Chưa có số liệu; mục tiêu là 75% (Kế hoạch không nêu năm).');
  });
});

describe('pointText', () => {
  it.each([
    [{ value: 1.4, state: null }, '1,4%'],
    [{ value: null, state: 'da-dat' as const }, 'Đã đạt'],
    [{ value: null, state: null }, 'chưa có số liệu'],
    [{ value: 1.4, state: null, illustrative: true }, '1,4% (minh họa)'],
    [{ value: null, state: 'da-dat' as const, illustrative: true }, 'Đã đạt (minh họa)'],
    [{ value: null, state: null, illustrative: true }, 'chưa có số liệu'],
  ])('%o → %s', (point, expected) => expect(pointText(point, { unit: '%' })).toBe(expected));
});
