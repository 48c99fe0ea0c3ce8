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
  // Measured on the 2-core machine: the browser tests took 449 CPU-seconds with one Chromium, 495 with one per file.
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
