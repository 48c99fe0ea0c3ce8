import { describe, expect, it } from 'vitest';
import { formatYearlyDates } from './format.ts';

describe('formatYearlyDates', () => {
  it.each([
    [{ start: { day: 28, month: 6 } }, '28/6'],
    [{ start: { day: 15, month: 11 }, end: { day: 15, month: 12 } }, '15/11 – 15/12'],
  ])('%j → %s', (dates, text) => expect(formatYearlyDates(dates)).toBe(text));
});
