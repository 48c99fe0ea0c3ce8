import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../schemas/snapshot.ts';
import { isIllustrativeSnapshot, snapshotRuleProblems } from './illustrative.ts';

const entry = (illustrative: boolean) => ({ value: 1, source: 's', provisional: false, illustrative });
const snapshot = (over: Partial<Snapshot>): Snapshot => ({ period: 2026, published: new Date('2026-11-28'), reportingUnit: null, values: { '1.1': entry(true) }, ...over });
const today = new Date('2026-12-05');
const fields = (s: Snapshot) => snapshotRuleProblems(s, today).map((p) => p.field);

describe('snapshotRuleProblems', () => {
  it.each<[string, Partial<Snapshot>, string[]]>([
    ['illustrative, no publisher, past', {}, []],
    ['illustrative credited to a real unit', { reportingUnit: 'phong-van-hoa-xa-hoi' }, ['reportingUnit']],
    ['illustrative for a year to come', { period: 2027 }, ['period']],
    ['published in the future', { published: new Date('2027-01-15') }, ['published']],
    ['measured with a publisher', { reportingUnit: 'tram-y-te', values: { '1.1': entry(false) } }, []],
    ['measured without a publisher', { values: { '1.1': entry(false) } }, ['reportingUnit']],
  ])('%s', (_name, over, expected) => expect(fields(snapshot(over))).toEqual(expected));

  it('treats a file with any illustrative entry as illustrative', () => {
    expect(isIllustrativeSnapshot({ values: { a: entry(false), b: entry(true) } })).toBe(true);
    expect(isIllustrativeSnapshot({ values: { a: entry(false) } })).toBe(false);
  });
});
