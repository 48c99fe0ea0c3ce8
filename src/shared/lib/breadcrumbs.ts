// The breadcrumb trail: every ancestor is a link, and the last crumb names the page itself as current.

export interface Crumb {
  href: string;
  label: string;
}

export interface TrailItem extends Crumb {
  current: boolean;
}

/**
 * Pages pass their trail either ending with themselves or with ancestors only (a service page passes
 * "Trang chủ › Nơi hỗ trợ"). An ancestor is never marked current: when the last crumb is not this page,
 * it stays a link and the page is added as the current crumb, named by `label`.
 */
export function breadcrumbTrail(items: readonly Crumb[], page: Crumb): TrailItem[] {
  const same = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
  const last = items.at(-1);
  if (last && same(last.href, page.href)) return items.map((item, i) => ({ ...item, current: i === items.length - 1 }));
  return [...items.map((item) => ({ ...item, current: false })), { ...page, current: true }];
}
