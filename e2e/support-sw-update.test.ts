// A returning visitor whose phone holds the service worker sees a changed number on the first online
// view after a redeploy: build, visit, change the content, rebuild, revisit. Runs one real build (about a minute).
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild, temporaryProject } from '../tools/fixtures/build-project.ts';
import { startNginx, type RunningNginx } from '../tools/browser/nginx.ts';
import { phoneSession } from '../tools/browser/phone-session.ts';

const phone = phoneSession();
const served = mkdtempSync(join(tmpdir(), 'served-'));
// mkdtemp makes the folder private; nginx's worker user must read it.
chmodSync(served, 0o755);
const project = temporaryProject();
let nginx: RunningNginx | undefined;
afterAll(() => {
  nginx?.stop();
  rmSync(served, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

const swControls = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });

describe('service worker after a redeploy', () => {
  it('shows the new content on the first online view, and the saved copy offline says when it was saved', { timeout: 300_000 }, async () => {
    cpSync('dist', served, { recursive: true });
    nginx = await startNginx(served, Number(process.env.E2E_PORT ?? 4399) + 1000);
    const page = await phone.open();
    await page.goto(`${nginx.baseUrl}/ho-tro/`);
    await swControls(page);
    await page.reload();

    // Staff change a line of the directory and the site is rebuilt and redeployed.
    const file = join(project, 'content/services/duong-day-111.yaml');
    const yaml = readFileSync(file, 'utf8');
    const before = /note: (.+)/.exec(yaml)![1]!;
    const after = `${before} (đã cập nhật)`;
    writeFileSync(file, yaml.replace(`note: ${before}`, `note: ${after}`));
    const build = await runBuild(project);
    expect(build.status, build.output).toBe(0);
    for (const name of readdirSync(served)) rmSync(join(served, name), { recursive: true, force: true });
    cpSync(join(project, 'dist'), served, { recursive: true });

    await page.goto(`${nginx.baseUrl}/ho-tro/`);
    expect(await page.locator('[data-service-card="duong-day-111"] .contact__note').textContent()).toBe(after);
    expect(await page.locator('offline-notice').isHidden()).toBe(true);

    await phone.context.setOffline(true);
    await page.reload();
    expect(await page.locator('[data-service-card="duong-day-111"] .contact__note').textContent()).toBe(after);
    expect(await page.locator('offline-notice').textContent()).toMatch(/^Bản lưu ngày \d{2}\/\d{2}\/\d{4}/);
  });
});
