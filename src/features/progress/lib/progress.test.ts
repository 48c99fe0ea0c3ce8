import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../schemas/indicator.ts';
import { isOnTrack, meetsTarget, progressStatus, type Observation, type ProgressStatus } from './progress.ts';

const target = (value: number, comparator: Comparator, year = 2030) => ({ kind: 'quantitative' as const, target: { value, comparator, year } });
const series = (...points: [number, number | null][]): Observation[] => points.map(([year, value]) => ({ year, value }));

describe('meetsTarget', () => {
  it.each([
    [75, 75, 'gte', true],
    [74.9, 75, 'gte', false],
    [90, 90, 'gt', false],
    [90.1, 90, 'gt', true],
    [1.4, 1.4, 'lte', true],
    [42, 42, 'lt', false],
    [41.9, 42, 'lt', true],
    [100, 100, 'eq', true],
    [99.9, 100, 'eq', false],
    [0.1 + 0.2, 0.3, 'eq', true],
  ] as const)('%d against %d (%s) → %s', (value, goal, comparator, expected) => expect(meetsTarget(value, goal, comparator)).toBe(expected));
});

describe('progressStatus, quantitative', () => {
  it.each<[string, ReturnType<typeof target>, Observation[], ProgressStatus]>([
    // Rising share, "at least" (1.1: 75%)
    ['rising share halfway at half time', target(75, 'gte'), series([2026, 50], [2028, 62.5]), 'on-track'],
    ['rising share at 60–95% of the pace', target(60, 'gte'), series([2026, 48], [2028, 52.5]), 'accelerate'],
    ['rising share at under 60% of the pace', target(60, 'gte'), series([2026, 48], [2028, 51]), 'slow'],
    ['rising share that fell', target(35, 'gte'), series([2026, 28], [2028, 27]), 'regressing'],
    ['rising share already at the target', target(50, 'gt'), series([2026, 52], [2028, 53]), 'achieved'],
    ['no change at all is slow, not on track', target(40, 'gt'), series([2026, 36], [2028, 36]), 'slow'],
    // Values at 0: where a growth rate divides by zero
    ['starting from 0%', target(85, 'gte'), series([2026, 0], [2028, 45]), 'on-track'],
    ['staying at 0%', target(85, 'gte'), series([2026, 0], [2028, 0]), 'slow'],
    ['0 maternal deaths under the bound "< 42"', target(42, 'lt'), series([2026, 0], [2028, 0]), 'achieved'],
    ['rising from 0 maternal deaths to above the bound', target(42, 'lt'), series([2026, 0], [2028, 125]), 'regressing'],
    // Near 100%
    ['100% target from 98%, on the straight path', target(100, 'eq'), series([2026, 98], [2028, 99]), 'on-track'],
    ['100% target reached', target(100, 'eq'), series([2026, 60], [2028, 100]), 'achieved'],
    ['"trên 100%" from 98.5% at 93% of the pace', target(100, 'gt'), series([2026, 98.5], [2028, 99.2]), 'accelerate'],
    ['"trên 100%" not met by exactly 100%', target(100, 'gt'), series([2026, 98], [2028, 100]), 'on-track'],
    // Strict bound with the baseline exactly on it
    ['"trên 90%" starting at exactly 90% and staying', target(90, 'gt'), series([2026, 90], [2028, 90]), 'slow'],
    ['"trên 90%" starting at exactly 90% and falling', target(90, 'gt'), series([2026, 90], [2028, 88]), 'regressing'],
    // Upper bounds (maternal mortality < 42, adolescent births < 1.8)
    ['falling rate under an upper bound, ahead of pace', target(1.8, 'lt'), series([2026, 2.1], [2028, 1.9]), 'on-track'],
    ['maternal mortality falling from 50 to 46 at half time', target(42, 'lt'), series([2026, 50], [2028, 46]), 'on-track'],
    ['maternal mortality rising', target(42, 'lt'), series([2026, 50], [2028, 55]), 'regressing'],
    // Level to reach (sex ratio at birth 109, "ở mức" read as at most)
    ['sex ratio moving away from 109', target(109, 'lte'), series([2026, 112], [2028, 113]), 'regressing'],
    ['sex ratio moving towards 109 slowly', target(109, 'lte'), series([2026, 112], [2028, 111.5]), 'slow'],
    ['sex ratio at 109', target(109, 'lte'), series([2026, 112], [2028, 109]), 'achieved'],
    ['sex ratio that was at the level and rose above it', target(109, 'lte'), series([2026, 108], [2028, 111]), 'regressing'],
    // Ratios (unpaid care 1.4 times)
    ['care ratio from 1.8 to 1.6 times at half time', target(1.4, 'lte'), series([2026, 1.8], [2028, 1.6]), 'on-track'],
    ['care ratio from 1.8 to 1.7 times at half time', target(1.4, 'lte'), series([2026, 1.8], [2028, 1.7]), 'slow'],
    // Exact level (eq) approached from above
    ['eq target approached from above', target(50, 'eq'), series([2026, 60], [2028, 55]), 'on-track'],
    // Time
    ['the target year came and the target is not met', target(75, 'gte'), series([2026, 50], [2030, 74]), 'slow'],
    ['a figure after the target year, still short', target(75, 'gte'), series([2026, 50], [2031, 74.5]), 'slow'],
    ['one year in, a quarter of the way', target(75, 'gte'), series([2026, 50], [2027, 56.25]), 'on-track'],
    // Missing data
    ['no figures', target(75, 'gte'), series(), 'insufficient-data'],
    ['only nulls', target(75, 'gte'), series([2026, null], [2028, null]), 'insufficient-data'],
    ['only a baseline', target(75, 'gte'), series([2026, 50], [2028, null]), 'insufficient-data'],
    ['only a baseline that already meets the target', target(75, 'gte'), series([2026, 80]), 'achieved'],
    ['a missing middle year is skipped', target(75, 'gte'), series([2026, 50], [2027, null], [2028, 62.5]), 'on-track'],
    ['series out of order', target(75, 'gte'), series([2028, 62.5], [2026, 50]), 'on-track'],
  ])('%s', (_name, indicator, observations, expected) => {
    expect(progressStatus(indicator, observations).status).toBe(expected);
  });

  it('reports the figures behind the status', () => {
    expect(progressStatus(target(75, 'gte'), series([2026, 50], [2028, 60]))).toEqual({
      status: 'accelerate',
      baseline: { year: 2026, value: 50 },
      latest: { year: 2028, value: 60 },
      covered: 0.4,
      elapsed: 0.5,
      ratio: 0.8,
    });
  });
});

describe('progressStatus, qualitative', () => {
  const qualitative = { kind: 'qualitative' as const, target: { value: null, comparator: null, year: 2030 } };
  it.each<[string, Observation[], ProgressStatus]>([
    [
      'achieved',
      [
        { year: 2026, value: null, state: 'dang-trien-khai' },
        { year: 2028, value: null, state: 'da-dat' },
      ],
      'achieved',
    ],
    ['in progress', [{ year: 2026, value: null, state: 'dang-trien-khai' }], 'in-progress'],
    ['not started', [{ year: 2026, value: null, state: 'chua-trien-khai' }], 'not-started'],
    [
      'latest reported state wins over a later blank',
      [
        { year: 2026, value: null, state: 'dang-trien-khai' },
        { year: 2028, value: null, state: null },
      ],
      'in-progress',
    ],
    ['nothing reported', [{ year: 2026, value: null, state: null }], 'insufficient-data'],
  ])('%s', (_name, observations, expected) => expect(progressStatus(qualitative, observations).status).toBe(expected));
});

describe('isOnTrack', () => {
  it.each<[ProgressStatus, boolean]>([
    ['achieved', true],
    ['on-track', true],
    ['accelerate', false],
    ['insufficient-data', false],
  ])('%s → %s', (status, expected) => expect(isOnTrack(status)).toBe(expected));
});
