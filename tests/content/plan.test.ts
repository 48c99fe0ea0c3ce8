import { describe, expect, it } from 'vitest';
import { checkPlanContent } from '../../src/features/content/lib/check-plan.ts';
import { validateContent } from '../../src/features/content/lib/validate.ts';
import { ROOT } from '../../tools/fixtures/content-fixtures.ts';
import { sourceGeneralTaskCount, sourceIndicators, sourceObjectives } from '../../tools/fixtures/plan-source.ts';

const content = checkPlanContent(ROOT);
const indicator = (id: string) => content.indicators.find((i) => i.id === id);

describe('content/ as committed', () => {
  it('passes every schema and reference check', () => {
    expect(validateContent(ROOT).problems).toEqual([]);
  });
});

describe('the plan', () => {
  it('has the objectives the plan heads, in its order', () => {
    expect(sourceObjectives().length).toBeGreaterThan(0);
    expect(content.objectives.map((o) => o.id)).toEqual(sourceObjectives());
  });

  it('has every chỉ tiêu of the plan, 3.2 and 5.4 split in two', () => {
    expect(content.indicators.map((i) => i.id)).toEqual([
      '1.1',
      '2.1',
      '2.2',
      '3.1',
      '3.2a',
      '3.2b',
      '3.3',
      '3.4',
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
      '5.3',
      '5.4a',
      '5.4b',
      '6.1',
      '6.2',
      '6.3',
    ]);
    const chiTieu = new Set(content.indicators.map((i) => i.id.replace(/[a-z]$/, '')));
    expect(chiTieu.size).toBe(sourceIndicators().length);
  });

  it.each([
    ['1.1', 75, 'gte'],
    ['2.1', 60, 'gte'],
    ['2.2', 30, 'gte'],
    ['3.1', 1.4, 'lte'],
    ['3.2a', 90, 'gt'],
    ['3.2b', 80, 'gt'],

    ['4.1', 109, 'lte'],
    ['4.2', 42, 'lt'],
    ['4.3', 1.8, 'lt'],
    ['5.2', 100, 'gt'],
    ['5.3', 40, 'gt'],
    ['5.4a', 50, 'gt'],
    ['5.4b', 35, 'gte'],
    ['6.1', 85, 'gte'],
  ])('chỉ tiêu %s targets %d (%s) by 2030', (id, value, comparator) => {
    expect(indicator(id)?.target).toMatchObject({ value, comparator, year: 2030 });
  });

  it.each([
    ['3.3', 100, 'eq'],
    ['6.2', 100, 'eq'],
  ])('chỉ tiêu %s targets %d (%s) with no year, as in the plan', (id, value, comparator) => {
    expect(indicator(id)?.target).toMatchObject({ value, comparator, year: null });
  });

  it('keeps qualitative indicators without a number', () => {
    expect(content.indicators.filter((i) => i.kind === 'qualitative').map((i) => i.id)).toEqual(['5.1', '6.3']);
  });

  it('has no invented baselines', () => {
    expect(content.indicators.every((i) => i.baseline === null)).toBe(true);
  });

  it('publishes 5.2 as the plan words it', () => {
    expect(indicator('5.2')?.statement).toContain('đạt trên 100%');
  });

  it.each([
    ['tram-y-te', ['3.3', '3.4', '4.1', '4.2', '4.3']],
    ['phong-van-hoa-xa-hoi', ['1.1', '3.2a', '3.2b', '5.1', '5.2', '5.3', '5.4a', '5.4b', '6.1', '6.2', '6.3']],
  ])('gives %s the indicators section IV assigns', (unit, ids) => {
    expect(content.indicators.filter((i) => i.responsible.includes(unit)).map((i) => i.id)).toEqual(ids);
  });

  it('resolves every unit and objective reference', () => {
    const units = new Set(content.ward?.units.map((u) => u.id));
    const objectives = new Set(content.objectives.map((o) => o.id));
    for (const i of content.indicators) {
      expect(objectives.has(i.objective)).toBe(true);
      for (const unit of i.responsible) expect(units.has(unit)).toBe(true);
    }
    for (const d of content.duties) expect(units.has(d.unit)).toBe(true);
    for (const t of content.tasks) if (t.objective !== null) expect(objectives.has(t.objective)).toBe(true);
  });

  it('keeps the blank document number and day as printed', () => {
    expect(content.plan?.number).toMatch(/^Số:\s+\/KH-UBND$/);
    expect(content.plan?.placeAndDate).toMatch(/ngày\s+tháng 5 năm 2026/);
  });

  it('has the general tasks and the specific tasks of every objective', () => {
    expect(sourceGeneralTaskCount()).toBeGreaterThan(0);
    expect(content.tasks.filter((t) => t.objective === null)).toHaveLength(sourceGeneralTaskCount());
    for (const o of content.objectives) expect(content.tasks.some((t) => t.objective === o.id)).toBe(true);
  });
});
