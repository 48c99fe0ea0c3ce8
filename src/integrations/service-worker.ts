import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import {
  assetsOf,
  HASHED_ASSETS,
  importsOf,
  KEPT_AFTER_VISIT,
  NETWORK_TIMEOUT_SECONDS,
  OFFLINE_FALLBACK,
  OFFLINE_PAGES,
  pageFile,
  RUNTIME_CACHES,
} from '../features/safety/lib/offline.ts';

/**
 * Writes dist/sw.js with workbox after the build. Online, every page comes from the network first, so
 * a changed number is seen on the first view after a redeploy; the copy on the phone is used only
 * offline or when the network takes longer than NETWORK_TIMEOUT_SECONDS. The pages people in danger
 * need offline (and the files they load) are precached at install; any other page asked for offline
 * shows the directory. A copy served from the phone is marked with the day the server sent it, for
 * the page to say "Bản lưu ngày …" (src/features/safety/scripts/offline-notice.ts).
 */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = OFFLINE_PAGES.map(pageFile);
        const assets = new Set(pages.flatMap((file) => assetsOf(readFileSync(join(root, file), 'utf8'))));
        // And every chunk those scripts import, or a script fails offline for want of a shared module.
        for (const file of assets) if (file.endsWith('.js')) for (const chunk of importsOf(readFileSync(join(root, file), 'utf8'), file)) assets.add(chunk);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: [...pages, ...assets],
          swDest: join(root, 'sw.js'),
          mode: 'production',
          sourcemap: false,
          inlineWorkboxRuntime: true,
          clientsClaim: true,
          skipWaiting: true,
          cleanupOutdatedCaches: true,
          // The browser fetches each page itself while the worker starts, as a real navigation
          // (Sec-Fetch-Dest: document), so the reach figures count it; the worker's own downloads say "empty".
          navigationPreload: true,
          // Navigations to "/ho-tro/" must not be answered from the precache (cache first, the old number):
          // without a directory index the precache only matches ".../index.html", which no link uses.
          directoryIndex: null,
          // Hashed file names change with their content: no need for a revision query.
          dontCacheBustURLsMatching: /^_astro\//,
          runtimeCaching: [
            // The course: the network first, the copy kept from the reader's last visit when offline.
            {
              urlPattern: KEPT_AFTER_VISIT,
              handler: 'NetworkFirst',
              options: { cacheName: RUNTIME_CACHES.lessons, expiration: { maxEntries: 30 }, precacheFallback: { fallbackURL: OFFLINE_FALLBACK } },
            },
            { urlPattern: HASHED_ASSETS, handler: 'CacheFirst', options: { cacheName: RUNTIME_CACHES.files, expiration: { maxEntries: 40 } } },
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: RUNTIME_CACHES.helpPages,
                networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
                plugins: [
                  {
                    // Stringified into sw.js by workbox: each function must stand alone.
                    // Only the help section is kept on the phone (what /an-toan/ says): no trace of other reading.
                    cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) => {
                      const path = new URL(request.url).pathname;
                      return response.status === 200 && (path.startsWith('/ho-tro/') || path.startsWith('/an-toan/')) ? response : null;
                    },
                    cachedResponseWillBeUsed: async ({ cachedResponse }: { cachedResponse?: Response }) => {
                      if (!cachedResponse) return cachedResponse;
                      const saved = cachedResponse.headers.get('date') ?? '';
                      const html = (await cachedResponse.text()).replace('<html', `<html data-saved-copy="${saved}"`);
                      return new Response(html, { status: cachedResponse.status, headers: cachedResponse.headers });
                    },
                    handlerDidError: async ({ request }: { request: Request }) => {
                      const path = new URL(request.url).pathname;
                      const file = path.endsWith('/') ? `${path}index.html` : path;
                      const copy = (await caches.match(file, { ignoreSearch: true })) ?? (await caches.match('/ho-tro/index.html', { ignoreSearch: true }));
                      if (!copy) return undefined;
                      const saved = copy.headers.get('date') ?? '';
                      const html = (await copy.text()).replace('<html', `<html data-saved-copy="${saved}"`);
                      return new Response(html, { status: 200, headers: copy.headers });
                    },
                  },
                ],
              },
            },
          ],
        });
        // The fallback is written literally inside the stringified plugin: make sure it is still the one in offline.ts.
        if (!readFileSync(join(root, 'sw.js'), 'utf8').includes(OFFLINE_FALLBACK))
          throw new Error(`sw.js: trang dự phòng khi mất mạng phải là ${OFFLINE_FALLBACK}`);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js: ${count} tệp dùng khi mất mạng, ${(size / 1024).toFixed(1)} KB`);
      },
    },
  };
}
