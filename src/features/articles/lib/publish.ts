/** Today's date in Vietnam (UTC+7) as YYYY-MM-DD: the ward publishes by its own calendar. */
export function vietnamDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A date from front matter (parsed as UTC midnight) as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether an article is built: not a draft, and its publish date has come in Vietnam. */
export function isPublished(article: { draft: boolean; publishDate: Date }, now: Date): boolean {
  return !article.draft && isoDay(article.publishDate) <= vietnamDate(now);
}
