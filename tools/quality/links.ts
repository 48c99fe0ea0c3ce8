import { scanTags, type Tag } from './html-scan.ts';

/** A built HTML file: its path in the build ("/ke-hoach/index.html") and its text. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** A link from a page to something the build does not have. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const META_URLS = new Set(['og:image', 'og:url', 'twitter:image']);

/** Every URL a page refers to: links, sources, image candidates, form targets, preview images. */
export function pageReferences(tags: Tag[]): string[] {
  const refs: string[] = [];
  for (const { name, attributes: a } of tags) {
    for (const key of ['href', 'src', 'poster', 'action']) if (a[key]) refs.push(a[key]);
    if (a.srcset)
      refs.push(
        ...a.srcset
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean),
      );
    if (name === 'meta' && META_URLS.has(a.property ?? a.name ?? '') && a.content) refs.push(a.content);
  }
  return refs;
}

/** The targets a fragment ("#muc-tieu-1") may point at on a page: ids and named anchors. */
export function pageAnchors(tags: Tag[]): Set<string> {
  const anchors = new Set<string>();
  for (const { name, attributes: a } of tags) {
    if (a.id) anchors.add(a.id);
    if (name === 'a' && a.name) anchors.add(a.name);
  }
  return anchors;
}

/** The file a path of this site is served from, as nginx does (try_files $uri $uri/), or why it is missing. */
export function resolveFile(pathname: string, files: ReadonlySet<string>): { file: string } | { reason: string } {
  if (pathname.endsWith('/')) {
    const index = `${pathname}index.html`;
    return files.has(index) ? { file: index } : { reason: 'không có trang này' };
  }
  if (files.has(pathname)) return { file: pathname };
  if (files.has(`${pathname}/index.html`)) return { reason: `thiếu dấu "/" ở cuối: viết ${pathname}/` };
  return { reason: 'không có tệp này' };
}

/**
 * Every internal link or fragment of the build that leads nowhere. `files` holds every file of
 * the build by path ("/favicon.svg"); `origin` is the site's own (absolute links to it count as internal).
 */
export function findBrokenLinks(pages: BuiltPage[], files: ReadonlySet<string>, origin: string): BrokenLink[] {
  const scanned = new Map(pages.map((page) => [page.file, scanTags(page.html)]));
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    if (!anchors.has(file)) anchors.set(file, pageAnchors(scanned.get(file) ?? []));
    return anchors.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const [page, tags] of scanned) {
    for (const href of pageReferences(tags)) {
      let url: URL;
      try {
        url = new URL(href, `${origin}${page}`);
      } catch {
        broken.push({ page, href, reason: 'địa chỉ không hợp lệ' });
        continue;
      }
      if (url.origin !== origin) continue;
      const target = resolveFile(decodeURI(url.pathname), files);
      if ('reason' in target) {
        broken.push({ page, href, reason: target.reason });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== 'top' && scanned.has(target.file) && !anchorsOf(target.file).has(fragment)) {
        broken.push({ page, href, reason: `trang đích không có id="${fragment}"` });
      }
    }
  }
  return broken;
}
