// A contents list made from a page's own headings, so it follows the page whatever its sections become.
import { slugify } from './slug.ts';
import { decodeEntities } from './html-entities.ts';

/** A heading in the contents list, with the headings one level below it. */
export interface OutlineEntry {
  id: string;
  label: string;
  children: OutlineEntry[];
}

/**
 * Finds the h2 and h3 headings of rendered HTML, gives each one without an id an id made from its text
 * (unique in the page), and returns the HTML with those ids and the outline: h3s nest under the h2 before them.
 */
export function headingOutline(html: string): { html: string; outline: OutlineEntry[] } {
  const taken = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const outline: OutlineEntry[] = [];
  const withIds = html.replace(/<h([23])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g, (whole, level: string, attributes: string, inner: string) => {
    const label = decodeEntities(inner.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    let id = /\sid="([^"]+)"/.exec(attributes)?.[1];
    if (!id) {
      // An id starts with a letter ("1. Công an" → "muc-1-cong-an"), as validators and CSS selectors expect.
      const base = slugify(label)
        .replace(/^(?=\d)|^$/, 'muc-')
        .replace(/-$/, '');
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    const entry = { id, label, children: [] };
    const parent = outline.at(-1);
    if (level === '3' && parent) parent.children.push(entry);
    else outline.push(entry);
    return attributes.includes(' id="') ? whole : `<h${level} id="${id}"${attributes}>${inner}</h${level}>`;
  });
  return { html: withIds, outline };
}
