// Where the old filter links of the directory (?nhu-cau=, ?pham-vi=) now lead.
import { needUrl, scopeUrl } from '../../../shared/lib/routes.ts';

export const FILTER_PARAMS = { need: 'nhu-cau', scope: 'pham-vi' } as const;

/**
 * Where an old shared filter link should go: `?nhu-cau=<need>` to that need's page, `?pham-vi=<scope>`
 * to the scope's section of the directory; null when the link names no known need or scope.
 */
export function legacyFilterTarget(search: string, needs: readonly string[], scopes: readonly string[]): string | null {
  const params = new URLSearchParams(search);
  const need = params.get(FILTER_PARAMS.need);
  if (need !== null && needs.includes(need)) return needUrl(need);
  const scope = params.get(FILTER_PARAMS.scope);
  if (scope !== null && scopes.includes(scope)) return scopeUrl(scope);
  return null;
}
