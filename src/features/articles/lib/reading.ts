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
  const words = plainText(mdx)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Headings for a table of contents: level 2 and 3, only when the article has at least `min` level-2 sections. */
export function tableOfContents(headings: readonly Heading[], min = 4): Heading[] {
  const items = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return items.filter((h) => h.depth === 2).length >= min ? items : [];
}

export interface Related {
  id: string;
  topics: readonly string[];
  publishDate: Date;
}

/** Up to `count` other articles sharing the most topics, newest first among equals; none when nothing is shared. */
export function relatedArticles<T extends Related>(article: Related, all: readonly T[], count = 3): T[] {
  // One pass keeping the best few: every article page calls this over all articles, so a full
  // sort per page would make the build grow with the square of the number of articles.
  const best: { item: T; score: number }[] = [];
  const before = (a: { item: T; score: number }, b: { item: T; score: number }) =>
    a.score - b.score || a.item.publishDate.getTime() - b.item.publishDate.getTime() || b.item.id.localeCompare(a.item.id);
  for (const item of all) {
    if (item.id === article.id) continue;
    const score = item.topics.reduce((n, topic) => (article.topics.includes(topic) ? n + 1 : n), 0);
    if (score === 0) continue;
    const candidate = { item, score };
    const at = best.findIndex((kept) => before(candidate, kept) > 0);
    if (at === -1) {
      if (best.length < count) best.push(candidate);
    } else {
      best.splice(at, 0, candidate);
      if (best.length > count) best.pop();
    }
  }
  return best.map((kept) => kept.item);
}
