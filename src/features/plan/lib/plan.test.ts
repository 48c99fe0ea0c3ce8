import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../schemas/indicator.ts';
import type { Unit } from '../../../schemas/ward.ts';
import type { Duty } from '../../../schemas/plan.ts';
import {
  compareIndicatorIds,
  dutyCounts,
  indicatorNumber,
  indicatorsOf,
  planIndicatorCount,
  planIndicators,
  planNumber,
  responsibilityRows,
  targetHeading,
  targetText,
  unassignedIndicators,
} from './plan.ts';

const indicator = (id: string, responsible: string[] = []): Indicator => ({
  id,
  objective: Number(id.split('.')[0]),
  label: 'Chỉ tiêu',
  statement: 's',
  shortName: 's',
  kind: 'quantitative',
  unit: '%',
  target: { value: 1, comparator: 'gte', year: 2030, text: '1%' },
  range: null,
  baseline: null,
  responsible,
});
const unit = (id: string): Unit => ({ id, name: id, shortName: id, kind: 'co-quan' });

describe('indicatorNumber', () => {
  it.each([
    ['1.1', '1.1'],
    ['3.2a', '3.2 (a)'],
    ['5.4b', '5.4 (b)'],
  ])('%s → %s', (id, expected) => expect(indicatorNumber(id)).toBe(expected));
});

describe('compareIndicatorIds', () => {
  it('orders like the plan, numerically', () => {
    expect(['3.10', '3.2b', '1.1', '3.2a', '3.2'].sort(compareIndicatorIds)).toEqual(['1.1', '3.2', '3.2a', '3.2b', '3.10']);
  });
});

describe('indicatorsOf', () => {
  it('keeps one objective, in order', () => {
    expect(indicatorsOf(3, [indicator('3.2'), indicator('4.1'), indicator('3.1')]).map((i) => i.id)).toEqual(['3.1', '3.2']);
  });
});

describe('responsibilityRows', () => {
  it('lists every unit with the indicators it reports on, even units with none', () => {
    const rows = responsibilityRows([unit('a'), unit('b')], [], [indicator('4.1', ['a']), indicator('3.3', ['a']), indicator('2.1')]);
    expect(rows.map((r) => [r.unit.id, r.indicators.map((i) => i.id)])).toEqual([
      ['a', ['3.3', '4.1']],
      ['b', []],
    ]);
  });
  it('finds indicators without a unit', () => {
    expect(unassignedIndicators([indicator('2.1'), indicator('3.3', ['a'])]).map((i) => i.id)).toEqual(['2.1']);
  });
});

describe('planIndicators', () => {
  const stored = [indicator('3.2b'), indicator('1.1'), indicator('3.2a'), indicator('3.1')].map((i) => ({ ...i, statement: `s${i.id}` }));
  it('joins stored parts into the plan chỉ tiêu, in order, with their words joined', () => {
    expect(planIndicators(stored).map((i) => [i.number, i.parts.map((p) => p.id), i.statement])).toEqual([
      ['1.1', ['1.1'], 's1.1'],
      ['3.1', ['3.1'], 's3.1'],
      ['3.2', ['3.2a', '3.2b'], 's3.2a s3.2b'],
    ]);
  });
  it('counts chỉ tiêu, not stored records, in all or in one objective', () => {
    expect(planIndicatorCount(stored)).toBe(3);
    expect(planIndicatorCount(stored, 3)).toBe(2);
  });
  it.each([
    ['3.2a', '3.2'],
    ['5.4b', '5.4'],
    ['1.1', '1.1'],
  ])('planNumber(%s) is %s', (id, number) => expect(planNumber(id)).toBe(number));
});

describe('targetHeading and targetText', () => {
  const withYear = indicator('1.1');
  const noYear = { ...withYear, target: { ...withYear.target, year: null } };
  it('shows the plan year where it gives one', () => {
    expect([targetHeading(withYear), targetHeading(withYear, true), targetText(withYear)]).toEqual(['Mục tiêu năm 2030', 'Mục tiêu 2030', '1%']);
  });
  it('adds no year where the plan gives none, and says so', () => {
    expect([targetHeading(noYear), targetText(noYear)]).toEqual(['Mục tiêu', '1% (Kế hoạch không nêu năm)']);
  });
});

describe('dutyCounts', () => {
  const duty = (relation: Duty['relation']): Duty => ({ unit: 'a', number: null, heading: 'h', relation, duties: ['d'] });
  it('tells assigned from requested units', () => {
    expect(dutyCounts([duty('giao'), duty('de-nghi'), duty('giao')])).toEqual({ assigned: 2, requested: 1 });
  });
});
