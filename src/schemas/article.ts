import { z } from 'astro/zod';
import { isoDate, link, slug, text } from './common.ts';

/** A source an article relies on: a law, a report or a page. */
export const sourceSchema = z.strictObject({
  /** Title of the source, or the legal reference, e.g. "Luật Bình đẳng giới số 73/2006/QH11". */
  title: text(),
  /** Where to read it: a full https:// address or a path on this site. */
  url: link().optional(),
});

/**
 * Front matter of an awareness article. `image` is Astro's image helper in the content
 * config; the stand-alone check passes a plain path string instead.
 */
export const articleSchema = <I extends z.ZodType>(image: I) =>
  z.strictObject({
    /** Title, in Vietnamese with full diacritics. */
    title: text().max(120, 'tiêu đề tối đa 120 ký tự'),
    /** One or two sentences for listings, search results and link previews. */
    description: text().max(200, 'mô tả tối đa 200 ký tự'),
    /** Date of publication (YYYY-MM-DD); an article dated in the future is not built. */
    publishDate: isoDate(),
    /** Date of the last real change, if any. */
    updatedDate: isoDate().optional(),
    /** A draft is never built. */
    draft: z.boolean().default(false),
    /** Objective domains the article is about, by objective slug, e.g. ["gia-dinh"]. */
    topics: z.array(slug()).min(1, 'cần ít nhất một chủ đề'),
    /** Laws, reports and pages the article relies on. */
    sources: z.array(sourceSchema).min(1, 'bài viết cần ít nhất một nguồn'),
    /** Optional cover image; alt text is required so blind readers know what it shows. */
    cover: z.strictObject({ src: image, alt: text() }).optional(),
  });

export type ArticleData = z.infer<ReturnType<typeof articleSchema<z.ZodString>>>;
