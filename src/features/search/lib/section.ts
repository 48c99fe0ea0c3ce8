import { ui } from '../../../i18n/ui.ts';

const SECTIONS = ui.search.sections as Record<string, string>;

/** The search filter value for a page: the first segment of its path when it names a section, else null. ASCII, so the index's đ folding never touches it. */
export function searchSection(pathname: string): string | null {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return Object.hasOwn(SECTIONS, first) ? first : null;
}

/** What readers see for a filter value: "tien-do" → "Tiến độ". */
export const sectionLabel = (section: string): string | null => (Object.hasOwn(SECTIONS, section) ? (SECTIONS[section] ?? null) : null);
