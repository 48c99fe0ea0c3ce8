import { ui } from '../../i18n/ui.ts';

/** The search filter value for a page, from the first segment of its path; null for pages outside any section. */
export function searchSection(pathname: string): string | null {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return (ui.search.sections as Record<string, string>)[first] ?? null;
}
