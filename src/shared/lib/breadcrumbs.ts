// The breadcrumb trail: every ancestor is a link, and the last crumb names the page itself as current.
import { ui } from '../../i18n/ui.ts';
import { ARTICLES_URL, COURSE_URL, PLAN_URL, PROGRESS_URL, SUPPORT_URL } from './routes.ts';

export interface Crumb {
  href: string;
  label: string;
}

/** Where every trail starts. */
export const HOME_CRUMB: Crumb = { href: '/', label: ui.nav.home };

/** The sections pages sit under, named as readers know them. */
export const SECTION_CRUMBS = {
  plan: { href: PLAN_URL, label: ui.nav.plan },
  progress: { href: PROGRESS_URL, label: ui.nav.progress },
  support: { href: SUPPORT_URL, label: ui.support.title },
  articles: { href: ARTICLES_URL, label: ui.nav.articles },
  course: { href: COURSE_URL, label: ui.course.title },
} as const satisfies Record<string, Crumb>;

export interface TrailItem extends Crumb {
  current: boolean;
}

/**
 * Every trail starts at `home`, added here once: pages pass only what lies under it, either ending with
 * themselves or with ancestors only (a service page passes "Nơi hỗ trợ"). An ancestor is never marked
 * current: when the last crumb is not this page, it stays a link and the page is added as the current
 * crumb, named by `label`.
 */
export function breadcrumbTrail(home: Crumb, under: readonly Crumb[], page: Crumb): TrailItem[] {
  const items = [home, ...under];
  const same = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
  const last = items.at(-1)!;
  if (same(last.href, page.href)) return items.map((item, i) => ({ ...item, current: i === items.length - 1 }));
  return [...items.map((item) => ({ ...item, current: false })), { ...page, current: true }];
}
