import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressible, gzip, pays } from '../lib/quality/precompress.ts';

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
