/** A component of the site that an article may use in its MDX body. */
export interface ArticleComponent {
  /** What it shows, for the staff guide and the error listing the allowed components. */
  description: string;
  /** Attributes it takes; each must be written as plain text (name="value"), never as {expression}. */
  attributes: readonly string[];
  /** Rules on the attributes' values (e.g. ids that must exist): each message is a problem on the element's line. */
  check?: (attributes: Readonly<Record<string, string>>) => string[];
}

/**
 * The only components articles may use. The content guard refuses any other tag, and the article
 * page passes exactly these to MDX. Add a component here and in the article page's `components`.
 */
export const ARTICLE_COMPONENTS: Readonly<Record<string, ArticleComponent>> = {};
