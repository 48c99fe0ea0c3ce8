/** Words a resident reads in a minute; Vietnamese words are single syllables, read a little faster than English words. */
export const WORDS_PER_MINUTE = 200;

/** Strips MDX/Markdown syntax well enough to count the words a reader sees. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|-]+/g, ' ');
}

/** Minutes to read an article body, at least 1. */
export function readingMinutes(mdx: string): number {
  const words = plainText(mdx).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface Heading { depth: number; slug: string; text: string }

/** Headings for a table of contents: level 2 and 3, only when the article has at least `min` level-2 sections. */
export function tableOfContents(headings: readonly Heading[], min = 4): Heading[] {
  const items = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return items.filter((h) => h.depth === 2).length >= min ? items : [];
}

export interface Related { id: string; topics: readonly string[]; publishDate: Date }

/** Up to `count` other articles sharing the most topics, newest first among equals; none when nothing is shared. */
export function relatedArticles<T extends Related>(article: Related, all: readonly T[], count = 3): T[] {
  const shared = (other: Related) => other.topics.filter((t) => article.topics.includes(t)).length;
  return all
    .filter((other) => other.id !== article.id && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a) || b.publishDate.getTime() - a.publishDate.getTime() || a.id.localeCompare(b.id))
    .slice(0, count);
}
