import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { GuardCase } from './fixtures/guard-cases.ts';

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

/** The class a folder fixture belongs to, from its name's first word, e.g. "service-bad-phone" → "service". */
const FOLDER_CLASSES: Record<string, string> = {
  article: 'bài viết: thông tin đầu bài',
  calendar: 'lịch, kế hoạch, số liệu tham chiếu',
  duty: 'lịch, kế hoạch, số liệu tham chiếu',
  indicator: 'chỉ tiêu',
  plan: 'lịch, kế hoạch, số liệu tham chiếu',
  reference: 'lịch, kế hoạch, số liệu tham chiếu',
  task: 'lịch, kế hoạch, số liệu tham chiếu',
  service: 'danh bạ nơi hỗ trợ',
  snapshot: 'kỳ số liệu',
  ward: 'YAML không an toàn hoặc sai cú pháp',
  yaml: 'YAML không an toàn hoặc sai cú pháp',
};

/** The folder fixtures of tests/fixtures/content/ as guard cases (their files laid over content/). */
export function folderCases(): GuardCase[] {
  return malformedFixtures().map(({ name, dir, expected }) => {
    const contentDir = join(dir, 'content');
    const files = Object.fromEntries(
      readdirSync(contentDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const absolute = join(entry.parentPath, entry.name);
          return [join('content', relative(contentDir, absolute)), readFileSync(absolute)] as const;
        }),
    );
    return { class: FOLDER_CLASSES[name.split('-')[0] ?? ''] ?? name, name, files, expect: { file: expected.file, field: expected.field, message: '' } };
  });
}

/** Lays a guard case's files over a project root; returns what puts the root back as it was. */
export function applyCase(root: string, fixture: GuardCase): () => void {
  const undo: (() => void)[] = [];
  for (const [path, change] of Object.entries(fixture.files)) {
    const absolute = join(root, path);
    const isLink = (() => {
      try {
        return lstatSync(absolute).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    const original = existsSync(absolute) && !isLink ? readFileSync(absolute) : undefined;
    const createdFolder = existsSync(dirname(absolute)) ? undefined : dirname(absolute);
    undo.push(() => {
      rmSync(absolute, { force: true });
      if (original !== undefined) writeFileSync(absolute, original);
      if (createdFolder) rmSync(createdFolder, { recursive: true, force: true });
    });
    mkdirSync(dirname(absolute), { recursive: true });
    rmSync(absolute, { force: true });
    if (typeof change === 'object' && 'symlink' in change) symlinkSync(change.symlink, absolute);
    else if (Buffer.isBuffer(change)) writeFileSync(absolute, change);
    else writeFileSync(absolute, typeof change === 'function' ? change(original?.toString('utf8') ?? '') : change);
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
