import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** File types worth compressing: text. Images, fonts and Pagefind's fragments are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|ics|csv|map|wasm)$/;

/** Below this size the gzip header costs more than it saves (nginx's gzip_min_length matches). */
export const MIN_BYTES = 512;

/** Gzips at the highest level, once at build time, so nginx never spends CPU on it. */
export function gzip(content: Buffer): Buffer {
  return gzipSync(content, { level: 9 });
}

/** Whether a file is worth trying: text, and big enough. */
export function compressible(path: string, size: number): boolean {
  return COMPRESSIBLE.test(path) && size >= MIN_BYTES;
}

/** Whether to keep a precompressed copy: worth trying, and at least 10% smaller gzipped. */
export function pays(path: string, size: number, gzippedSize: number): boolean {
  return compressible(path, size) && gzippedSize <= size * 0.9;
}

/**
 * Writes `file.gz` beside every text file of the build where it pays, for nginx's gzip_static
 * (deploy/site.conf). Keep it last in the integrations list, so files written by other
 * integrations' astro:build:done (search index, service worker) are compressed too.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          const path = join(root, file);
          if (!statSync(path).isFile()) continue;
          const content = readFileSync(path);
          if (!compressible(file, content.length)) continue;
          const packed = gzip(content);
          if (!pays(file, content.length, packed.length)) continue;
          writeFileSync(`${path}.gz`, packed);
          count++;
        }
        logger.info(`${count} tệp đã nén sẵn (.gz) cho nginx gzip_static`);
      },
    },
  };
}
