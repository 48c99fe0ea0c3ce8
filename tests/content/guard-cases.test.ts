// Every fixture of tests/fixtures/guard-cases.ts through the content guard itself (no build):
// one copy of content/, each fixture laid over it, checked, then undone.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, isError, type ContentProblem } from '../../src/features/content/lib/problems.ts';
import { validateContent } from '../../src/features/content/lib/validate.ts';
import { GUARD_CASES, type GuardCase } from '../fixtures/guard-cases.ts';
import { applyCase, contentWithFixture, folderCases } from '../../tools/fixtures/content-fixtures.ts';

const root = contentWithFixture();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lays a fixture's files over the copy, runs the guard, and puts the copy back as it was. */
function runCase(fixture: GuardCase): ContentProblem[] {
  const undo = applyCase(root, fixture);
  try {
    return validateContent(root).problems;
  } finally {
    undo();
  }
}

/** English words a parser or zod would print; staff must only ever read Vietnamese. */
const ENGLISH = /\b(?:expected|received|invalid|unexpected|error|undefined|string|number|array|at line)\b|\bobject\b(?!>)/i;

const cases = [...GUARD_CASES, ...folderCases()];

describe('the content guard on every fixture', () => {
  it('has several fixtures for every class', () => {
    const counts = Map.groupBy(cases, (c) => c.class);
    for (const [name, list] of counts) expect(list.length, name).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [`${c.class}: ${c.name}`, c] as const))('%s', (_name, fixture) => {
    const problems = runCase(fixture);
    const errors = problems.filter(isError);
    if (!fixture.expect) {
      expect(errors, formatProblems(errors)).toEqual([]);
      return;
    }
    const { file, field, line, message } = fixture.expect;
    const match = errors.find(
      (p) =>
        p.file === file &&
        (field === undefined || `${p.line ? `dòng ${p.line} · ` : ''}${p.field}`.includes(field)) &&
        (line === undefined || p.line === line) &&
        (typeof message === 'string' ? p.message.includes(message) : message.test(p.message)),
    );
    expect(match, `expected ${JSON.stringify(fixture.expect)}, got:\n${formatProblems(problems)}`).toBeDefined();
    for (const p of problems) expect(`${p.field}: ${p.message}`).not.toMatch(ENGLISH);
  });
});
