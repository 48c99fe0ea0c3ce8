// The one walker over a build (dist/): its files, its HTML files with their text, and its pages as the
// addresses readers visit. Every check that looks at the whole site takes its list from here.
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

/** The address a reader visits for a built HTML file: "/ke-hoach/index.html" → "/ke-hoach/", "/404.html" stays. */
export const pageAddress = (file: string): string => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);

/** The built HTML file behind a reader's address: "/ke-hoach/" → "/ke-hoach/index.html". */
export const pageFile = (address: string): string => (address.endsWith('/') ? `${address}index.html` : address);

/** Every HTML page of a build, as the address a reader visits ("/ke-hoach/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  return builtFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map(pageAddress)
    .sort();
}
