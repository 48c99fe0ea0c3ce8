import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from './format.ts';

describe('formatNumber', () => {
  it.each([
    [1.4, '1,4'],
    [100000, '100.000'],
    [75, '75'],
    [110.7, '110,7'],
  ])('%d → %s', (value, expected) => expect(formatNumber(value)).toBe(expected));
});

describe('formatValue', () => {
  it.each([
    [75, '%', '75%'],
    [1.4, 'lần', '1,4 lần'],
    [42, 'ca/100.000 trẻ sinh sống', '42 ca/100.000 trẻ sinh sống'],
    [3, null, '3'],
  ] as const)('%d %s → %s', (value, unit, expected) => expect(formatValue(value, unit)).toBe(expected));
});
