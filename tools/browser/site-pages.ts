import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of a build, as the URL path a reader visits ("/ke-hoach/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(join('/')).join('/')}`)
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}
