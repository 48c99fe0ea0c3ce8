import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { contentWithFixture, malformedFixtures } from '../helpers.ts';

const fixtures = malformedFixtures();

describe('malformed content', () => {
  it('has fixtures to run', () => expect(fixtures.length).toBeGreaterThanOrEqual(8));

  it.each(fixtures.map((f) => [f.name, f] as const))('%s is rejected naming the file and the field', (_name, fixture) => {
    const root = contentWithFixture(fixture.dir);
    try {
      const { problems } = validateContent(root);
      const match = problems.find((p) => p.file === fixture.expected.file && `${p.line ? `dòng ${p.line} · ` : ''}${p.field}`.includes(fixture.expected.field));
      expect(match, `expected a problem in ${fixture.expected.file} at "${fixture.expected.field}", got:\n${JSON.stringify(problems, null, 2)}`).toBeDefined();
      expect(match?.message.length).toBeGreaterThan(5);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
