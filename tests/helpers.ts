import { cpSync, mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'content');

/** What a malformed fixture must produce: a problem in this file whose field mentions this text. */
export interface FixtureExpectation {
  description: string;
  file: string;
  field: string;
}

/** Lists malformed fixtures: each folder holds files laid over a copy of content/, and expected.json. */
export function malformedFixtures(): { name: string; dir: string; expected: FixtureExpectation }[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      return { name: entry.name, dir, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as FixtureExpectation };
    });
}

/** Copies the real content/ to a temporary project root and lays a fixture's files over it. */
export function contentWithFixture(fixtureDir?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  if (fixtureDir && existsSync(join(fixtureDir, 'content'))) cpSync(join(fixtureDir, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
