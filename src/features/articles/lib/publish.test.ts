import { describe, expect, it } from 'vitest';
import { dayStart as day } from '../../../shared/lib/dates.ts';
import { isPublished } from './publish.ts';

describe('isPublished', () => {
  it.each([
    ['a past article', { draft: false, publishDate: day('2026-11-01') }, '2026-11-28T10:00:00Z', true],
    ['a draft, even dated in the past', { draft: true, publishDate: day('2026-11-01') }, '2026-11-28T10:00:00Z', false],
    ['an article dated tomorrow', { draft: false, publishDate: day('2026-11-29') }, '2026-11-28T10:00:00Z', false],
    ['an article dated today', { draft: false, publishDate: day('2026-11-28') }, '2026-11-28T10:00:00Z', true],
    // 18:00 UTC on the 28th is already the 29th in Vietnam (UTC+7).
    ['dated the 29th, built at 01:00 on the 29th in Vietnam', { draft: false, publishDate: day('2026-11-29') }, '2026-11-28T18:00:00Z', true],
    ['a future draft', { draft: true, publishDate: day('2027-01-01') }, '2026-11-28T10:00:00Z', false],
  ])('%s', (_, article, now, expected) => expect(isPublished(article, new Date(now))).toBe(expected));
});
