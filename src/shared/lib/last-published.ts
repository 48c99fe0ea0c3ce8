// "Cập nhật lần cuối" in the footer: the newest date the content itself carries, never the build clock,
// so rebuilding unchanged content does not make the site look newer than it is.

/** The dates content carries: articles published or updated, figures published, service contacts checked. */
export interface DatedContent {
  articles: readonly { publishDate: Date; updatedDate?: Date | undefined }[];
  snapshots: readonly { published: Date }[];
  services: readonly { verifiedAt?: Date | undefined }[];
}

/** The newest of the content's dates, or null when it carries none. */
export function lastPublished({ articles, snapshots, services }: DatedContent): Date | null {
  const dates = [...articles.flatMap((a) => [a.publishDate, a.updatedDate]), ...snapshots.map((s) => s.published), ...services.map((s) => s.verifiedAt)].filter(
    (d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()),
  );
  if (dates.length === 0) return null;
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
