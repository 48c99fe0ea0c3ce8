// The server's private log and the reach figures, on the real nginx with deploy/log-format.conf and
// deploy/site.conf: no query string and no full IP in the log (issue 9.8), and `npm run reach` counts
// exactly the page views readers made (issue 13). A second nginx on E2E_PORT + 10.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countMonth, RELOAD_SECONDS, sumDays } from '../src/features/reach/lib/count.ts';
import { COURSE_COMPLETION_URL as COURSE_COMPLETION_PATH } from '../src/shared/lib/routes.ts';
import { parseLog } from '../src/features/reach/lib/log.ts';
import { launchChromium, PHONE } from '../tools/browser/browser.ts';
import { startNginx, type RunningNginx } from '../tools/browser/nginx.ts';
import { builtPages } from '../tools/browser/built-site.ts';

const PORT = Number(process.env.E2E_PORT ?? 4399) + 10;
const work = mkdtempSync(join(tmpdir(), 'reach-'));
chmodSync(work, 0o755); // nginx's workers read the stand-in page from here
const reader = (i: number | string) =>
  `Mozilla/5.0 (Linux; Android 13; SM-A145F reader-${i}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36`;

/** The build, plus a stand-in completion page when the course is not in this build (a test file, never published). */
function siteRoot(): string {
  if (existsSync(join('dist', COURSE_COMPLETION_PATH, 'index.html'))) return 'dist';
  const root = join(work, 'site');
  mkdirSync(root);
  for (const name of readdirSync('dist')) symlinkSync(resolve('dist', name), join(root, name));
  const top = COURSE_COMPLETION_PATH.split('/').filter(Boolean)[0]!;
  if (existsSync(join('dist', top))) throw new Error(`dist/${top}/ có nhưng thiếu ${COURSE_COMPLETION_PATH}`);
  mkdirSync(join(root, COURSE_COMPLETION_PATH), { recursive: true });
  writeFileSync(join(root, COURSE_COMPLETION_PATH, 'index.html'), '<!doctype html><title>Trang mẫu cho kiểm thử</title>');
  return root;
}

async function get(nginx: RunningNginx, path: string, headers: Record<string, string>) {
  const response = await fetch(`${nginx.baseUrl}${path}`, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

const logLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const runReach = (...args: string[]) => JSON.parse(execFileSync(process.execPath, ['scripts/reach.ts', ...args], { encoding: 'utf8' }));

describe('the private log and npm run reach', () => {
  let nginx: RunningNginx;
  const log = join(work, 'access.log');

  beforeAll(async () => {
    nginx = await startNginx(siteRoot(), PORT, log, { server: `listen [::1]:${PORT};` });
  });
  afterAll(() => nginx?.stop());

  it('writes no query string, no full IP address (IPv4 and IPv6), no search file, no service opened, and no 404 to the error log', async () => {
    const doc = { 'user-agent': reader('privacy'), 'sec-fetch-dest': 'document' };
    expect(await get(nginx, '/tim-kiem/?q=b%E1%BA%A1o%20l%E1%BB%B1c%20gia%20%C4%91%C3%ACnh', doc)).toBe(200);
    // An old shared filter link is redirected to its need page (deploy/site.conf); neither line may keep the need.
    expect(await get(nginx, '/ho-tro/?nhu-cau=bao-luc-gia-dinh&pham-vi=phuong', doc)).toBe(301);
    expect(await get(nginx, '/ho-tro/nhu-cau/bao-luc-gia-dinh/?pham-vi=phuong', doc)).toBe(200);
    expect(await get(nginx, '/khong-co/?q=nha-tam-lanh', doc)).toBe(404);
    const service = builtPages().find((p) => /^\/ho-tro\/[^/]+\/$/.test(p))!;
    expect(await get(nginx, service, doc)).toBe(200);
    const search = readdirSync('dist/pagefind').filter((f) => f.endsWith('.js'))[0]!;
    expect(await get(nginx, `/pagefind/${search}`, { 'user-agent': reader('privacy'), 'sec-fetch-dest': 'script' })).toBe(200);
    const v6 = await fetch(`http://[::1]:${PORT}/ho-tro/nhu-cau/mua-ban-nguoi/?pham-vi=quoc-gia`, { headers: doc });
    expect(v6.status).toBe(200);
    await v6.arrayBuffer();
    await nginx.logWritten();
    const lines = logLines(log);
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('"GET /ho-tro/" 301');
    expect(lines[4]).toContain('"GET /ho-tro/" 200');
    for (const line of lines) {
      expect(line).not.toMatch(/\?|q=|nhu-cau|pham-vi|nha-tam-lanh|127\.0\.0\.1|::1\b|pagefind/);
    }
    expect(lines.map((l) => l.split(' [')[0])).toEqual(['127.0.0.0', '127.0.0.0', '127.0.0.0', '127.0.0.0', '127.0.0.0', '::']);
    expect(lines[2]).toMatch(/^127\.0\.0\.0 \[[^\]]+\] "GET \/ho-tro\/" 200 \d+ "document" "Mozilla\/5\.0 [^"]+reader-privacy[^"]+"$/);
    const errors = existsSync(nginx.errorLog) ? readFileSync(nginx.errorLog, 'utf8') : '';
    expect(errors).not.toMatch(/khong-co|nha-tam-lanh|127\.0\.0\.1/);
  });

  it('counts exactly the pages readers opened, and prints no network, query or user agent', async () => {
    writeFileSync(log, '');
    const pages = builtPages();
    const sections = ['/', '/ho-tro/', '/bai-viet/', '/tien-do/'].filter((p) => pages.includes(p));
    const readers = 12;
    const completers = 10;
    const filterers = 10;
    const doc = (i: number | string) => ({ 'user-agent': reader(i), 'sec-fetch-dest': 'document' });
    for (let i = 0; i < readers; i++) for (const path of sections) await get(nginx, path, doc(i));
    for (let i = 0; i < completers; i++) expect(await get(nginx, COURSE_COMPLETION_PATH, doc(i))).toBe(200);
    for (let i = 0; i < filterers; i++) await get(nginx, '/ho-tro/nhu-cau/bao-luc-gia-dinh/?pham-vi=phuong', doc(`filter-${i}`));
    for (let i = 0; i < readers; i++) await get(nginx, `/tim-kiem/?q=luat-${i}`, doc(`search-${i}`));
    // Left out: a reload burst, bots, assets, 404s, redirects, the offline copy's background downloads.
    const burst = 12;
    for (let i = 0; i < burst; i++) await get(nginx, '/lich/', doc('burst'));
    const bots = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0.0.0 Safari/537.36',
      'python-requests/2.31',
    ];
    for (let i = 0; i < 10; i++) await get(nginx, sections[i % sections.length]!, { 'user-agent': bots[i % bots.length]!, 'sec-fetch-dest': 'document' });
    const assets = readdirSync('dist/_astro')
      .filter((f) => !f.endsWith('.gz'))
      .slice(0, 10)
      .map((f) => `/_astro/${f}`);
    for (const asset of assets) await get(nginx, asset, { 'user-agent': reader(0), 'sec-fetch-dest': asset.endsWith('.css') ? 'style' : 'script' });
    for (let i = 0; i < 10; i++) expect(await get(nginx, `/khong-co-trang-${i}/?q=x`, doc(i))).toBe(404);
    for (let i = 0; i < 10; i++) expect(await get(nginx, '/ke-hoach', doc(i))).toBe(301);
    for (let i = 0; i < 10; i++) await get(nginx, '/an-toan/', { 'user-agent': reader(i), 'sec-fetch-dest': 'empty' });
    await nginx.logWritten();

    const printed = runReach(log);
    console.log(`npm run reach -- ${log}\n${JSON.stringify(printed, null, 2)}`);
    const views = readers * sections.length + completers + filterers + readers + 1;
    const bySection: Record<string, number | string> = Object.fromEntries(sections.map((s) => [s, readers]));
    bySection['/ho-tro/'] = readers + filterers;
    bySection['/kien-thuc/'] = completers;
    bySection['/tim-kiem/'] = readers;
    bySection['/lich/'] = '<10';
    const today = /\[(\d{4}-\d{2}-\d{2})T/.exec(logLines(log)[0]!)![1]!; // the server's own day
    expect(printed).toEqual({
      month: today.slice(0, 7),
      days: { from: today, to: today, count: 1 },
      pageViews: { total: views, bySection: expect.objectContaining(bySection) },
      courseCompletions: completers,
      reloadSeconds: RELOAD_SECONDS,
      leftOut: { error: 10, redirect: 10, notGet: '<10', asset: assets.length >= 10 ? assets.length : '<10', bot: 10, background: 10, reload: burst - 1 },
    });
    expect(Object.keys(printed.pageViews.bySection).sort()).toEqual(Object.keys(bySection).sort());
    expect(JSON.stringify(printed)).not.toMatch(/127\.0|Mozilla|reader-|luat-|nhu-cau|hoan-thanh/);
  });

  it('leaves out what the service worker downloads in the background (Sec-Fetch-Dest "empty"), not the pages it fetches for the reader', async () => {
    writeFileSync(log, '');
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ ...PHONE, userAgent: reader('chromium') });
      const page = await context.newPage();
      await page.goto(`${nginx.baseUrl}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      });
      await page.goto(`${nginx.baseUrl}/bai-viet/`);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await context.close();
    } finally {
      await browser.close();
    }
    await nginx.logWritten();
    const lines = logLines(log);
    // /ho-tro/index.html is written "/ho-tro/" like every page of the help section; the reader opened neither page.
    const precached = lines.filter((l) => /"GET \/(ho-tro\/|an-toan\/index\.html)"/.test(l));
    expect(precached.length).toBeGreaterThanOrEqual(2);
    for (const line of precached) expect(line).toContain('"empty"');
    expect(lines.filter((l) => l.includes('"GET /bai-viet/"'))).toEqual([expect.stringContaining('"document"')]);
    const { entries } = parseLog(readFileSync(log, 'utf8'));
    const count = countMonth(entries, entries[0]!.day.slice(0, 7));
    expect(sumDays(Object.values(count.days))).toEqual({ pageViews: { '/': 1, '/bai-viet/': 1 }, courseCompletions: 0 });
  });
});

describe('the IPv6 and IPv4 networks the log keeps', () => {
  const cases = [
    ['203.0.113.57', '203.0.113.0'],
    ['2001:db8:abcd:12:3456:789a:bcde:f012', '2001:db8:abcd::'],
    ['2001:db8:abcd::1', '2001:db8:abcd::'],
    ['2001:db8::1', '2001:db8::'],
    ['2001::dead:beef', '2001::'],
    ['::1', '::'],
  ] as const;

  it('keeps an IPv4 /24 and an IPv6 /48, also when "::" shortens the address', async () => {
    // The first nginx has stopped: wait until its port is free.
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${PORT}/`);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
    // realip (tests only) makes nginx take the address from a header, so the deploy map sees it as $remote_addr.
    const log = join(work, 'realip.log');
    const nginx = await startNginx('dist', PORT, log, { http: 'set_real_ip_from 127.0.0.1; real_ip_header X-Test-Client;' });
    try {
      for (const [address] of cases) await get(nginx, '/', { 'x-test-client': address });
      await nginx.logWritten();
      expect(logLines(log).map((l) => l.split(' [')[0])).toEqual(cases.map(([, network]) => network));
    } finally {
      nginx.stop();
    }
  });
});
