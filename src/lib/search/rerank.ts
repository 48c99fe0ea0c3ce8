// Vietnamese words are written as separate syllables ("gia đình", "việt nam"), and Pagefind scores
// each syllable on its own, so a page that repeats "gia" and "đình" apart can outrank the page
// about "Ngày Gia đình Việt Nam". Re-ranking the first results by whether they hold the whole
// query as a phrase puts the page about the thing first, while keeping Pagefind's order otherwise.

/** Lowercase, without tone marks, đ→d (also the index's d + U+0335), words separated by single spaces. */
export function searchKey(text: string): string {
  return ` ${text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

export interface Rankable {
  title: string;
  content: string;
  /** The page's headings that Pagefind returns as sub-results, with their anchored URLs. */
  headings?: readonly { title: string; url: string }[];
}

const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** 2 when `text` holds the query as a phrase with the same marks, 1 when only once folded, else 0. */
function holds(text: string, query: string): number {
  if (words(text).includes(words(query))) return 2;
  return searchKey(text).includes(searchKey(query)) ? 1 : 0;
}

const isPhrase = (query: string) => searchKey(query).trim().split(' ').length >= 2;

/** How well a result holds the query as a phrase: in its title or a heading (3–4), else in its text (1–2). */
function phraseScore(result: Rankable, query: string): number {
  if (!isPhrase(query)) return 0;
  const inHeading = Math.max(holds(result.title, query), ...(result.headings ?? []).map((h) => holds(h.title, query)));
  return inHeading > 0 ? inHeading + 2 : holds(result.content, query);
}

/** The URL of the first heading holding the query as a phrase, to link the reader straight to it. */
export function phraseAnchor(result: Rankable, query: string): string | undefined {
  if (!isPhrase(query)) return undefined;
  return result.headings?.find((h) => holds(h.title, query) > 0)?.url;
}

/** Stable re-ranking of results by phrase score; results of equal score keep their order. */
export function rerankByPhrase<T extends Rankable>(results: readonly T[], query: string): T[] {
  return results
    .map((result, index) => ({ result, index, score: phraseScore(result, query) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.result);
}

/** The longest run of consecutive word positions, e.g. [3, 9, 10, 11, 20] → 3. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  sorted.forEach((p, i) => {
    run = i > 0 && p === (sorted[i - 1] ?? 0) + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

/**
 * Which results to download for re-ranking, before any page text is downloaded: Pagefind's first
 * `shown`, plus up to `extra` further down whose matched words stand side by side as long as the
 * query (a likely phrase match that Pagefind ranked low). Kept in Pagefind's order.
 */
export function searchCandidates<T extends { words: readonly number[] }>(results: readonly T[], query: string, shown: number, extra = 5): T[] {
  const terms = searchKey(query).trim().split(' ').length;
  const later = terms < 2 ? [] : results.slice(shown).filter((r) => longestRun(r.words) >= terms).slice(0, extra);
  return [...results.slice(0, shown), ...later];
}
