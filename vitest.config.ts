import { defineConfig } from 'vitest/config';

// Three layers, each with its own npm script: unit (pure functions beside the code),
// content (every file in content/ and the malformed fixtures), e2e (Chromium against the build).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/**/*.test.ts'], globalSetup: ['tools/fixtures/fixture-site.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['tools/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at once, each with its own Chromium, against the one read-only nginx (files that
          // rebuild the site do it in a copy of the project, served by their own nginx on their own port).
          fileParallelism: true,
          maxWorkers: 2,
          // Concurrent tests (the every-page crawl) visit two pages at once.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
