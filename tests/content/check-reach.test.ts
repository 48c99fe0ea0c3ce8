// content/reach/ files: each mistake staff could make by hand is named with its field.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReach } from '../../src/features/content/lib/check-reach.ts';
import { CONTENT_PATHS } from '../../src/features/content/lib/files.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function check(name: string, data: unknown) {
  const root = mkdtempSync(join(tmpdir(), 'check-reach-'));
  roots.push(root);
  mkdirSync(join(root, CONTENT_PATHS.reach), { recursive: true });
  writeFileSync(join(root, CONTENT_PATHS.reach, name), JSON.stringify(data));
  return checkReach(root);
}

const good = { month: '2027-01', days: ['2027-01-01', '2027-01-02'], pageViews: { '/': 12, '/ho-tro/': 3 }, courseCompletions: 1, reloadSeconds: 30 };

describe('checkReach', () => {
  it('accepts a file npm run reach --save writes', () => expect(check('2027-01.json', good)).toEqual({ problems: [], months: [good] }));
  it.each([
    ['a file named for another month', '2027-02.json', good, 'month'],
    ['a day counted twice', '2027-01.json', { ...good, days: ['2027-01-01', '2027-01-01'] }, 'days[1]'],
    ['a day that does not exist', '2027-01.json', { ...good, days: ['2027-01-32'] }, 'days[0]'],
    ['30 February', '2027-02.json', { ...good, month: '2027-02', days: ['2027-02-30'] }, 'days[0]'],
    ['a month written another way', '2027-01.json', { ...good, month: '01/2027' }, 'month'],
    ['a section that is not a folder', '2027-01.json', { ...good, pageViews: { 'ho-tro': 3 } }, 'pageViews'],
    ['a negative count', '2027-01.json', { ...good, courseCompletions: -1 }, 'courseCompletions'],
    ['a field the script never writes', '2027-01.json', { ...good, visitors: 5 }, 'visitors'],
  ])('rejects %s', (_what, name, data, field) => {
    const { problems, months } = check(name, data);
    expect(months).toEqual([]);
    expect(problems.map((p) => p.field)).toContainEqual(expect.stringContaining(field));
  });
});
