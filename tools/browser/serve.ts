// Global setup for browser tests: serves the production build (dist/) with nginx on loopback,
// using the same deploy/site.conf as production, and starts the one Chromium every test file
// connects to (launchChromium in browser.ts).
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchSharedChromium, SHARED_CHROMIUM_VARIABLE } from './browser.ts';
import { startNginx } from './nginx.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('Chưa có dist/: chạy "npm run build" trước khi chạy kiểm thử trình duyệt.');
  const nginx = await startNginx('dist', Number(process.env.E2E_PORT ?? 4399));
  project.provide('baseUrl', nginx.baseUrl);
  // Measured on the 2-core machine: a file starting its own Chromium spent about 1.5 CPU-seconds on it.
  // The test workers start after this setup and inherit the variable.
  const chromium = await launchSharedChromium();
  process.env[SHARED_CHROMIUM_VARIABLE] = chromium.wsEndpoint();
  return async () => {
    await chromium.close();
    nginx.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
