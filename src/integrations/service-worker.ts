import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { assetsOf, HASHED_ASSETS, KEPT_AFTER_VISIT, OFFLINE_FALLBACK, OFFLINE_PAGES, pageFile } from '../lib/offline.ts';

/**
 * Writes dist/sw.js with workbox after the build. It precaches only the pages people in danger need
 * offline and the files those pages load; any other page asked for offline shows the directory.
 */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = OFFLINE_PAGES.map(pageFile);
        const assets = [...new Set(pages.flatMap((file) => assetsOf(readFileSync(join(root, file), 'utf8'))))];
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
          // Hashed file names change with their content: no need for a revision query.
          dontCacheBustURLsMatching: /^_astro\//,
          runtimeCaching: [
            // The course: the network first, the copy kept from the reader's last visit when offline.
            {
              urlPattern: KEPT_AFTER_VISIT,
              handler: 'NetworkFirst',
              options: { cacheName: 'kien-thuc', expiration: { maxEntries: 30 }, precacheFallback: { fallbackURL: OFFLINE_FALLBACK } },
            },
            { urlPattern: HASHED_ASSETS, handler: 'CacheFirst', options: { cacheName: 'tep-trang', expiration: { maxEntries: 40 } } },
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: OFFLINE_FALLBACK } },
            },
          ],
        });
        warnings.forEach((warning) => logger.warn(warning));
        logger.info(`sw.js: ${count} tệp dùng khi mất mạng, ${(size / 1024).toFixed(1)} KB`);
      },
    },
  };
}
