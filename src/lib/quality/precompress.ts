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
