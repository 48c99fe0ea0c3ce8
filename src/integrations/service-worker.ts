import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { assetsOf, importsOf, OFFLINE_PAGES, pageFile } from '../features/safety/lib/offline.ts';
import { type PrecacheEntry, precacheEntry } from '../features/safety/lib/precache.ts';

/** The service worker's source: workbox's modules and the site's rules (what it caches, and when). */
const SOURCE = fileURLToPath(new URL('../features/safety/scripts/service-worker.ts', import.meta.url));

/**
 * Bundles the service worker into one classic script with Vite (already the site's bundler), workbox's
 * modules inside and their development logging left out. workbox-build's generateSW did this with its
 * own Rollup and Babel: 306 more packages to install and about 2 s of every build.
 */
async function bundledServiceWorker(entries: readonly PrecacheEntry[]): Promise<string> {
  const result = await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), PRECACHE_ENTRIES: JSON.stringify(entries) },
    build: { write: false, minify: true, lib: { entry: SOURCE, formats: ['iife'], name: 'serviceWorker' } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output && 'output' in output ? output.output.find((item) => item.type === 'chunk') : undefined;
  if (!chunk) throw new Error('sw.js: Vite không tạo ra tệp service worker');
  if (chunk.code.includes('PRECACHE_ENTRIES')) throw new Error('sw.js: danh sách tệp lưu sẵn chưa được ghi vào (PRECACHE_ENTRIES)');
  return chunk.code;
}

/** Writes dist/sw.js after the build (src/features/safety/scripts/service-worker.ts says what it does). */
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
        const files = [...pages, ...assets].map((file) => ({ file, bytes: readFileSync(join(root, file)) }));
        const entries = files.map(({ file, bytes }) => precacheEntry(file, bytes));
        const size = files.reduce((sum, { bytes }) => sum + bytes.length, 0);
        writeFileSync(join(root, 'sw.js'), await bundledServiceWorker(entries));
        logger.info(`sw.js: ${entries.length} tệp dùng khi mất mạng, ${(size / 1024).toFixed(1)} KB`);
      },
    },
  };
}
