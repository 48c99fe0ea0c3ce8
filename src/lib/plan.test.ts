import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schemas/indicator.ts';
import type { Unit } from '../schemas/ward.ts';
import { compareIndicatorIds, indicatorNumber, indicatorsOf, responsibilityRows, unassignedIndicators } from './plan.ts';

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
