// `npm run reach` on a made-up log (plain and rotated .gz): --month, --save adding whole days only
// once, and a saved file the content check accepts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReach } from '../../src/features/content/lib/check-reach.ts';
import { CONTENT_PATHS } from '../../src/features/content/lib/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'reach-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const UA = (i: number) => `Mozilla/5.0 (Linux; Android 14; reader ${i}) Chrome/120.0 Mobile Safari/537.36`;
const lines = (day: string, n: number, path = '/') =>
  `${Array.from({ length: n }, (_, i) => `198.51.100.0 [${day}T09:00:00+07:00] "GET ${path}" 200 900 "document" "${UA(i)}"`).join('\n')}\n`;
const reach = (...args: string[]) =>
  execFileSync(process.execPath, [resolve('scripts/reach.ts'), ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm run reach', () => {
  // Rotated yesterday's log is compressed; today's is still being written.
  writeFileSync(join(dir, 'access.log.2.gz'), gzipSync(lines('2027-01-30', 12) + lines('2027-01-30', 3, '/ho-tro/')));
  writeFileSync(join(dir, 'access.log.1'), lines('2027-01-31', 11) + lines('2027-02-01', 2));
  writeFileSync(join(dir, 'access.log'), lines('2027-02-01', 10, '/ho-tro/'));
  const logs = ['access.log', 'access.log.1', 'access.log.2.gz'];

  it('prints the latest month by default, another with --month', () => {
    expect(JSON.parse(reach(...logs)).pageViews).toEqual({ total: 12, bySection: { '/ho-tro/': 10, '/': '<10' } });
    expect(JSON.parse(reach(...logs, '--month', '2027-01')).pageViews).toEqual({ total: 26, bySection: { '/': 23, '/ho-tro/': '<10' } });
  });

  it('--save writes every month but the day still being written, and adds nothing twice', () => {
    reach(...logs, '--save');
    const saved = () => JSON.parse(readFileSync(join(dir, CONTENT_PATHS.reach, '2027-01.json'), 'utf8'));
    expect(saved()).toEqual({
      month: '2027-01',
      days: ['2027-01-30', '2027-01-31'],
      pageViews: { '/': 23, '/ho-tro/': 3 },
      courseCompletions: 0,
      reloadSeconds: 30,
    });
    reach(...logs, '--save');
    expect(saved().pageViews).toEqual({ '/': 23, '/ho-tro/': 3 });
    expect(checkReach(dir)).toMatchObject({ problems: [], months: [{ month: '2027-01' }] });
    expect(() => readFileSync(join(dir, CONTENT_PATHS.reach, '2027-02.json'))).toThrow();
  });
});
