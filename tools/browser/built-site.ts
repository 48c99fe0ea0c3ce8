// The files of a build (dist/), read once for the checks that look at the whole site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { BuiltPage } from '../quality/links.ts';

/** Every file of a build by its path on the site ("/ke-hoach/index.html"), precompressed copies left out. */
export function builtFiles(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.endsWith('.gz') && statSync(join(dist, file)).isFile())
    .map((file) => `/${file.split(sep).join('/')}`)
    .sort();
}

/** Every HTML file of a build with its text. */
export function builtHtml(dist = 'dist'): BuiltPage[] {
  return builtFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));
}
