// Which built files the service worker keeps for offline use: a few pages and exactly the assets they load.
import { formatDate, inVietnam } from '../../../shared/lib/dates.ts';
import { HELP_SECTIONS, SUPPORT_URL } from '../../../shared/lib/routes.ts';

/** The pages that must open without a network after a first visit. */
export const OFFLINE_PAGES = HELP_SECTIONS;

/** Online, how long a page may take before the copy on the phone is shown instead. */
export const NETWORK_TIMEOUT_SECONDS = 4;

/** Shown for any other page asked for offline: the directory with the emergency numbers. */
export const OFFLINE_FALLBACK = `${SUPPORT_URL}index.html`;

/** The built file of a page path: "/ho-tro/" → "ho-tro/index.html". */
export function pageFile(path: string): string {
  const trimmed = path.replace(/^\//, '');
  return trimmed === '' || trimmed.endsWith('/') ? `${trimmed}index.html` : trimmed;
}

/** The site's own files a page loads (styles, scripts, icons), relative to the build folder, without duplicates. */
export function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:link|script|img)\b[^>]*?\s(?:href|src)="(\/[^"/][^"]*)"/g)) {
    const url = match[1]!;
    if (/\.(css|js|svg|png|webp|woff2)$/.test(url)) found.add(url.slice(1));
  }
  return [...found].sort();
}

/** Whether a page opened online is kept on the phone: only the help section (what /an-toan/ says), no trace of other reading. */
export function isKeptHelpPage(path: string): boolean {
  return OFFLINE_PAGES.some((section) => path.startsWith(section));
}

/**
 * Pages kept for offline reading once a reader has opened them (not fetched ahead, so readers who never
 * open them download nothing more): the course.
 */
export const KEPT_AFTER_VISIT = /^https?:\/\/[^/]+\/kien-thuc\//;

/** The hashed styles and scripts of pages read (immutable, so served from the cache once kept). */
export const HASHED_ASSETS = /^https?:\/\/[^/]+\/_astro\/[^/]+\.(?:css|js)$/;

/**
 * The caches the service worker fills as pages are read, besides workbox's precache: the course pages
 * opened, the files pages load, the help pages opened. The two with a size limit also make workbox keep
 * IndexedDB "workbox-expiration" (each file's address and when it was saved); the privacy notice says so.
 */
export const RUNTIME_CACHES = { lessons: 'kien-thuc', files: 'tep-trang', helpPages: 'trang' } as const;

/**
 * The day a saved copy was sent by the server (its HTTP Date header), as Vietnamese write it in
 * Vietnam time: "05/12/2026"; null when the header is missing or unreadable.
 */
export function savedCopyDate(httpDate: string | null | undefined): string | null {
  if (!httpDate) return null;
  const time = Date.parse(httpDate);
  if (Number.isNaN(time)) return null;
  // The server's instant on Vietnam's clock, then written as every date on the site is.
  return formatDate(inVietnam(new Date(time)));
}

/** The modules a built script imports statically ("./chunk.js" beside it), relative to the build folder. */
export function importsOf(js: string, file: string): string[] {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const found = new Set<string>();
  for (const match of js.matchAll(/(?:\bimport|\bfrom)\s*["'](\.\/[^"']+\.js)["']/g)) found.add(dir + match[1]!.slice(2));
  return [...found].sort();
}
