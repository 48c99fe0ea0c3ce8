// Turns log entries into a month's page views: what a reader opened, not what a browser fetched.
import type { LogEntry } from './log.ts';
import { COURSE_COMPLETION_URL } from '../../../shared/lib/routes.ts';

/** Days the server keeps its log (deploy/logrotate-binh-dang-gioi: rotate 7, maxage 7); said on the privacy page. */
export const LOG_DAYS = 7;

/** Requests of the same page from the same network and browser this close together count once (a reload, a double tap). */
export const RELOAD_SECONDS = 30;

/** Why a request is not a page view, in the order the rules are applied. */
export const LEFT_OUT = ['error', 'redirect', 'notGet', 'asset', 'bot', 'background', 'reload'] as const;
export type LeftOut = (typeof LEFT_OUT)[number];

/**
 * Crawlers, link previews, monitors and scripts, by their user agent. A browser's user agent is
 * the only sign of one in the log. "bot" alone would also catch the phone brand Cubot.
 */
const BOT_PATTERNS = [
  /bot\b|bot\/|bot;/i,
  /crawl|spider|slurp|archiver|scrapy|indexer/i,
  /facebookexternalhit|facebookcatalog|meta-externalagent|embedly|preview|whatsapp|telegram|skypeuripreview|discord/i,
  /headless|lighthouse|pagespeed|phantomjs|puppeteer|playwright|selenium/i,
  /^(curl|wget|python|go-http-client|java|okhttp|axios|node-fetch|node|undici|libwww|lwp|httpclient|apache-httpclient|ruby|php|perl|rust|reqwest)\b/i,
  /monitor|uptime|pingdom|statuscake|check_http|nagios|zabbix/i,
];

/** Whether a user agent is a crawler or a program rather than a reader's browser; no user agent at all counts as one. */
export function isBot(userAgent: string): boolean {
  const ua = userAgent.replace(/cubot/gi, '');
  return userAgent.trim() === '' || BOT_PATTERNS.some((pattern) => pattern.test(ua));
}

/** Every page of the site ends in "/" (trailingSlash: 'always'); anything else is a file a page loads or a download. */
export function isPage(path: string): boolean {
  return path.endsWith('/') && !path.startsWith('/_astro/') && !path.startsWith('/pagefind/');
}

/** The section a page belongs to: "/" for the home page, else its first folder, e.g. "/ho-tro/". */
export function sectionOf(path: string): string {
  const first = path.split('/').filter(Boolean)[0];
  return first === undefined ? '/' : `/${first}/`;
}

/** The rule that leaves a request out of the page views, before the reload rule; null for a page view. */
export function leftOutReason(entry: LogEntry): Exclude<LeftOut, 'reload'> | null {
  if (entry.status >= 400) return 'error';
  // 304 Not Modified is a page opened again from the browser's cache: a view, not a redirect.
  if (entry.status >= 300 && entry.status !== 304) return 'redirect';
  if (entry.method !== 'GET') return 'notGet';
  if (!isPage(entry.path)) return 'asset';
  if (isBot(entry.userAgent)) return 'bot';
  // The offline copy's downloads (workbox precache, fetch()) say "empty"; browsers too old to send
  // the header ("") are counted, since their pages are all that is left.
  if (entry.dest !== '' && entry.dest !== 'document') return 'background';
  return null;
}

/** One day's exact page views by section, and course completions. */
export interface DayCount {
  pageViews: Record<string, number>;
  courseCompletions: number;
}

/** A month's exact counts, day by day, before small counts are hidden. */
export interface MonthCount {
  /** YYYY-MM */
  month: string;
  /** Counts by day (YYYY-MM-DD) for every day of the month the log has requests for. */
  days: Record<string, DayCount>;
  /** Requests left out, by rule. */
  leftOut: Record<LeftOut, number>;
}

/** Adds up days: page views by section and course completions. */
export function sumDays(days: readonly DayCount[]): DayCount {
  const total: DayCount = { pageViews: {}, courseCompletions: 0 };
  for (const day of days) {
    for (const [section, n] of Object.entries(day.pageViews)) total.pageViews[section] = (total.pageViews[section] ?? 0) + n;
    total.courseCompletions += day.courseCompletions;
  }
  return total;
}

/** The latest month that has a request in the entries; null for none. */
export function latestMonth(entries: readonly LogEntry[]): string | null {
  return entries.reduce<string | null>((latest, e) => (latest === null || e.day.slice(0, 7) > latest ? e.day.slice(0, 7) : latest), null);
}

/** Counts one month's page views and course completions in entries from any number of log files, in any order. */
export function countMonth(entries: readonly LogEntry[], month: string, reloadSeconds = RELOAD_SECONDS): MonthCount {
  const inMonth = entries.filter((e) => e.day.startsWith(`${month}-`)).sort((a, b) => a.time - b.time);
  const leftOut = Object.fromEntries(LEFT_OUT.map((k) => [k, 0])) as Record<LeftOut, number>;
  const days: Record<string, DayCount> = {};
  const lastSeen = new Map<string, number>();
  for (const entry of inMonth) {
    const day = days[entry.day] ?? { pageViews: {}, courseCompletions: 0 };
    days[entry.day] = day;
    const reason = leftOutReason(entry);
    if (reason) {
      leftOut[reason]++;
      continue;
    }
    const key = `${entry.network}\n${entry.userAgent}\n${entry.path}`;
    const previous = lastSeen.get(key);
    // The window runs from the latest request, so a burst of reloads counts once however long it lasts.
    lastSeen.set(key, entry.time);
    if (previous !== undefined && entry.time - previous <= reloadSeconds * 1000) {
      leftOut.reload++;
      continue;
    }
    const section = sectionOf(entry.path);
    day.pageViews[section] = (day.pageViews[section] ?? 0) + 1;
    if (entry.path === COURSE_COMPLETION_URL) day.courseCompletions++;
  }
  return { month, days, leftOut };
}
