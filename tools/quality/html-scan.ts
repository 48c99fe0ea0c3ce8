// Just enough HTML scanning for checks over the build: the tags and attributes of a page, as
// Astro writes it (quoted attributes), with comments, scripts and styles left out.

export interface Tag {
  name: string;
  attributes: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold ("&amp;", "&#39;", "&#x2F;"). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
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
