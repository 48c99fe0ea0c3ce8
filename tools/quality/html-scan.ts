// Just enough HTML scanning for checks over the build: the tags and attributes of a page, as
// Astro writes it (quoted attributes), with comments, scripts and styles left out.
import { decodeEntities } from '../../src/shared/lib/html-entities.ts';

export interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Every start tag of a page with its attributes (names lower-cased, values decoded). */
export function scanTags(html: string): Tag[] {
  const visible = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2>');
  const tags: Tag[] = [];
  for (const [, name = '', rest = ''] of visible.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const attributes: Record<string, string> = {};
    for (const [, key = '', double, single, bare] of rest.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes[key.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}
