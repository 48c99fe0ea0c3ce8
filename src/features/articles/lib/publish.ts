import { isoDay, vietnamDay } from '../../../shared/lib/dates.ts';

/** Whether an article is built: not a draft, and its publish date has come in Vietnam. */
export function isPublished(article: { draft: boolean; publishDate: Date }, now: Date): boolean {
  return !article.draft && isoDay(article.publishDate) <= vietnamDay(now);
}
