// vitest.config.ts runs the test files without isolation (one module cache per worker); that is sound only
// while no test replaces a module, a global, the environment or the clock: such a change would leak
// into the next file run by the same worker. This keeps it so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LEAKING = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn|setSystemTime)\b|\bprocess\.chdir\(|\bprocess\.env\.\w+\s*=[^=]/;

const testFiles = ['src', 'tools', 'tests', 'e2e'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !file.includes('node_modules'))
    .map((file) => join(dir, file)),
);

describe('test files leave nothing behind for the next file in the same worker', () => {
  it('finds the test files', () => expect(testFiles.length).toBeGreaterThan(50));

  it('no test file mocks a module, stubs a global or the environment, fakes the clock or changes directory', () => {
    const offending = testFiles.filter((file) => file !== join('tools', 'isolation.test.ts') && LEAKING.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('recognises what it looks for', () => {
    for (const line of ["vi.mock('x')", 'vi.stubGlobal("fetch", f)', 'vi.useFakeTimers()', "process.env.TZ = 'UTC'", "process.chdir('/tmp')"])
      expect(LEAKING.test(line), line).toBe(true);
    expect(LEAKING.test("process.env.E2E_PORT === '1'")).toBe(false);
  });
});
