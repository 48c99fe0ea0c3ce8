import { describe, expect, it } from 'vitest';
import { pressShift, type ShiftCount } from './shift-counter.ts';

const presses = (times: number[]) => times.reduce<ShiftCount>((count, t) => pressShift(count, t), { presses: 0, since: 0 });

describe('pressShift', () => {
  it.each([
    [[1000], 1],
    [[1000, 1200, 1400], 3],
    [[1000, 3000, 5900], 3],
    [[1000, 3000, 6100], 1],
    [[1000, 7000, 7200], 2],
  ])('presses at %j count %i', (times, expected) => expect(presses(times).presses).toBe(expected));
});
