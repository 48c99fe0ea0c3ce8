import { describe, expect, it } from 'vitest';
import { dayStart as d } from './dates.ts';
import { lastPublished } from './last-published.ts';

describe('lastPublished', () => {
  it('is the newest date of articles (published or updated), figures and checked contacts', () => {
    const content = {
      articles: [{ publishDate: d('2026-10-01') }, { publishDate: d('2026-09-01'), updatedDate: d('2026-11-20') }],
      snapshots: [{ published: d('2026-11-10') }],
      services: [{ verifiedAt: d('2026-11-15') }, { verifiedAt: undefined }],
    };
    expect(lastPublished(content)).toEqual(d('2026-11-20'));
    expect(lastPublished({ ...content, snapshots: [{ published: d('2026-12-01') }] })).toEqual(d('2026-12-01'));
  });
  it('is null when the content carries no date', () => {
    expect(lastPublished({ articles: [], snapshots: [], services: [{}] })).toBeNull();
  });
});
