// The service worker, dist/sw.js, built from workbox's modules by src/integrations/service-worker.ts,
// which writes the list of files to precache in place of PRECACHE_ENTRIES. Online, every page comes
// from the network first, so a changed number is seen on the first view after a redeploy; the copy on
// the phone is used only offline or when the network takes longer than NETWORK_TIMEOUT_SECONDS. The
// pages people in danger need offline (and the files they load) are precached at install; any other
// page asked for offline shows the directory. A copy served from the phone is marked with the day the
// server sent it, for the page to say "Bản lưu ngày …" (offline-notice.ts).
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { enable as enableNavigationPreload } from 'workbox-navigation-preload';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { HASHED_ASSETS, isKeptHelpPage, KEPT_AFTER_VISIT, NETWORK_TIMEOUT_SECONDS, OFFLINE_FALLBACK, pageFile, RUNTIME_CACHES } from '../lib/offline.ts';

/** Replaced by the bundler (Vite's define) with the built files to precache and their revisions. */
declare const PRECACHE_ENTRIES: PrecacheEntry[];

void (self as unknown as { skipWaiting(): Promise<void> }).skipWaiting();
clientsClaim();
// The browser fetches each page itself while the worker starts, as a real navigation
// (Sec-Fetch-Dest: document), so the reach figures count it; the worker's own downloads say "empty".
enableNavigationPreload();
// No directory index ('' turns it off; undefined would mean index.html): navigations to "/ho-tro/" must
// not be answered from the precache (cache first, the old number); it only matches ".../index.html",
// which no link uses.
precacheAndRoute(PRECACHE_ENTRIES, { directoryIndex: '' });
cleanupOutdatedCaches();

/** A copy from the phone, marked with the day the server sent it (its Date header). */
async function markedAsSaved(copy: Response, status = copy.status): Promise<Response> {
  const saved = copy.headers.get('date') ?? '';
  const html = (await copy.text()).replace('<html', `<html data-saved-copy="${saved}"`);
  return new Response(html, { status, headers: copy.headers });
}

/** Keeps only the help section on the phone (what /an-toan/ says): no trace of other reading. */
const helpPagesOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => (response.status === 200 && isKeptHelpPage(new URL(request.url).pathname) ? response : null),
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? markedAsSaved(cachedResponse) : cachedResponse),
  // Offline with no copy of this page: the precached copy of it, else the directory.
  handlerDidError: async ({ request }) => {
    const file = `/${pageFile(new URL(request.url).pathname)}`;
    const copy = (await caches.match(file, { ignoreSearch: true })) ?? (await caches.match(OFFLINE_FALLBACK, { ignoreSearch: true }));
    return copy ? markedAsSaved(copy, 200) : undefined;
  },
};

// The course: the network first, the copy kept from the reader's last visit when offline.
registerRoute(
  KEPT_AFTER_VISIT,
  new NetworkFirst({
    cacheName: RUNTIME_CACHES.lessons,
    plugins: [new ExpirationPlugin({ maxEntries: 30 }), new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_FALLBACK })],
  }),
);
registerRoute(HASHED_ASSETS, new CacheFirst({ cacheName: RUNTIME_CACHES.files, plugins: [new ExpirationPlugin({ maxEntries: 40 })] }));
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({ cacheName: RUNTIME_CACHES.helpPages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [helpPagesOnly] }),
);
