import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../schemas/snapshot.ts';
import {
  isIllustrative,
  isIllustrativeSnapshot,
  isReported,
  markedIllustrative,
  measuredTooEarly,
  namesPublisher,
  snapshotRuleProblems,
} from './illustrative.ts';

const entry = (illustrative: boolean) => ({ value: 1, source: 's', provisional: false, illustrative });
const snapshot = (over: Partial<Snapshot>): Snapshot => ({
  period: 2026,
  published: new Date('2026-11-28'),
  reportingUnit: null,
  values: { '1.1': entry(true) },
  ...over,
});
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

describe('isIllustrative', () => {
  it.each([
    [[{ illustrative: true, value: 1, state: null }], true],
    [[{ illustrative: true, value: null, state: 'da-dat' as const }], true],
    [[{ illustrative: true, value: null, state: null }], false],
    [[{ illustrative: true }], false],
    [[{ illustrative: false, value: 1, state: null }], false],
    [[{ value: 1 }], false],
    [
      [
        { illustrative: false, value: 1, state: null },
        { illustrative: true, value: 2, state: null },
      ],
      true,
    ],
    [[], false],
  ])('%o → %s', (points, expected) => expect(isIllustrative(points)).toBe(expected));

  it('is the rule for whole files too: a file marked illustrative only where it has no figure shows nothing illustrative', () => {
    const empty = { value: null, source: 's', provisional: false, illustrative: true };
    expect(isIllustrativeSnapshot({ values: { a: entry(false), b: empty } })).toBe(false);
    expect(isIllustrativeSnapshot({ values: { a: empty, b: entry(true) } })).toBe(true);
  });
});

describe('isReported', () => {
  it.each([
    [{ value: 0 }, true],
    [{ state: 'chua-trien-khai' as const }, true],
    [{ value: null, state: null }, false],
    [{}, false],
  ])('%o → %s', (figure, expected) => expect(isReported(figure)).toBe(expected));
});

describe('namesPublisher', () => {
  const point = { value: 1, state: null, illustrative: false, reportingUnit: 'tram-y-te' };
  it('names the unit of measured figures', () => expect(namesPublisher(point)).toBe(true));
  it('never for illustrative figures', () => expect(namesPublisher({ ...point, illustrative: true })).toBe(false));
  it('never for a file with no unit', () => expect(namesPublisher({ ...point, reportingUnit: null })).toBe(false));
});

describe('measuredTooEarly', () => {
  it.each([
    ['a value for next year', { value: 1, illustrative: false }, 2027, true],
    ['a state for next year', { state: 'da-dat' as const, illustrative: false }, 2027, true],
    ['a value for this year', { value: 1, illustrative: false }, 2026, false],
    ['no figure for next year', { value: null, illustrative: false }, 2027, false],
    ['an illustrative value for next year (the file rule refuses it)', { value: 1, illustrative: true }, 2027, false],
  ])('%s → %s', (_name, figure, period, expected) => expect(measuredTooEarly(figure, period, today)).toBe(expected));
});

describe('markedIllustrative', () => {
  it('labels text built on illustrative figures', () => expect(markedIllustrative('62,5%', true)).toBe('62,5% (minh họa)'));
  it('leaves other text alone', () => expect(markedIllustrative('62,5%', false)).toBe('62,5%'));
});
