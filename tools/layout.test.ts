// The repository's shape, kept by a test: what ships (src/) and the staff's commands (scripts/)
// never depend on test or bench tooling, so tools/, e2e/ and tests/ can change without touching the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CODE = /\.(ts|mjs|astro)$/;
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE.test(file))
    .map((file) => join(dir, file));
/** Every module a file imports, by its specifier (static, dynamic and side-effect imports, `<script src>`). */
const specifiers = (text: string) => [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|<script[^>]*\bsrc=)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('what ships depends on nothing from the tooling', () => {
  it.each(['src', 'scripts'])('no file under %s/ imports from tools/, e2e/ or tests/', (dir) => {
    const offending = filesUnder(dir).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((s) => /(^|\/)(tools|e2e|tests)\//.test(s))
        .map((s) => `${file}: ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('finds the imports it looks for', () => {
    expect(
      specifiers(`import a from '../tools/x.ts';\nimport '../e2e/y.ts';\nconst z = await import('../tests/z.ts');\n<script src="../tools/w.ts"></script>`),
    ).toEqual(['../tools/x.ts', '../e2e/y.ts', '../tests/z.ts', '../tools/w.ts']);
  });
});
