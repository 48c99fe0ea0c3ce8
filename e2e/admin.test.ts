// The browser editor (npm run admin) driven in Chromium, offline, against a throw-away copy of
// the project (tools/fixtures/build-project.ts), so the working tree is never touched: create an article
// through the forms, edit a service's phone number, and see a bad value refused by the form or
// by the content guard. Every request must stay on the editor's own origin.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serviceSchema } from '../src/schemas/service.ts';
import { snapshotSchema } from '../src/schemas/snapshot.ts';
import { runBuild, temporaryProject } from '../tools/fixtures/build-project.ts';
import { launchChromium } from '../tools/browser/browser.ts';
import { builtFiles } from '../tools/browser/built-site.ts';
import { foreignRequests } from '../tools/browser/page-watch.ts';
import { saveShot, savingShots } from '../tools/browser/shots.ts';

/** The editor's port: ADMIN_TEST_PORT, else beside the browser tests' own (E2E_PORT + 12), else 4328. */
const port = Number(process.env.ADMIN_TEST_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 12 : 4328));
const base = `http://localhost:${port}`;
const root = temporaryProject();
let server: ChildProcess;
let browser: Browser;
let context: BrowserContext;
/** Every request of the editor's page, checked for other origins at the end. */
const requests: string[] = [];
const problems: string[] = [];

/** Runs `npm run check` on the copy. */
const check = () => spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });

/** The editor's one page: Decap's bundle (6.5 MB) is parsed once, and each test moves to its screen. */
let editor: Page;

async function openEditorPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  // Leaving a form with unsaved changes asks for confirmation: yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${base}/admin/`);
  return page;
}

/**
 * Shows a screen of the editor, as staff reach it: through the list of articles, so that a form a test left
 * unsaved is discarded and the screen asked for is loaded afresh from the files, even the same entry again.
 */
async function openEditor(hash: string): Promise<Page> {
  await editor.goto(`${base}/admin/#/collections/articles`);
  await editor.getByRole('link', { name: 'Số liệu theo năm' }).first().waitFor();
  await editor.goto(`${base}/admin/${hash}`);
  return editor;
}

/** Saves what staff see (1280×800) with E2E_SHOTS (tools/browser/shots.ts), the first field scrolled into view. */
async function shot(page: Page, name: string) {
  if (!savingShots) return;
  await page.locator('label').first().scrollIntoViewIfNeeded();
  await saveShot(page, `editor-${name}`);
}

/** Picks an option of a drop-down list by typing its Vietnamese name, as a keyboard user would. */
async function choose(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.pressSequentially(option);
  await input.press('Enter');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
}

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/admin.ts', '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`npm run admin did not start:\n${log}`)), 60_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(`http://localhost:${port}/admin/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.on('exit', (code) => reject(new Error(`npm run admin stopped (${code}):\n${log}`)));
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  editor = await openEditorPage();
  await editor.getByRole('button', { name: 'Đăng nhập' }).click();
  await editor.getByRole('link', { name: 'Nơi hỗ trợ' }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('the browser editor (npm run admin)', () => {
  it('lists articles, support services, snapshots, the calendar and the ward, in Vietnamese', async () => {
    const page = await openEditor('#/collections/articles');
    await page.getByRole('link', { name: 'Số liệu theo năm' }).first().waitFor();
    for (const name of ['Bài viết', 'Nơi hỗ trợ', 'Số liệu theo năm', 'Lịch và thông tin phường'])
      await expect(page.getByRole('link', { name }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex');
  });

  it('creates an article through the forms: the file has the right front matter, passes the check and is built', async () => {
    const page = await openEditor('#/collections/articles/new');
    await page.getByLabel('Tiêu đề').fill('Bài thử từ trình biên tập');
    await page.getByLabel('Mô tả ngắn').fill('Bài viết tạo trong trình duyệt để kiểm thử trình biên tập.');
    await page.getByLabel('Ngày đăng').fill('2026-11-30');
    await choose(page, 'Chủ đề', 'Gia đình');
    await page.getByRole('button', { name: /Thêm nguồn/ }).click();
    await page.getByLabel('Tên nguồn').fill('Luật Bình đẳng giới số 73/2006/QH11');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Nội dung bài viết thử.');
    await shot(page, 'article');
    await publish(page);
    const file = join(root, 'content/articles/bai-thu-tu-trinh-bien-tap.mdx');
    // The editor's server writes the file in steps: wait until it holds the body, the last thing written.
    await expect.poll(() => existsSync(file) && readFileSync(file, 'utf8').includes('Nội dung bài viết thử.'), { timeout: 15_000 }).toBe(true);
    const text = readFileSync(file, 'utf8');
    const front = parse(text.split('---')[1] ?? '');
    expect(front).toMatchObject({
      title: 'Bài thử từ trình biên tập',
      topics: ['gia-dinh'],
      sources: [{ title: 'Luật Bình đẳng giới số 73/2006/QH11' }],
    });
    expect(String(front.publishDate instanceof Date ? front.publishDate.toISOString() : front.publishDate)).toMatch(/^2026-11-30/);
    expect(text).toContain('Nội dung bài viết thử.');
    const checked = check();
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const build = await runBuild(root);
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(root, 'dist/bai-viet/bai-thu-tu-trinh-bien-tap/index.html'), 'utf8')).toContain('Bài thử từ trình biên tập');
  }, 300_000);

  const serviceFile = join(root, 'content/services/tro-giup-phap-ly-1800-1233.yaml');
  const service = () => serviceSchema.parse(parse(readFileSync(serviceFile, 'utf8')));
  const phone = (page: Page) => page.getByLabel('Số điện thoại, địa chỉ web hoặc địa chỉ').first();

  it("edits a service's phone number through the form and changes nothing else", async () => {
    const before = service();
    const page = await openEditor('#/collections/services/entries/tro-giup-phap-ly-1800-1233');
    await expect(phone(page).inputValue()).resolves.toBe('1800 1233');
    await phone(page).fill('18001233');
    await phone(page).scrollIntoViewIfNeeded();
    await saveShot(page, 'editor-service');
    await publish(page);
    await expect.poll(() => service().contacts[0]?.value, { timeout: 15_000 }).toBe('18001233');
    const after = service();
    expect({ ...after, contacts: after.contacts.slice(1) }).toEqual({ ...before, contacts: before.contacts.slice(1) });
    expect({ ...after.contacts[0], value: '1800 1233' }).toEqual(before.contacts[0]);
    const checked = check();
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
  }, 60_000);

  it('refuses a time written "8h": the form shows the rule and the file is not written', async () => {
    const before = readFileSync(serviceFile, 'utf8');
    const page = await openEditor('#/collections/services/entries/tro-giup-phap-ly-1800-1233');
    await page.getByLabel('Giờ mở').first().fill('8h');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await expect(page.getByText('Dạng HH:MM').first().isVisible()).resolves.toBe(true);
    await page.waitForTimeout(1500);
    expect(readFileSync(serviceFile, 'utf8')).toBe(before);
  }, 60_000);

  it('lets the retired number 1800 1567 through the form, and the content guard stops it naming file and field', async () => {
    const original = readFileSync(serviceFile, 'utf8');
    const page = await openEditor('#/collections/services/entries/tro-giup-phap-ly-1800-1233');
    await phone(page).fill('1800 1567');
    await publish(page);
    await expect.poll(() => parse(readFileSync(serviceFile, 'utf8')).contacts[0]?.value, { timeout: 15_000 }).toBe('1800 1567');
    const checked = check();
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('content/services/tro-giup-phap-ly-1800-1233.yaml');
    expect(checked.stderr).toMatch(/contacts\[0\]\.value.*đã ngừng/);
    // Put the file back, so the tests after this one check a copy that is valid again.
    writeFileSync(serviceFile, original);
    expect(check().status).toBe(0);
  }, 60_000);

  it('edits one indicator of a snapshot (ids like "1.1" kept as keys) and leaves the others as they were', async () => {
    const file = join(root, 'content/snapshots/2026.json');
    const read = () => snapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const before = read();
    const page = await openEditor('#/collections/snapshots/entries/2026');
    await page.getByLabel('Ghi chú').first().fill('Ghi chú thử từ trình biên tập.');
    await publish(page);
    await expect.poll(() => read().values['1.1']?.note, { timeout: 15_000 }).toBe('Ghi chú thử từ trình biên tập.');
    const after = read();
    // Decap may write the indicators in another order; the ids and their figures stay the same.
    expect(Object.keys(after.values).sort()).toEqual(Object.keys(before.values).sort());
    expect({ ...after.values, '1.1': undefined }).toEqual({ ...before.values, '1.1': undefined });
    const checked = check();
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
  }, 60_000);

  it('made no request to another origin and broke no CSP rule', () => {
    expect(foreignRequests(requests, base)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the public build', () => {
  it('contains no editor code and no /admin/ page', async () => {
    const files = builtFiles().filter((f) => /\.(html|js|json|xml|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const withEditor = files.filter((f) => /decap|CMS_MANUAL_INIT|registerLocale/i.test(readFileSync(join('dist', f), 'utf8')));
    expect(withEditor).toEqual([]);
    expect(existsSync('dist/admin')).toBe(false);
  });
});
