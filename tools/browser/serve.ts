// Global setup for browser tests: serves the production build (dist/) with nginx on loopback,
// using the same deploy/site.conf as production.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startNginx } from './nginx.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('Chưa có dist/: chạy "npm run build" trước khi chạy kiểm thử trình duyệt.');
  const nginx = await startNginx('dist', Number(process.env.E2E_PORT ?? 4399));
  project.provide('baseUrl', nginx.baseUrl);
  return nginx.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
