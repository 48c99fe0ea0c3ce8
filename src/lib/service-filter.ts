// The directory's filter state and its place in the URL, so a filtered list can be shared as a link.

export interface FilterState { need: string | null; scope: string | null }

export const FILTER_PARAMS = { need: 'nhu-cau', scope: 'pham-vi' } as const;

/** Reads the filter from a query string; unknown values are ignored rather than hiding everything. */
export function filterFromSearch(search: string, needs: readonly string[], scopes: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const pick = (name: string, allowed: readonly string[]) => {
    const value = params.get(name);
    return value !== null && allowed.includes(value) ? value : null;
  };
  return { need: pick(FILTER_PARAMS.need, needs), scope: pick(FILTER_PARAMS.scope, scopes) };
}

/** Writes the filter into a query string, keeping unrelated parameters; empty when nothing is chosen. */
export function searchFromFilter(state: FilterState, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of ['need', 'scope'] as const) {
    const value = state[key];
    if (value === null) params.delete(FILTER_PARAMS[key]);
    else params.set(FILTER_PARAMS[key], value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a service with these topics and this scope is shown under the filter. */
export function matchesFilter(state: FilterState, topics: readonly string[], scope: string): boolean {
  return (state.need === null || topics.includes(state.need)) && (state.scope === null || state.scope === scope);
}
