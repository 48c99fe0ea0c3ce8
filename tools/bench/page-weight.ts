// What a first visit to a page downloads, in gzip bytes as nginx sends them: the HTML, its
// stylesheets, its scripts and every module they import; lazy imports counted apart.
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { pageAssets, scriptImports } from '../quality/first-load.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** JavaScript loaded later by import(), e.g. a chart: not part of the first load. */
  lazyJs: number;
}

/** Bytes of a response body as sent with Accept-Encoding: gzip. */
function transferred(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${url}: HTTP ${res.statusCode}`));
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

/** Measures one page of a build served at baseUrl from the folder dist. */
export async function pageWeight(baseUrl: string, dist: string, path: string): Promise<PageWeight> {
  const pageUrl = new URL(path, baseUrl);
  const html = await transferred(pageUrl.href);
  const pageHtml = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (url: URL, into: Set<string>) => {
    if (url.origin !== pageUrl.origin || eager.has(url.href) || into.has(url.href)) return;
    into.add(url.href);
    if (!url.pathname.endsWith('.js')) return;
    const imports = scriptImports(readFileSync(join(dist, decodeURI(url.pathname)), 'utf8'));
    for (const specifier of imports.static) visit(new URL(specifier, url), into);
    for (const specifier of imports.lazy) visit(new URL(specifier, url), lazy);
  };
  for (const asset of pageAssets(pageHtml)) visit(new URL(asset, pageUrl), eager);
  for (const url of eager) lazy.delete(url);
  const sum = async (urls: string[]) => (await Promise.all(urls.map(transferred))).reduce((a, b) => a + b, 0);
  const css = await sum([...eager].filter((u) => u.endsWith('.css')));
  const js = await sum([...eager].filter((u) => !u.endsWith('.css')));
  return { html, css, js, total: html + css + js, lazyJs: await sum([...lazy]) };
}
