// Which navigations must not leave a help page behind in the tab's history, so that after quick exit
// no Back press shows the directory, a service page or the safety advice.
import { HELP_SECTIONS } from '../../../shared/lib/routes.ts';

/** Whether a path belongs to the help section (HELP_SECTIONS: the directory, its need pages, service pages, print sheets, safety advice). */
export function isHelpPath(path: string): boolean {
  return HELP_SECTIONS.some((prefix) => path === prefix || path.startsWith(prefix));
}

/** A click on a link, as much as the decision needs. */
export interface LinkClick {
  /** The link's absolute URL. */
  href: string;
  /** The link's target attribute, if any. */
  target?: string | null;
  /** Whether the link downloads a file. */
  download?: boolean;
  /** Ctrl, Meta, Shift or Alt held, or a button other than the main one: the reader asked for a new tab or window. */
  modified?: boolean;
}

/**
 * Whether following this link from the page at `from` should replace the current history entry instead
 * of adding one: every ordinary link followed from a help page (to the site, to an anchor on the same
 * page, or to a source elsewhere), so the help page is gone from the Back list.
 */
export function replacesHistory(from: URL, click: LinkClick): boolean {
  if (!isHelpPath(from.pathname)) return false;
  if (click.modified || click.download || (click.target && click.target !== '_self')) return false;
  const to = new URL(click.href, from);
  return to.protocol === 'http:' || to.protocol === 'https:';
}
