// Vietnamese words are written as separate syllables ("gia đình", "việt nam"), and Pagefind scores
// each syllable on its own, so a page that repeats "gia" and "đình" apart can outrank the page
// about "Ngày Gia đình Việt Nam". Pagefind's exact-phrase search finds the pages holding the whole
// query; raising those costs nothing to download (same index chunks, no page text).
import { withoutMarks } from '../../../shared/lib/slug.ts';

/** Lowercase, without tone marks, đ→d (also the index's d + U+0335), words separated by single spaces. */
export function searchKey(text: string): string {
  return ` ${withoutMarks(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Pagefind's results, the score of pages holding the query as a phrase multiplied by `boost`
 * (stable: equal scores keep Pagefind's order). A boost, not a jump to the top, so a service found
 * by its number still leads an article that happens to hold the words side by side.
 */
export function phraseFirst<T extends { id: string; score: number }>(results: readonly T[], phrase: readonly { id: string }[], boost: number): T[] {
  const holding = new Set(phrase.map((r) => r.id));
  return results
    .map((result, index) => ({ result, index, score: result.score * (holding.has(result.id) ? boost : 1) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.result);
}

export interface Titled {
  title: string;
  /** The page's headings that Pagefind returns as sub-results, with their anchored URLs. */
  headings?: readonly { title: string; url: string }[];
}

/** Whether `text` holds the query as a phrase, with or without marks. */
const holds = (text: string, query: string) => searchKey(text).includes(searchKey(query));
const isPhrase = (query: string) => searchKey(query).trim().split(' ').length >= 2;

/** The URL of the first heading holding the query as a phrase, to link the reader straight to it. */
export function phraseAnchor(result: Titled, query: string): string | undefined {
  if (!isPhrase(query)) return undefined;
  return result.headings?.find((h) => holds(h.title, query))?.url;
}
