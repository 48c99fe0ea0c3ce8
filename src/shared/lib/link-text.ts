// Link text says where a link goes in words ("danh bạ nơi hỗ trợ"), never as a bare address
// ("/ho-tro/", "https://…"): read aloud, an address says nothing, and on paper it is noise.

/** Whether a link's text is only a URL or a path of the site. */
export function isRawAddress(text: string): boolean {
  const t = text.trim();
  return /^(\/|https?:\/\/|www\.)\S*$/i.test(t);
}

/** A Markdown link whose text is a bare address, with its line (1-based). */
export interface RawLink {
  line: number;
  text: string;
}

/** Every Markdown link `[text](href)` in a document whose text is a bare URL or path. */
export function rawAddressLinks(markdown: string): RawLink[] {
  const found: RawLink[] = [];
  markdown.split('\n').forEach((line, i) => {
    for (const [, text = ''] of line.matchAll(/\[([^\]]*)\]\([^)\s]*\)/g)) if (isRawAddress(text)) found.push({ line: i + 1, text });
  });
  return found;
}
