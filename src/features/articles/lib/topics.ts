/** How many articles each topic has, for topic links that never lead to an empty page. */
export function topicCounts(articles: readonly { data: { topics: readonly string[] } }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const t of a.data.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
