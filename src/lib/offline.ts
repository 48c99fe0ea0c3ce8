// Which built files the service worker keeps for offline use: a few pages and exactly the assets they load.

/** The pages that must open without a network after a first visit. */
export const OFFLINE_PAGES = ['/ho-tro/', '/an-toan/'] as const;

/** Shown for any other page asked for offline: the directory with the emergency numbers. */
export const OFFLINE_FALLBACK = '/ho-tro/index.html';

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

/**
 * Pages kept for offline reading once a reader has opened them (not fetched ahead, so readers who never
 * open them download nothing more): the course. A regular expression, since the service worker is a
 * separate file that cannot import this module.
 */
export const KEPT_AFTER_VISIT = /^https?:\/\/[^/]+\/kien-thuc\//;

/** The hashed styles and scripts of pages read (immutable, so served from the cache once kept). */
export const HASHED_ASSETS = /^https?:\/\/[^/]+\/_astro\/[^/]+\.(?:css|js)$/;
