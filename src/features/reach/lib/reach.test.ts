import { describe, expect, it } from 'vitest';
import { COURSE_COMPLETION_URL as COURSE_COMPLETION_PATH } from '../../../shared/lib/routes.ts';
import { countMonth, isBot, latestMonth, leftOutReason, RELOAD_SECONDS, sectionOf } from './count.ts';
import { mergeMonth, publicFigures, reachRows, shown, SMALL_COUNT } from './figures.ts';
import { parseLog, parseLogLine, type LogEntry } from './log.ts';

const PHONE = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const line = (o: Partial<{ net: string; at: string; method: string; path: string; status: number; dest: string; ua: string }> = {}) =>
  `${o.net ?? '203.0.113.0'} [${o.at ?? '2027-01-05T08:30:00+07:00'}] "${o.method ?? 'GET'} ${o.path ?? '/ho-tro/'}" ${o.status ?? 200} 5120 "${o.dest ?? 'document'}" "${o.ua ?? PHONE}"`;
const entry = (o: Parameters<typeof line>[0] = {}) => parseLogLine(line(o)) as LogEntry;

describe('parseLogLine', () => {
  it('reads every field of the private format', () => {
    expect(entry()).toEqual({
      network: '203.0.113.0',
      time: Date.parse('2027-01-05T08:30:00+07:00'),
      day: '2027-01-05',
      method: 'GET',
      path: '/ho-tro/',
      status: 200,
      dest: 'document',
      userAgent: PHONE,
    });
  });
  it('reads "-" (header not sent) as empty, and escaped quotes in the user agent', () => {
    const e = parseLogLine('2001:db8:abcd:: [2027-01-05T08:30:00+07:00] "GET /" 304 0 "-" "a \\"quoted\\" agent"');
    expect(e).toMatchObject({ network: '2001:db8:abcd::', dest: '', userAgent: 'a \\"quoted\\" agent', status: 304 });
  });
  it('refuses lines in another format and counts them', () => {
    const combined = '203.0.113.7 - - [05/Jan/2027:08:30:00 +0700] "GET /?q=x HTTP/1.1" 200 5 "-" "ua"';
    expect(parseLogLine(combined)).toBeNull();
    const { entries, unreadable } = parseLog(`${line()}\n${combined}\n\n${line()}\n`);
    expect([entries.length, unreadable]).toEqual([2, 1]);
  });
});

describe('isBot', () => {
  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    'curl/8.5.0',
    'python-requests/2.31.0',
    'Wget/1.21',
    'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
    '',
  ])('%s is a bot', (ua) => expect(isBot(ua)).toBe(true));
  it.each([
    PHONE,
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/light ZaloLanguage/vi',
    'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/118.0 Mobile Chrome/112.0 Mobile Safari/537.36',
  ])('%s is a reader', (ua) => expect(isBot(ua)).toBe(false));
});

describe('leftOutReason', () => {
  it.each([
    [{}, null],
    [{ status: 304 }, null],
    [{ dest: '-' }, null],
    [{ status: 404 }, 'error'],
    [{ status: 500 }, 'error'],
    [{ status: 301, path: '/ho-tro' }, 'redirect'],
    [{ method: 'HEAD' }, 'notGet'],
    [{ path: '/_astro/app.Bc12.css', dest: 'style' }, 'asset'],
    [{ path: '/pagefind/pagefind.js', dest: 'script' }, 'asset'],
    [{ path: '/du-lieu/chi-tieu.csv' }, 'asset'],
    [{ path: '/favicon.svg', dest: 'image' }, 'asset'],
    [{ path: '/sw.js', dest: 'serviceworker' }, 'asset'],
    [{ ua: 'curl/8.5.0' }, 'bot'],
    [{ dest: 'empty' }, 'background'],
    [{ dest: 'iframe' }, 'background'],
  ] as const)('%o → %s', (o, reason) => expect(leftOutReason(entry(o))).toBe(reason));
});

describe('sectionOf', () => {
  it.each([
    ['/', '/'],
    ['/ho-tro/', '/ho-tro/'],
    ['/ho-tro/duong-day-111/', '/ho-tro/'],
    [COURSE_COMPLETION_PATH, '/kien-thuc/'],
  ])('%s → %s', (path, section) => expect(sectionOf(path)).toBe(section));
});

describe('countMonth', () => {
  const at = (seconds: number, day = '05') => new Date(Date.parse(`2027-01-${day}T08:00:00+07:00`) + seconds * 1000).toISOString().replace('Z', '+00:00');
  it('counts a reload burst once, however long it lasts, and again after a pause', () => {
    const burst = [0, 10, 20, 45, 70].map((s) => entry({ at: at(s) }));
    const later = entry({ at: at(70 + RELOAD_SECONDS + 1) });
    const count = countMonth([later, ...burst.reverse()], '2027-01');
    expect(count.days['2027-01-05']!.pageViews).toEqual({ '/ho-tro/': 2 });
    expect(count.leftOut.reload).toBe(4);
  });
  it('tells readers apart by network and browser, pages by path', () => {
    const count = countMonth(
      [entry(), entry({ net: '198.51.100.0' }), entry({ ua: `${PHONE} other` }), entry({ path: '/' }), entry({ path: COURSE_COMPLETION_PATH })],
      '2027-01',
    );
    expect(count.days['2027-01-05']).toEqual({ pageViews: { '/ho-tro/': 3, '/': 1, '/kien-thuc/': 1 }, courseCompletions: 1 });
  });
  it('keeps only the month asked for, day by day', () => {
    const count = countMonth(
      [entry({ at: '2026-12-31T23:59:59+07:00' }), entry({ at: '2027-01-01T00:00:00+07:00' }), entry({ at: '2027-01-02T10:00:00+07:00', path: '/' })],
      '2027-01',
    );
    expect(Object.keys(count.days)).toEqual(['2027-01-01', '2027-01-02']);
    expect(latestMonth([entry({ at: '2026-12-31T23:59:59+07:00' }), entry({ at: '2027-02-01T00:00:00+07:00' })])).toBe('2027-02');
    expect(latestMonth([])).toBeNull();
  });
});

describe('figures', () => {
  const views = (n: number, path = '/ho-tro/', day = '05') =>
    Array.from({ length: n }, (_, i) => entry({ at: `2027-01-${day}T08:00:00+07:00`, ua: `${PHONE} #${i}`, path }));
  it(`hides counts under ${SMALL_COUNT}`, () => {
    expect([shown(0), shown(SMALL_COUNT - 1), shown(SMALL_COUNT)]).toEqual(['<10', '<10', SMALL_COUNT]);
  });
  it('prints counts only: no network, path beyond its section, or user agent', () => {
    const count = countMonth([...views(12), ...views(3, '/'), ...views(2, COURSE_COMPLETION_PATH)], '2027-01');
    const month = mergeMonth(null, count, '2027-01-06', RELOAD_SECONDS)!;
    const printed = publicFigures(month, count.leftOut);
    expect(printed).toEqual({
      month: '2027-01',
      days: { from: '2027-01-05', to: '2027-01-05', count: 1 },
      pageViews: { total: 17, bySection: { '/ho-tro/': 12, '/': '<10', '/kien-thuc/': '<10' } },
      courseCompletions: '<10',
      reloadSeconds: RELOAD_SECONDS,
      leftOut: { error: '<10', redirect: '<10', notGet: '<10', asset: '<10', bot: '<10', background: '<10', reload: '<10' },
    });
    expect(JSON.stringify(printed)).not.toMatch(/203\.0|Mozilla|hoan-thanh/);
  });
  it('adds each day once across runs and leaves the newest day in the log for the next run', () => {
    const first = countMonth([...views(4, '/', '03'), ...views(5, '/', '04')], '2027-01');
    const saved = mergeMonth(null, first, '2027-01-04', RELOAD_SECONDS)!;
    expect(saved).toMatchObject({ days: ['2027-01-03'], pageViews: { '/': 4 } });
    const second = countMonth([...views(5, '/', '04'), ...views(6, '/', '05'), ...views(1, '/', '06')], '2027-01');
    const merged = mergeMonth(saved, second, '2027-01-06', RELOAD_SECONDS)!;
    expect(merged).toMatchObject({ days: ['2027-01-03', '2027-01-04', '2027-01-05'], pageViews: { '/': 15 } });
    expect(mergeMonth(merged, second, '2027-01-06', RELOAD_SECONDS)).toEqual(merged);
  });
  it('gives the page one row per month, oldest first, with hidden counts off the chart', () => {
    const rows = reachRows([
      { month: '2027-02', days: ['2027-02-01'], pageViews: { '/': 3 }, courseCompletions: 0, reloadSeconds: 30 },
      { month: '2027-01', days: ['2027-01-01', '2027-01-02'], pageViews: { '/': 30, '/ho-tro/': 12 }, courseCompletions: 11, reloadSeconds: 30 },
    ]);
    expect(rows).toEqual([
      {
        month: '2027-01',
        days: 2,
        daysInMonth: 31,
        pageViews: 42,
        chartValue: 42,
        courseCompletions: 11,
        bySection: [
          ['/', 30],
          ['/ho-tro/', 12],
        ],
      },
      { month: '2027-02', days: 1, daysInMonth: 28, pageViews: '<10', chartValue: null, courseCompletions: '<10', bySection: [['/', '<10']] },
    ]);
  });
});
