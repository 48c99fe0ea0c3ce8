// Where each need of the directory lives, and where the old filter links (?nhu-cau=, ?pham-vi=) now lead.

export const FILTER_PARAMS = { need: 'nhu-cau', scope: 'pham-vi' } as const;

/** The static page of one need: it narrows the directory without JavaScript. */
export const needPath = (need: string) => `/ho-tro/nhu-cau/${need}/`;

/**
 * Where an old shared filter link should go: `?nhu-cau=<need>` to that need's page, `?pham-vi=<scope>`
 * to the scope's section of the directory; null when the link names no known need or scope.
 */
export function legacyFilterTarget(search: string, needs: readonly string[], scopes: readonly string[]): string | null {
  const params = new URLSearchParams(search);
  const need = params.get(FILTER_PARAMS.need);
  if (need !== null && needs.includes(need)) return needPath(need);
  const scope = params.get(FILTER_PARAMS.scope);
  if (scope !== null && scopes.includes(scope)) return `/ho-tro/#pham-vi-${scope}`;
  return null;
}
