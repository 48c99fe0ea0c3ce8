// The service worker's precache list, made at build time (Node), with the revisions workbox-build gave.
import { createHash } from 'node:crypto';

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * A built file as workbox precaches it: files under _astro/ have their content's hash in their name,
 * so need no revision; any other carries the MD5 of its bytes, so a changed file is fetched again.
 */
export function precacheEntry(file: string, bytes: Uint8Array): PrecacheEntry {
  return { url: file, revision: file.startsWith('_astro/') ? null : createHash('md5').update(bytes).digest('hex') };
}
